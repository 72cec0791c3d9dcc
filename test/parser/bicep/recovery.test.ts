/**
 * Error tolerance: truncation at every token boundary, holes in statements, classic
 * half-typed situations, random mutations (seeded), deep nesting and linear work.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, MAX_DEPTH } from '../../../server/src/languages/bicep/parser';
import { lex } from '../../../server/src/languages/bicep/lexer';
import { BicepModel } from '../../../server/src/languages/bicep/model';
import { Evaluator } from '../../../server/src/languages/bicep/evaluate';
import { walkStrings } from '../../../server/src/languages/bicep/walk';
import { walkTree } from '../../../server/src/languages/bicep/visit';
import type { Node, Program } from '../../../server/src/languages/bicep/ast';
import { AI_WORKLOAD, ALL_SAMPLES, PARAMS_FILE } from './samples';

function declNames(p: Program): string[] {
  const out: string[] = [];
  for (const s of p.statements) {
    if ('name' in s && s.name && typeof s.name === 'object' && 'name' in s.name) out.push(`${s.kind}:${s.name.name}`);
  }
  return out;
}

/** Exercise everything a rule could touch; must never throw. */
function fullAnalysis(text: string, params = false): Program {
  const program = parse(text, { params });
  const model = new BicepModel(program, text, '/w/main.bicep');
  const ev = new Evaluator(model, { paramFiles: [] });
  for (const r of model.resources) {
    ev.resourceProperty(r, 'properties.publicNetworkAccess');
    ev.resourceProperty(r, 'name');
  }
  for (const v of model.vars) ev.evaluate(v.value);
  for (const p of model.params) ev.param(p.name);
  for (const m of model.modules) ev.resolveModule(m);
  for (const o of model.outputs) ev.evaluate(o.value);
  let strings = 0;
  walkStrings(program, () => strings++);
  checkSpans(program, text.length);
  return program;
}

function checkSpans(program: Program, length: number): void {
  walkTree(program, (n: Node) => {
    assert.ok(n.start >= 0 && n.end <= length && n.start <= n.end, `bad span ${n.kind} [${n.start},${n.end})`);
  });
  for (const e of program.errors) assert.ok(e.span.start >= 0 && e.span.end <= length && e.span.start <= e.span.end);
}

test('truncation at every token boundary never throws and keeps complete statements', () => {
  const text = AI_WORKLOAD;
  const full = parse(text);
  assert.deepEqual(full.errors, []);
  const ts = lex(text);
  for (let t = 0; t < ts.count; t++) {
    const cut = ts.ends[t] as number;
    const prefix = text.slice(0, cut);
    const p = fullAnalysis(prefix);
    // every statement that ends before the cut's line is intact
    for (const st of full.statements) {
      if (st.end >= cut - 1) break;
      const again = p.statements.find((x) => x.start === st.start);
      assert.ok(again, `statement at ${st.start} lost when cut at ${cut}`);
      assert.equal(again.kind, st.kind);
    }
  }
});

test('a statement cut short does not swallow the statements after it', () => {
  const text = AI_WORKLOAD;
  const full = parse(text);
  const ts = lex(text);
  const tops = full.statements.filter((s) => s.kind !== 'Skipped');
  let checked = 0;
  for (let t = 0; t < ts.count; t++) {
    const cut = ts.ends[t] as number;
    const idx = tops.findIndex((s) => s.start < cut && cut < s.end);
    if (idx < 0 || idx === tops.length - 1) continue;
    const next = tops[idx + 1] as Program['statements'][number];
    const prefix = text.slice(0, cut);
    // an unterminated ''' string or /* comment legitimately runs to the end of the file
    const lexErrors = lex(prefix).errors.map((e) => e.message);
    if (lexErrors.some((m) => m.includes('multi-line') || m.includes('block comment'))) continue;
    const mutated = `${prefix}\n${text.slice(next.start)}`;
    const p = fullAnalysis(mutated);
    const expected = declNames({ ...full, statements: full.statements.filter((s) => s.start >= next.start) });
    const got = declNames(p);
    for (const name of expected) assert.ok(got.includes(name), `${name} lost after cutting at ${cut}: ${JSON.stringify(prefix.slice(-40))}`);
    checked++;
  }
  assert.ok(checked > 500, `checked ${checked}`);
});

