import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { applyEdits } from '../../server/src/engine/fixes';
import type { TextEdit } from '../../server/src/engine/types';
import { parseYamlText, getPair } from '../../server/src/languages/yaml/parse';
import {
  indentUnit,
  insertIntoKeyEdit,
  insertPairEdit,
  isPlainSafe,
  reindent,
  removePairEdit,
  replacePairEdit,
  setScalarEdit,
} from '../../server/src/languages/yaml/edits';

function root(text: string): YAMLMap {
  const d = parseYamlText(text);
  assert.deepEqual(d.errors, []);
  const r = d.documents[0]?.contents;
  assert.ok(isMap(r));
  return r;
}

/** Follow a key route (numbers index sequences). */
function at(map: YAMLMap, ...route: (string | number)[]): Node {
  let n: Node = map;
  for (const k of route) {
    if (typeof k === 'number') {
      assert.ok(isSeq(n));
      n = n.items[k] as Node;
    } else {
      assert.ok(isMap(n));
      n = getPair(n, k)?.value as Node;
    }
  }
  return n;
}

function apply(text: string, edit: TextEdit | undefined): string {
  assert.ok(edit, 'expected an edit');
  const out = applyEdits(text, [edit]);
  assert.deepEqual(parseYamlText(out).errors, [], `result must parse:\n${out}`);
  return out;
}

describe('indentUnit / reindent', () => {
  it('detects 2 and 4 spaces and ignores sequence lines', () => {
    assert.equal(indentUnit('a:\n  b: 1\n'), '  ');
    assert.equal(indentUnit('a:\n    b: 1\nc:\n    d:\n        e: 1\n'), '    ');
    assert.equal(indentUnit('steps:\n- run: x\n- run: y\n'), '  ');
    assert.equal(indentUnit(''), '  ');
  });
  it('reindents an entry to a base and unit', () => {
    assert.equal(reindent('a:\n  b: 1', '  ', '    ', '\r\n'), '  a:\r\n      b: 1\r\n');
  });
});

describe('insertPairEdit', () => {
  it('inserts after a key with a nested block, at the root', () => {
    const text = 'on:\n  push:\n    branches: [main]\n\njobs:\n  a:\n    runs-on: x\n';
    const out = apply(text, insertPairEdit(text, root(text), 'permissions:\n  contents: read', { after: 'on', before: 'jobs' }));
    assert.equal(out, 'on:\n  push:\n    branches: [main]\npermissions:\n  contents: read\n\njobs:\n  a:\n    runs-on: x\n');
  });
  it('matches a 4-space file and CRLF line breaks', () => {
    const text = 'on:\r\n    push:\r\njobs:\r\n    a:\r\n        runs-on: x\r\n';
    const out = apply(text, insertPairEdit(text, root(text), 'permissions:\n  contents: read', { after: 'on' }));
    assert.equal(out, 'on:\r\n    push:\r\npermissions:\r\n    contents: read\r\njobs:\r\n    a:\r\n        runs-on: x\r\n');
  });
  it('inserts before a key when the after key is missing', () => {
    const text = 'name: x\n# the jobs\njobs: {}\n';
    const out = apply(text, insertPairEdit(text, root(text), 'a: 1', { after: 'on', before: 'jobs' }));
    assert.equal(out, 'name: x\n# the jobs\na: 1\njobs: {}\n');
  });
  it('appends at the end of a sequence-item map after a block scalar, and to a text without a final newline', () => {
    const text = 'steps:\n  - name: x\n    run: |\n      echo hi\n\n  - run: y';
    const step0 = at(root(text), 'steps', 0) as YAMLMap;
    const out = apply(text, insertPairEdit(text, step0, 'env:\n  A: b'));
    assert.equal(out, 'steps:\n  - name: x\n    run: |\n      echo hi\n    env:\n      A: b\n\n  - run: y');
    const step1 = at(root(out), 'steps', 1) as YAMLMap;
    assert.equal(apply(out, insertPairEdit(out, step1, 'b: 2')), out + '\n    b: 2\n');
  });
  it('keeps a kept-chomping block scalar intact', () => {
    const text = 'a: |+\n  x\n\nb: 1\n';
    const out = apply(text, insertPairEdit(text, root(text), 'c: 2', { after: 'a' }));
    assert.equal(out, 'a: |+\n  x\n\nc: 2\nb: 1\n');
    assert.equal(at(root(out), 'a').toJSON(), 'x\n\n');
  });
  it('refuses flow maps', () => {
    const text = 'a: { b: 1 }\n';
    assert.equal(insertPairEdit(text, at(root(text), 'a') as YAMLMap, 'c: 1'), undefined);
  });
});

