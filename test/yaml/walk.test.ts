/**
 * The full-parse walker's events carry their key route as links (the `path` array is built
 * on first read): the routes must be the arrays the walk describes, for every fixture.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { StringScalar } from '../../server/src/engine/hooks';
import { parseYamlText } from '../../server/src/languages/yaml/parse';
import { pathArray, pathLink, walkYamlScalars } from '../../server/src/languages/yaml/walk';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'yaml', 'scanner');

/** Walk order and routes as plain arrays: `[value, key, path, isKey]` per string scalar. */
function reference(text: string): [string, string | undefined, (string | number)[], boolean][] {
  const out: [string, string | undefined, (string | number)[], boolean][] = [];
  for (const doc of parseYamlText(text).documents) {
    const stack: { node: Node | null; key: string | undefined; path: (string | number)[] }[] = [{ node: doc.contents as Node | null, key: undefined, path: [] }];
    for (let frame = stack.pop(); frame; frame = stack.pop()) {
      const node = frame.node;
      if (!node || isAlias(node)) continue;
      if (isScalar(node)) {
        if (typeof node.value === 'string') out.push([node.value, frame.key, frame.path, false]);
      } else if (isMap(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) {
          const item = node.items[i];
          if (!isPair(item)) continue;
          const k = item.key as Node | null;
          let name: string | undefined;
          if (isScalar(k)) {
            name = k.value === null || k.value === undefined ? undefined : String(k.value);
            if (typeof k.value === 'string' && (k.type === 'QUOTE_DOUBLE' || k.type === 'QUOTE_SINGLE')) out.push([k.value, frame.key, frame.path, true]);
          }
          stack.push({ node: item.value as Node | null, key: name ?? frame.key, path: [...frame.path, name ?? '?'] });
        }
      } else if (isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] as Node | null, key: frame.key, path: [...frame.path, i] });
      }
    }
  }
  return out;
}

function walked(text: string): StringScalar[] {
  const out: StringScalar[] = [];
  walkYamlScalars(text, parseYamlText(text), (hook, payload) => {
    if (hook === 'stringScalar') out.push(payload as StringScalar);
  }, () => false);
  return out;
}

describe('walkYamlScalars', () => {
  const texts = fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  texts.push('a:\n  - b: [x, "y", {"q": z}]\n  - - deep\n    - "er"\n"k": v\n? [c]\n: d\n', '---\nx: 1\n---\n- a\n- b: c\n');

  it('emits the routes of the walk, as arrays', () => {
    let compared = 0;
    for (const text of texts) {
      const got = walked(text).map((s) => [s.value, s.key, s.path, s.isKey]);
      assert.deepEqual(got, reference(text));
      compared += got.length;
    }
    assert.ok(compared > 100, `only ${compared} scalars compared`);
  });

  it('builds a path once and keeps it', () => {
    const [s] = walked('a:\n  b: [x]\n');
    assert.ok(s);
    assert.ok(Array.isArray(s.path));
    assert.equal(s.path, s.path);
    assert.deepEqual(s.path, ['a', 'b', 0]);
  });
});

describe('pathArray', () => {
  it('reads a route root first and cuts it at a depth', () => {
    let link = pathLink(undefined, 'a');
    link = pathLink(link, 0);
    link = pathLink(link, 'b');
    assert.deepEqual(pathArray(link), ['a', 0, 'b']);
    assert.deepEqual(pathArray(link, 2), ['a', 0]);
    assert.deepEqual(pathArray(undefined), []);
  });
});
