import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isAlias, isMap, isPair, isScalar, isSeq, stringify } from 'yaml';
import type { Node, Scalar } from 'yaml';
import { parseYamlText } from '../../server/src/languages/yaml/parse';
import { MAX_PATH_DEPTH, scanYamlScalars } from '../../server/src/languages/yaml/scanScalars';
import type { StringScalar } from '../../server/src/engine/hooks';
import { ADVERSARIAL_NAMES } from './adversarialInputs';

/**
 * The scanner (large-file path) must emit what the full-parse path emits: every string
 * scalar of the `yaml` library's AST with the same value, span, valueStart, key, path
 * and isKey. The reference walker below reads the library's AST directly.
 */

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'yaml', 'scanner');
/** Optional real-world corpus (a checkout of Azure/azureml-examples); the test skips without it. */
const CORPUS = process.env['BULWARK_AZUREML_CORPUS'] ?? '';

interface Event {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly valueStart: number | undefined;
  readonly key: string | undefined;
  readonly path: readonly (string | number)[];
  readonly isKey: boolean;
}

function byPosition(a: Event, b: Event): number {
  return a.start - b.start || Number(b.isKey) - Number(a.isKey) || a.end - b.end;
}

/**
 * Reference: walk the `yaml` library's AST (as `parseYamlText` builds it) for string
 * scalars. Values under a key carry that key's name (`String(value)` of the key scalar,
 * '?' in paths when it has none); sequence items inherit the nearest key; a quoted key
 * is itself an event (isKey) with its mapping's key and path. Keys that are collections
 * are not walked. A lone CR is a line break for the scanner but content for the library,
 * so the reference reads the text with lone CRs turned into LFs (same offsets).
 */
function reference(text: string): { events: Event[]; errors: number } {
  const norm = text.replace(/\r(?!\n)/g, '\n');
  const file = parseYamlText(norm);
  const events: Event[] = [];
  const push = (s: Scalar, key: string | undefined, p: readonly (string | number)[], isKey: boolean): void => {
    const value = s.value as string;
    const [start, end] = s.range ?? [0, 0];
    let valueStart: number | undefined;
    if (s.type === 'PLAIN' && norm.slice(start, end) === value) valueStart = start;
    if ((s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE') && end - start === value.length + 2 && norm.slice(start + 1, end - 1) === value) valueStart = start + 1;
    events.push({ value, start, end, valueStart, key, path: p, isKey });
  };
  for (const doc of file.documents) {
    const stack: { node: Node | null; key: string | undefined; path: readonly (string | number)[] }[] = [{ node: doc.contents as Node | null, key: undefined, path: [] }];
    for (let frame = stack.pop(); frame; frame = stack.pop()) {
      const { node, key } = frame;
      if (!node || isAlias(node)) continue;
      if (isScalar(node)) {
        if (typeof node.value === 'string') push(node, key, frame.path, false);
      } else if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item)) continue;
          const k = item.key as Node | null;
          let name: string | undefined;
          if (isScalar(k)) {
            name = k.value === null || k.value === undefined ? undefined : String(k.value);
            if (typeof k.value === 'string' && (k.type === 'QUOTE_DOUBLE' || k.type === 'QUOTE_SINGLE')) push(k, key, frame.path, true);
          }
          stack.push({ node: item.value as Node | null, key: name ?? key, path: [...frame.path, name ?? '?'] });
        }
      } else if (isSeq(node)) {
        node.items.forEach((it, i) => stack.push({ node: it as Node | null, key, path: [...frame.path, i] }));
      }
    }
  }
  return { events: events.sort(byPosition), errors: file.errors.length };
}

function toEvent(s: StringScalar): Event {
  return { value: s.value, start: s.span.start, end: s.span.end, valueStart: s.valueStart, key: s.key, path: s.path, isKey: s.isKey };
}

function scan(text: string, shouldStop?: () => boolean): StringScalar[] {
  const out: StringScalar[] = [];
  scanYamlScalars(text, (s) => out.push(s), shouldStop);
  return out;
}

function scanned(text: string): Event[] {
  return scan(text).map(toEvent).sort(byPosition);
}