describe('insertIntoKeyEdit', () => {
  it('adds to an existing block map', () => {
    const text = 'with:\n  a: 1\nrun: x\n';
    assert.equal(apply(text, insertIntoKeyEdit(text, root(text), 'with', 'b: 2')), 'with:\n  a: 1\n  b: 2\nrun: x\n');
  });
  it('creates the key when it is missing', () => {
    const text = '- uses: actions/checkout@v4\n  name: c\n';
    const d = parseYamlText(text).documents[0]?.contents;
    assert.ok(isSeq(d));
    const m = d.items[0] as YAMLMap;
    assert.equal(apply(text, insertIntoKeyEdit(text, m, 'with', 'persist-credentials: false')), '- uses: actions/checkout@v4\n  name: c\n  with:\n    persist-credentials: false\n');
  });
  it('fills an empty key and an empty flow map', () => {
    const text = 'env:\nx: 1\n';
    assert.equal(apply(text, insertIntoKeyEdit(text, root(text), 'env', 'A: b')), 'env:\n  A: b\nx: 1\n');
    const t2 = 'permissions: {} # none\nx: 1\n';
    assert.equal(apply(t2, insertIntoKeyEdit(t2, root(t2), 'permissions', 'id-token: write')), 'permissions: # none\n  id-token: write\nx: 1\n');
    const t3 = 'permissions: {}';
    assert.equal(apply(t3, insertIntoKeyEdit(t3, root(t3), 'permissions', 'id-token: write')), 'permissions:\n  id-token: write');
  });
  it('refuses a scalar or a non-empty flow map', () => {
    const text = 'permissions: write-all\nwith: { a: 1 }\n';
    assert.equal(insertIntoKeyEdit(text, root(text), 'permissions', 'a: b'), undefined);
    assert.equal(insertIntoKeyEdit(text, root(text), 'with', 'a: b'), undefined);
  });
});

describe('setScalarEdit', () => {
  const cases: [string, string | boolean, string][] = [
    ['a: true\n', false, 'a: false\n'],
    ["a: 'x'\n", "it's", "a: 'it''s'\n"],
    ['a: "x"\n', 'say "hi"', 'a: "say \\"hi\\""\n'],
    ['a: x\n', 'y: z', 'a: "y: z"\n'],
    ['a: x\n', 'main', 'a: main\n'],
    ['a: x\n', 'true', 'a: "true"\n'],
    ['a: |\n  x\nb: 1\n', 'y', 'a: "y"\nb: 1\n'],
  ];
  for (const [text, value, expected] of cases) {
    it(`${JSON.stringify(text)} ← ${JSON.stringify(value)}`, () => {
      const s = at(root(text), 'a');
      assert.ok(isScalar(s));
      const out = apply(text, setScalarEdit(text, s as Scalar, value));
      assert.equal(out, expected);
      assert.equal(at(root(out), 'a').toJSON(), value);
    });
  }
  it('plain-safety', () => {
    assert.ok(isPlainSafe('${{ secrets.A }}'));
    assert.ok(!isPlainSafe('a #b'));
    assert.ok(!isPlainSafe('1.5'));
    assert.ok(!isPlainSafe('null'));
    assert.ok(!isPlainSafe('*alias'));
  });
});

describe('removePairEdit / replacePairEdit', () => {
  it('removes a pair with its nested lines and trailing comment', () => {
    const text = 'inputs:\n  a: 1 # why\n  b:\n    c: 2\n  d: 3\n';
    const m = at(root(text), 'inputs') as YAMLMap;
    assert.equal(apply(text, removePairEdit(text, m, getPair(m, 'a') as Pair)), 'inputs:\n  b:\n    c: 2\n  d: 3\n');
    assert.equal(apply(text, removePairEdit(text, m, getPair(m, 'b') as Pair)), 'inputs:\n  a: 1 # why\n  d: 3\n');
  });
  it('moves the next pair up when removing the first pair of a sequence item', () => {
    const text = 'steps:\n  - a: 1\n    b: 2\n  - c: 3\n';
    const m = at(root(text), 'steps', 0) as YAMLMap;
    assert.equal(apply(text, removePairEdit(text, m, getPair(m, 'a') as Pair)), 'steps:\n  - b: 2\n  - c: 3\n');
    const only = at(root(text), 'steps', 1) as YAMLMap;
    assert.equal(removePairEdit(text, only, getPair(only, 'c') as Pair), undefined);
  });
  it('replaces a pair by several lines, also as the first key of an item', () => {
    const text = 'with:\n  creds: ${{ secrets.X }}\n  other: 1\n';
    const m = at(root(text), 'with') as YAMLMap;
    assert.equal(
      apply(text, replacePairEdit(text, m, getPair(m, 'creds') as Pair, 'a: 1\nb: 2')),
      'with:\n  a: 1\n  b: 2\n  other: 1\n',
    );
    const t2 = '- creds: x\n  y: 1';
    const d = parseYamlText(t2).documents[0]?.contents;
    assert.ok(isSeq(d));
    const item = d.items[0] as YAMLMap;
    assert.equal(apply(t2, replacePairEdit(t2, item, getPair(item, 'creds') as Pair, 'a: 1\nb: 2')), '- a: 1\n  b: 2\n  y: 1');
  });
});
