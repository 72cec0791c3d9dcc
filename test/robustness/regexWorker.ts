/**
 * Worker of linearRegex.test.ts: builds adversarial inputs from each regex's own characters and
 * runs the regex over them (every match, as replace/matchAll would), posting after each input so
 * that the parent can time a catastrophic one out.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface RegexJob {
  readonly regexes: readonly { readonly id: number; readonly source: string; readonly flags: string }[];
  readonly size: number;
}

const CANDIDATES = ['a', 'A', '0', '7', ' ', '\t', '-', '_', '.', ':', '/', '\\', '"', "'", '$', '{', '}', '[', ']', '(', ')', '=', '@', '#', '*', '+', ',', ';', '|', '\n', '\r', 'é', '\u0000', '\uFFFD'];

/** Sample characters of each atom of a pattern, in order: literals as they are, classes and escapes by example. */
export function atomSamples(source: string, flags: string): string[] {
  const out: string[] = [];
  const classSample = (body: string): string[] => {
    let re: RegExp;
    try {
      re = new RegExp(`[${body}]`, flags.replace(/[gy]/g, ''));
    } catch {
      return [];
    }
    const hits = CANDIDATES.filter((c) => re.test(c));
    const literal = body.replace(/^\^/, '').charAt(0);
    const first = literal && literal !== '\\' && re.test(literal) ? [literal] : [];
    return [...new Set([...first, ...hits.slice(0, 2)])];
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      const e = source.charAt(i + 1);
      i++;
      const map: Record<string, string> = { d: '7', D: 'a', w: 'a', W: '-', s: ' ', S: 'a', n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\u0000' };
      if (e === 'b' || e === 'B') continue;
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
        out.push(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 1, i + 3))) {
        out.push(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)));
        i += 2;
      } else if (/[1-9]/.test(e)) continue;
      else out.push(map[e] ?? e);
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (source.charAt(j) === '^') j++;
      if (source.charAt(j) === ']') j++;
      while (j < source.length && source.charAt(j) !== ']') j += source.charAt(j) === '\\' ? 2 : 1;
      out.push(...classSample(source.slice(i + 1, j)));
      i = j;
      continue;
    }
    if (c === '.') {
      out.push('a');
      continue;
    }
    if (c === '{') {
      const m = /^\{\d*,?\d*\}/.exec(source.slice(i));
      if (m) {
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '(' && source.charAt(i + 1) === '?') {
      const m = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_]\w*>)/.exec(source.slice(i));
      if (m) i += m[0].length - 1;
      continue;
    }
    if ('()|*+?^$'.includes(c)) continue;
    out.push(c);
  }
  return out.filter((s) => s.length > 0);
}

export function adversarialInputs(source: string, flags: string, size: number): string[] {
  const atoms = atomSamples(source, flags);
  const distinct = [...new Set(atoms)].slice(0, 10);
  const fill = (unit: string, tail = '') => unit.repeat(Math.ceil((size - tail.length) / unit.length)).slice(0, size - tail.length) + tail;
  const inputs = new Set<string>();
  for (const c of distinct) {
    inputs.add(fill(c));
    inputs.add(fill(c, '\u0001'));
  }
  const seq = atoms.join('').slice(0, 200);
  if (seq) {
    inputs.add(fill(seq));
    inputs.add(fill(seq, '\u0001'));
    // the pattern's own text without its last atom, repeated: a near-match at every position
    if (atoms.length > 1) inputs.add(fill(atoms.slice(0, -1).join('')));
  }
  for (let i = 0; i + 1 < distinct.length && i < 6; i++) inputs.add(fill(`${distinct[i]}${distinct[i + 1]}`));
  inputs.add(fill(' ', 'x'));
  inputs.add(fill('\n'));
  inputs.add(fill('a '));
  return [...inputs];
}

function runRegex(source: string, flags: string, input: string): number {
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    count++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return count;
}

const job = workerData as RegexJob | undefined;
if (parentPort && job?.regexes) {
  for (const r of job.regexes) {
    const inputs = adversarialInputs(r.source, r.flags, job.size);
    parentPort.postMessage({ t: 'begin', id: r.id, inputs: inputs.length });
    for (let k = 0; k < inputs.length; k++) {
      runRegex(r.source, r.flags, inputs[k] as string);
      parentPort.postMessage({ t: 'input', id: r.id, k });
    }
  }
  parentPort.postMessage({ t: 'end' });
}