test('unclosed braces recover at the next top-level declaration', () => {
  const text = `resource a 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'a'
  properties: {
    x: [
      1

resource b 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'b'
}
output o string = 'x'
`;
  const p = fullAnalysis(text);
  assert.deepEqual(declNames(p), ['Resource:a', 'Resource:b', 'Output:o']);
  assert.ok(p.errors.length >= 1);
  const m = new BicepModel(p, text, '/w/x.bicep');
  assert.equal(m.resources[1]?.get('name').found, true);
});

test('unclosed strings', () => {
  const p = fullAnalysis(`var a = 'abc\nvar b = 'x\${y\nvar c = '''\nabc\nparam d string\n`);
  assert.deepEqual(declNames(p), ['VarDecl:a', 'VarDecl:b', 'VarDecl:c']);
  assert.ok(p.errors.some((e) => e.message.includes('not terminated')));
});

test('a property typed half-way keeps its siblings', () => {
  const text = `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    publicNetw
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess:
    supportsHttpsTrafficOnly: true
  }
}
`;
  const p = fullAnalysis(text);
  const m = new BicepModel(p, text, '/w/x.bicep');
  const sa = m.resources[0];
  assert.ok(sa);
  assert.equal(sa.get('properties.minimumTlsVersion').found, true);
  assert.equal(sa.get('properties.supportsHttpsTrafficOnly').found, true);
  const half = sa.get('properties.allowBlobPublicAccess');
  assert.equal(half.found && half.value, undefined);
  assert.equal(p.errors.length, 2);
});

test('a resource without a body and stray tokens', () => {
  const p = fullAnalysis(`resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' =\n} ) ]\nparam x string\n@description('d')\n`);
  assert.deepEqual(declNames(p), ['Resource:sa', 'Param:x']);
  assert.ok(p.errors.some((e) => e.message.includes('body')));
  assert.ok(p.errors.some((e) => e.message.includes('declaration after the decorator')));
});

test('syntax errors have precise ranges', () => {
  const text = `var a = { b: 1 c: 2 }\n`;
  const p = parse(text);
  assert.equal(p.errors.length, 1);
  const e = p.errors[0];
  assert.ok(e);
  assert.equal(text.slice(e.span.start, e.span.end), 'c');
});

// ---------------------------------------------------------------------------------------------
// random mutations

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['{', '}', '[', ']', '(', ')', ':', ',', '\n', "'", "'''", '${', '$\'\'\'', 'resource', 'param', '@', '.', '?', '!', '=>', '|', '...', '\n#disable-next-line x\n', '/*', '*/', '//', '=', 'if', 'for', 'in', '::', '[?', '.?', '"', '&', '\\', '\u00e9', '😀', '\r\n'];

test('random token deletions, insertions and swaps never throw', () => {
  const rnd = mulberry32(0xb1ce9);
  const inputs = [...ALL_SAMPLES, PARAMS_FILE];
  let runs = 0;
  for (const input of inputs) {
    const ts = lex(input);
    const pieces: string[] = [];
    let last = 0;
    for (let t = 0; t < ts.count; t++) {
      const s = ts.starts[t] as number;
      const e = ts.ends[t] as number;
      if (s > last) pieces.push(input.slice(last, s));
      pieces.push(input.slice(s, e));
      last = e;
    }
    for (let round = 0; round < 120; round++) {
      const toks = pieces.slice();
      const ops = 1 + Math.floor(rnd() * 4);
      for (let o = 0; o < ops; o++) {
        const r = rnd();
        const at = Math.floor(rnd() * toks.length);
        if (r < 0.4) toks.splice(at, 1);
        else if (r < 0.8) toks.splice(at, 0, INSERTS[Math.floor(rnd() * INSERTS.length)] as string);
        else {
          const other = Math.floor(rnd() * toks.length);
          const tmp = toks[at] as string;
          toks[at] = toks[other] as string;
          toks[other] = tmp;
        }
      }
      const text = toks.join('');
      const p = fullAnalysis(text, input === PARAMS_FILE);
      assert.ok(p.steps <= 12 * (p.tokenCount + 10), `steps ${p.steps} for ${p.tokenCount} tokens`);
      runs++;
    }
  }
  assert.equal(runs, 600);
});