/** Events that differ (as JSON lines), in position order. */
function differences(text: string): { diffs: string[]; compared: number; errors: number } {
  const ref = reference(text);
  const got = scanned(text);
  const diffs: string[] = [];
  const fmt = (e: Event | undefined): string => (e ? JSON.stringify({ ...e, value: e.value.length > 60 ? `${e.value.slice(0, 60)}…` : e.value }) : '(none)');
  for (let i = 0; i < Math.max(ref.events.length, got.length); i++) {
    const a = fmt(ref.events[i]);
    const b = fmt(got[i]);
    if (a !== b) diffs.push(`expected ${a}\n  actual ${b}`);
  }
  return { diffs, compared: ref.events.length, errors: ref.errors };
}

function fixtureFiles(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

const VARIANTS: readonly (readonly [string, (t: string) => string])[] = [
  ['LF', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['CR', (t) => t.replace(/\n/g, '\r')],
  ['BOM', (t) => `\uFEFF${t}`],
];

describe('scanYamlScalars: agreement with the yaml library', () => {
  const files = fixtureFiles();

  it('has the fixtures', () => {
    assert.ok(files.length >= 15, `fixtures in ${FIXTURES}`);
  });

  for (const file of files) {
    for (const [variant, transform] of VARIANTS) {
      it(`${file} (${variant})`, () => {
        const text = transform(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
        const { diffs, compared, errors } = differences(text);
        if (!file.startsWith('broken-')) assert.equal(errors, 0, `${file} is meant to be valid YAML`);
        assert.ok(compared > 0, 'the fixture has string scalars');
        assert.deepEqual(diffs, [], `${diffs.length} of ${compared} events differ:\n${diffs.slice(0, 8).join('\n')}`);
      });
    }
  }

  it('generated YAML (yaml.stringify with varied styles)', () => {
    let seed = 7;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const words = ['a', 'two words', 'http://h:80/p', 'a#b', 'a # b', '', ' lead', 'trail ', 'multi\nline', 'para\n\npara', 'tab\there', '"q"', "it's", '- dash', '? q', ': c', '{b}', '[s]', 'true', 'null', '~', '12', '0x1F', '1.5', 'yes', '${{ x }}', 'é ü', '😀', 'back\\slash', 'nl at end\n', 'x: y', 'k:v', '#c', '---', 'a,b', 'long '.repeat(20)];
    const gen = (depth: number): unknown => {
      const r = rnd();
      if (depth > 4 || r < 0.35) return rnd() < 0.1 ? Math.floor(rnd() * 100) : pick(words);
      const n = Math.floor(rnd() * 5);
      if (r < 0.65) return Array.from({ length: n }, () => gen(depth + 1));
      return Object.fromEntries(Array.from({ length: n }, (_, i) => [pick(words) + i, gen(depth + 1)]));
    };
    let compared = 0;
    let documents = 0;
    for (let k = 0; k < 300; k++) {
      const text = stringify(gen(0), {
        defaultStringType: pick(['PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const),
        defaultKeyType: pick([null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const),
        collectionStyle: pick(['any', 'flow', 'block'] as const),
        indentSeq: rnd() < 0.5,
        indent: pick([1, 2, 4]),
        lineWidth: pick([0, 20, 80]),
        minContentWidth: pick([0, 20]),
      });
      const d = differences(text);
      if (d.errors) continue; // the stringifier can fold some strings into invalid YAML
      documents++;
      compared += d.compared;
      assert.deepEqual(d.diffs.slice(0, 4), [], `document ${k}:\n${text}`);
    }
    assert.ok(documents > 250 && compared > 1000, `${documents} documents, ${compared} scalars`);
  });

  it('every YAML file of the Azure ML corpus (BULWARK_AZUREML_CORPUS)', { skip: CORPUS && fs.existsSync(CORPUS) ? false : 'set BULWARK_AZUREML_CORPUS to a checkout of Azure/azureml-examples' }, (t) => {
    const files: string[] = [];
    const stack = [CORPUS];
    for (let d = stack.pop(); d !== undefined; d = stack.pop()) {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) stack.push(p);
        else if (/\.ya?ml$/i.test(e.name)) files.push(p);
      }
    }
    let scalars = 0;
    let matched = 0;
    let withErrors = 0;
    const failing: string[] = [];
    for (const f of files.sort()) {
      const { diffs, compared, errors } = differences(fs.readFileSync(f, 'utf8'));
      scalars += compared;
      matched += compared - Math.min(compared, diffs.length);
      if (errors) withErrors++;
      if (diffs.length) failing.push(`${path.relative(CORPUS, f)}: ${diffs[0]}`);
    }
    t.diagnostic(`files agreeing: ${files.length - failing.length}/${files.length} (${withErrors} with YAML errors); string scalars agreeing: ${matched}/${scalars}`);
    assert.ok(files.length > 0);
    assert.deepEqual(failing, []);
  });
});

describe('scanYamlScalars: events', () => {
  const one = (text: string): StringScalar[] => scan(text);

  it('emits string values with key and path; plain keys are names, quoted keys are events', () => {
    const out = one('jobs:\n  train:\n    "command": python train.py\n    args: [--lr, "0.1"]\n');
    assert.deepEqual(
      out.map((s) => [s.value, s.key, s.path, s.isKey]),
      [
        ['command', 'train', ['jobs', 'train'], true],
        ['python train.py', 'command', ['jobs', 'train', 'command'], false],
        ['--lr', 'args', ['jobs', 'train', 'args', 0], false],
        ['0.1', 'args', ['jobs', 'train', 'args', 1], false],
      ],
    );
    for (const s of out) assert.equal(s.interpolated, false);
  });

  it('skips numbers, booleans and nulls unless quoted or tagged as strings', () => {
    const out = one('a: 1\nb: true\nc: null\nd: ~\ne: 1.5e3\nf: "2"\ng: !!str 3\nh: yes\ni: .inf\n');
    assert.deepEqual(
      out.map((s) => s.value),
      ['2', '3', 'yes'],
    );
  });

  it('decodes escapes, quotes and folding', () => {
    const out = one('a: "x\\ty\\u00e9\\x41\\U0001F600\\"\\\\"\nb: \'it\'\'s\'\nc: "one\n  two\n\n  three"\nd: plain\n  folded\n');
    assert.deepEqual(
      out.map((s) => s.value),
      ['x\tyéA😀"\\', "it's", 'one two\nthree', 'plain folded'],
    );
    assert.deepEqual(
      out.map((s) => s.valueStart),
      [undefined, undefined, undefined, undefined],
    );
  });

  it('block scalars: chomping, indentation indicators, span from the indicator to the end of the last content line', () => {
    const text = 'a: |\n  x\n  y\n\nb: >-\n  p\n  q\nc: |+2\n    z\n\nd: x\n';
    const out = one(text);
    assert.deepEqual(
      out.map((s) => [s.value, text.slice(s.span.start, s.span.end), s.valueStart]),
      [
        ['x\ny\n', '|\n  x\n  y\n', undefined],
        ['p q', '>-\n  p\n  q\n', undefined],
        ['  z\n\n', '|+2\n    z\n\n', undefined],
        ['x', 'x', text.lastIndexOf('x')],
      ],
    );
  });

  it('valueStart locates verbatim values only', () => {
    const text = 'a: plain value\nb: "quoted"\nc: \'single\'\nd: "esc\\n"\ne: \'it\'\'s\'\n';
    const out = one(text);
    for (const s of out) {
      if (s.valueStart !== undefined) assert.equal(text.slice(s.valueStart, s.valueStart + s.value.length), s.value);
    }
    assert.deepEqual(
      out.map((s) => s.valueStart !== undefined),
      [true, true, true, false, false],
    );
  });

  it('paths restart at every document', () => {
    const out = one('a: x\n---\n- y\n...\n---\nb: {c: z}\n');
    assert.deepEqual(
      out.map((s) => s.path),
      [['a'], [0], ['b', 'c']],
    );
  });

  it('flow collections spanning lines, compact mappings in sequences, explicit keys', () => {
    const out = one('- name: n\n  list: [a,\n    {b: c}]\n- ? "k"\n  : v\n');
    assert.deepEqual(
      out.map((s) => [s.value, s.path, s.isKey]),
      [
        ['n', [0, 'name'], false],
        ['a', [0, 'list', 0], false],
        ['c', [0, 'list', 1, 'b'], false],
        ['k', [1], true],
        ['v', [1, 'k'], false],
      ],
    );
  });

  it('does not emit scalars inside a collection used as a key', () => {
    assert.deepEqual(
      one('[secret-in-key]: v\n{a: b}: w\n').map((s) => [s.value, s.path]),
      [
        ['v', ['?']],
        ['w', ['?']],
      ],
    );
  });

  it('a lone CR is a line break', () => {
    assert.deepEqual(scanned('a: x\rb: |\r  y\r  z\r'), scanned('a: x\nb: |\n  y\n  z\n'));
  });

  it('an unclosed quote ends at the first line that does not continue it', () => {
    const out = one('a: "never closed\nb: next\nc: \'also open\n  continued\nd: last\n');
    assert.deepEqual(
      out.map((s) => [s.key, s.value]),
      [
        ['a', 'never closed'],
        ['b', 'next'],
        ['c', 'also open continued'],
        ['d', 'last'],
      ],
    );
  });

  it('truncates paths at MAX_PATH_DEPTH', () => {
    const out = one(`${'['.repeat(MAX_PATH_DEPTH + 50)}x${']'.repeat(MAX_PATH_DEPTH + 50)}`);
    assert.equal(out.length, 1);
    assert.equal(out[0]?.path.length, MAX_PATH_DEPTH);
  });

  it('stops when shouldStop says so', () => {
    const text = 'k: v\n'.repeat(20_000);
    assert.equal(scan(text).length, 20_000);
    const partial = scan(text, () => true);
    assert.ok(partial.length < 20_000, `emitted ${partial.length}`);
  });

  it('lets exceptions of the listener through (cancellation)', () => {
    const boom = new Error('cancelled');
    assert.throws(
      () =>
        scanYamlScalars('a: b\n', () => {
          throw boom;
        }),
      (e) => e === boom,
    );
  });

  it('never throws on broken snippets and keeps spans inside the text', () => {
    const snippets = ['', '"', "'", '|', '>-9', '- - -', '? : ?', '{', ']', '[a, {b: ', 'a: "b\\', '&', '*', '!', '!<', '%YAML', '---', '...', '\t- x', 'a:\tb', 'a: |\n\t x', '"\\u12', '"\\U1234567', 'a: b: c: d', '- a\nb: c', 'k: v\n  - x\n y', '\uFEFF', '\0', '\uD800: \uDC00'];
    for (const s of snippets) {
      for (const ev of scan(s)) {
        assert.ok(ev.span.start >= 0 && ev.span.start <= ev.span.end && ev.span.end <= s.length, JSON.stringify(s));
      }
    }
  });
});

describe('scanYamlScalars: adversarial inputs finish and stay sane', () => {
  const WORKER = path.join(__dirname, 'scanScalarsWorker.ts');
  const BUDGET_MS = 20_000;

  function runWorker(names: readonly string[]): Promise<{ name: string; count: number; problems: string[] }[]> {
    return new Promise((resolve, reject) => {
      // Workers cannot load .ts by path: a CommonJS bootstrap registers tsx, then requires the worker.
      const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true, workerData: names });
      const results: { name: string; count: number; problems: string[] }[] = [];
      let timer: NodeJS.Timeout;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          void w.terminate();
          reject(new Error(`did not finish within ${BUDGET_MS} ms on input "${names[results.length]}"`));
        }, BUDGET_MS);
      };
      arm();
      w.on('message', (msg: { done: number; count: number; problems: string[] }) => {
        results.push({ name: names[msg.done] ?? String(msg.done), count: msg.count, problems: msg.problems });
        if (results.length >= names.length) {
          clearTimeout(timer);
          void w.terminate().then(() => resolve(results));
        } else arm();
      });
      w.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  }

  it('every adversarial input', async () => {
    const results = await runWorker(ADVERSARIAL_NAMES);
    assert.equal(results.length, ADVERSARIAL_NAMES.length);
    const bad = results.filter((r) => r.problems.length).map((r) => `${r.name}: ${r.problems.join('; ')}`);
    assert.deepEqual(bad, []);
    // the flow-sequence line really is scanned, not skipped
    assert.ok((results.find((r) => r.name === '10 MB single line flow sequence')?.count ?? 0) > 3_000_000);
  });
});
