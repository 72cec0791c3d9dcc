/**
 * A readable, stable text dump of a Bicep syntax tree (used by baseline tests and for
 * debugging). One node per line, indented by depth: `Kind [start,end) attr=value…`,
 * children labelled with their field name.
 */
import type { Program } from './ast';

const SKIP_FIELDS = new Set(['kind', 'start', 'end']);

function isNode(v: unknown): v is { kind: string; start: number; end: number } {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
}
function isSpan(v: unknown): v is { start: number; end: number } {
  return typeof v === 'object' && v !== null && !('kind' in v) && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number';
}

function fmtScalar(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

export function dumpTree(program: Program, text: string): string {
  const out: string[] = [];
  const visit = (node: { kind: string; start: number; end: number }, label: string, depth: number): void => {
    const attrs: string[] = [];
    const children: [string, unknown][] = [];
    for (const [key, value] of Object.entries(node) as [string, unknown][]) {
      if (SKIP_FIELDS.has(key)) continue;
      if (node.kind === 'Object' && key === 'properties') continue;
      if (node.kind === 'Decorator' && key === 'args') continue;
      if (node.kind === 'Program' && (key === 'comments' || key === 'pragmas' || key === 'errors' || key === 'tokenCount' || key === 'steps')) continue;
      if (value === undefined) continue;
      // delimiters are stored as offsets (one character each), segment ranges as a flat list
      if ((key === 'open' || key === 'close' || key === 'colon') && typeof value === 'number') {
        attrs.push(`${key}=[${value},${value + 1})`);
        continue;
      }
      if (key === 'segmentOffsets' && Array.isArray(value)) {
        const pairs: string[] = [];
        for (let i = 0; i + 1 < value.length; i += 2) pairs.push(`[${String(value[i])},${String(value[i + 1])})`);
        if (pairs.length) attrs.push(`segmentSpans=${pairs.join(',')}`);
        continue;
      }
      if (isNode(value)) children.push([key, value]);
      else if (Array.isArray(value)) {
        if (value.length === 0) continue;
        const arr = value as unknown[];
        if (arr.every((x) => isNode(x))) children.push([key, arr]);
        else if (arr.every((x) => isSpan(x))) attrs.push(`${key}=${(arr as { start: number; end: number }[]).map((x) => `[${x.start},${x.end})`).join(',')}`);
        else attrs.push(`${key}=${JSON.stringify(value)}`);
      } else if (isSpan(value)) attrs.push(`${key}=[${value.start},${value.end})`);
      else if (typeof value !== 'object') {
        if (value === false && key !== 'value') continue;
        attrs.push(`${key}=${fmtScalar(value)}`);
      }
    }
    let line = `${'  '.repeat(depth)}${label ? `${label}: ` : ''}${node.kind} [${node.start},${node.end})`;
    if (node.kind === 'Skipped') line += ` ${JSON.stringify(text.slice(node.start, node.end).slice(0, 60))}`;
    if (attrs.length) line += ` ${attrs.join(' ')}`;
    out.push(line);
    for (const [key, value] of children) {
      if (Array.isArray(value)) {
        value.forEach((child, idx) => visit(child as { kind: string; start: number; end: number }, `${key}[${idx}]`, depth + 1));
      } else visit(value as { kind: string; start: number; end: number }, key, depth + 1);
    }
  };
  visit(program, '', 0);
  for (const c of program.comments) out.push(`comment [${c.start},${c.end}) ${JSON.stringify(text.slice(c.start, c.end))}`);
  for (const p of program.pragmas) out.push(`pragma ${p.kind} [${p.start},${p.end}) ids=${JSON.stringify(p.ids)}`);
  for (const e of program.errors) out.push(`error [${e.span.start},${e.span.end}) ${e.message}`);
  return `${out.join('\n')}\n`;
}