// ---------------------------------------------------------------------------------------------
// linear work and deep nesting

function countNodes(p: Program): number {
  let n = 0;
  walkTree(p, () => {
    n++;
  });
  return n;
}

test('parse work grows linearly: N vs 4N copies', () => {
  const one = AI_WORKLOAD;
  const four = [one, one, one, one].join('\n');
  const p1 = parse(one);
  const p4 = parse(four);
  const ratioSteps = p4.steps / p1.steps;
  const ratioNodes = countNodes(p4) / countNodes(p1);
  assert.ok(ratioSteps > 3.5 && ratioSteps < 4.5, `steps ratio ${ratioSteps}`);
  assert.ok(ratioNodes > 3.5 && ratioNodes < 4.5, `nodes ratio ${ratioNodes}`);
});

const ADVERSARIAL: [string, string][] = [
  ['nested arrays', `var x = ${'['.repeat(10000)}${']'.repeat(10000)}\n`],
  ['unclosed arrays', `var x = ${'['.repeat(10000)}\n`],
  ['nested objects', `var x = ${'{a:'.repeat(10000)}1${'}'.repeat(10000)}\n`],
  ['nested parens', `var x = ${'('.repeat(10000)}1${')'.repeat(10000)}\n`],
  ['nested calls', `var x = ${'f('.repeat(10000)}1${')'.repeat(10000)}\n`],
  ['unary chain', `var x = ${'!'.repeat(100000)}a\n`],
  ['member chain', `var x = a${'.b'.repeat(50000)}\n`],
  ['binary chain', `var x = a${' + a'.repeat(50000)}\n`],
  ['ternary chain', `var x = ${'a ? b : '.repeat(5000)}c\n`],
  ['nested interpolation', `var x = ${"'${".repeat(5000)}${"}'".repeat(5000)}\n`],
  ['nested types', `type t = ${'{ a: '.repeat(5000)}string${' }'.repeat(5000)}\n`],
  ['nested union parens', `type t = ${'('.repeat(5000)}string${')'.repeat(5000)}\n`],
  ['long line of stray tokens', `${') } ] : , '.repeat(20000)}\n`],
  ['100 KB identifier', `var ${'a'.repeat(100000)} = 1\n`],
  ['100 KB string', `var x = '${'a'.repeat(100000)}\n`],
  ['many newlines', `var x = [${'\n'.repeat(100000)}]\n`],
  ['nested lambdas', `var x = ${'a => '.repeat(5000)}a\n`],
  ['nested for', `var x = ${'[for a in b: '.repeat(5000)}1${']'.repeat(5000)}\n`],
  ['nested resources', `resource a 'x@1' = {\n${"resource b 'y' = {\n".repeat(3000)}${'}\n'.repeat(3000)}}\n`],
];

for (const [name, text] of ADVERSARIAL) {
  test(`adversarial input: ${name}`, () => {
    const p = fullAnalysis(text);
    assert.ok(p.steps <= 12 * (p.tokenCount + 10), `steps ${p.steps} for ${p.tokenCount} tokens`);
    assert.ok(countNodes(p) <= 4 * (p.tokenCount + 10));
  });
}

test('10,000 nested brackets yield a nesting error, not a stack overflow', () => {
  const p = parse(`var x = ${'['.repeat(10000)}${']'.repeat(10000)}\nparam after string\n`);
  assert.ok(p.errors.some((e) => e.message.includes('too deep')));
  assert.ok(p.statements.some((s) => s.kind === 'Param'));
  assert.ok(MAX_DEPTH >= 100);
});
