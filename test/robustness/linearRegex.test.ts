/**
 * Every regular-expression literal in server/src (outside server/src/secrets, which has its own
 * test) runs in linear time: each is found by parsing the sources with the TypeScript compiler,
 * then run over 100 KB inputs built from its own characters (each literal character and class
 * sample repeated, the pattern's atom sequence repeated, with and without a failing tail). A
 * worker runs them; an input that takes longer than the budget fails the regex (a catastrophic
 * pattern takes minutes on such inputs, a linear one milliseconds).
 * Env: BULWARK_REGEX_SIZE (default 100000), BULWARK_REGEX_BUDGET_MS (default 4000).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { adversarialInputs } from './regexWorker';

const SRC = path.join(__dirname, '..', '..', 'server', 'src');
const WORKER = path.join(__dirname, 'regexWorker.ts');
const SIZE = Number(process.env['BULWARK_REGEX_SIZE'] ?? 100_000);
const BUDGET_MS = Number(process.env['BULWARK_REGEX_BUDGET_MS'] ?? 4_000);

interface Found {
  readonly id: number;
  readonly source: string;
  readonly flags: string;
  readonly where: string[];
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

export function regexLiterals(root: string, skip: (rel: string) => boolean): Found[] {
  const byText = new Map<string, Found>();
  for (const file of tsFiles(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (skip(rel)) continue;
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(source);
        const slash = text.lastIndexOf('/');
        const where = `${rel}:${source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1}`;
        const found = byText.get(text);
        if (found) found.where.push(where);
        else byText.set(text, { id: byText.size, source: text.slice(1, slash), flags: text.slice(slash + 1), where: [where] });
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return [...byText.values()];
}

/** Run the regexes in a worker; returns the ones that exceeded the budget on some input. */
function runAll(regexes: readonly Found[], budgetMs: number): Promise<{ found: Found; input: number; inputs: number }[]> {
  const slow: { found: Found; input: number; inputs: number }[] = [];
  return new Promise((resolve, reject) => {
    const start = (from: number) => {
      if (from >= regexes.length) return resolve(slow);
      const batch = regexes.slice(from);
      const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true, workerData: { regexes: batch.map((r) => ({ id: r.id, source: r.source, flags: r.flags })), size: SIZE } });
      let current = from;
      let currentInputs = 0;
      let currentInput = 0;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          void w.terminate();
          slow.push({ found: regexes[current] as Found, input: currentInput, inputs: currentInputs });
          start(current + 1);
        }, budgetMs);
      };
      w.on('message', (m: { t: string; id?: number; inputs?: number; k?: number }) => {
        if (m.t === 'begin') {
          current = regexes.findIndex((r) => r.id === m.id);
          currentInputs = m.inputs ?? 0;
          currentInput = 0;
          arm();
        } else if (m.t === 'input') {
          currentInput = (m.k ?? 0) + 1;
          arm();
        } else if (m.t === 'end') {
          if (timer) clearTimeout(timer);
          void w.terminate().then(() => resolve(slow));
        }
      });
      w.on('error', (e) => {
        if (timer) clearTimeout(timer);
        reject(e);
      });
    };
    start(0);
  });
}

describe('every regex in server/src is linear-time', () => {
  const regexes = regexLiterals(SRC, (rel) => rel.startsWith('secrets/'));

  it('finds the regex literals of server/src', () => {
    assert.ok(regexes.length > 100, `${regexes.length} regexes`);
    assert.ok(regexes.every((r) => { try { new RegExp(r.source, r.flags); return true; } catch { return false; } }));
  });

  it('builds inputs from each pattern\'s own characters', () => {
    const inputs = adversarialInputs('a+b', '', 10);
    assert.ok(inputs.includes('aaaaaaaaaa'));
    assert.ok(inputs.includes('aaaaaaaaa\u0001'));
    assert.ok(adversarialInputs('[^\\s"]+\\d', '', 4).includes('7777'));
  });

  it('the harness catches a catastrophic regex', async () => {
    const slow = await runAll([{ id: 0, source: '^(a|aa)+$', flags: '', where: ['test'] }], 1_000);
    assert.equal(slow.length, 1);
  });

  it(`every literal finishes each 100 KB adversarial input within ${BUDGET_MS} ms`, async () => {
    const slow = await runAll(regexes, BUDGET_MS);
    assert.deepEqual(slow.map((s) => `/${s.found.source}/${s.found.flags} at ${s.found.where.join(', ')} (input ${s.input + 1} of ${s.inputs})`), []);
  });
});
