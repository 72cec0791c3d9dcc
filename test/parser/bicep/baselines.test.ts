/**
 * Baseline tests: every test/parser/bicep/cases/*.bicep(param) is parsed and its tree dump
 * compared with the neighbouring *.syntax.txt. Set UPDATE_BASELINES=1 to rewrite them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/languages/bicep/parser';
import { dumpTree } from '../../../server/src/languages/bicep/dump';

const dir = path.join(__dirname, 'cases');
const update = process.env.UPDATE_BASELINES === '1';
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.bicep') || f.endsWith('.bicepparam')).sort();

test('there are baseline cases', () => {
  assert.ok(cases.length >= 10);
});

for (const name of cases) {
  test(`baseline ${name}`, () => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const program = parse(text, { params: name.endsWith('.bicepparam') });
    const dump = dumpTree(program, text);
    const baselinePath = path.join(dir, `${name}.syntax.txt`);
    if (update || !fs.existsSync(baselinePath)) {
      fs.writeFileSync(baselinePath, dump);
      if (!update) assert.fail(`baseline ${name}.syntax.txt was missing and has been written; review it and re-run`);
      return;
    }
    const expected = fs.readFileSync(baselinePath, 'utf8');
    assert.equal(dump, expected, `tree of ${name} differs from its baseline (UPDATE_BASELINES=1 to accept)`);
    // valid cases must parse without errors; error-* cases must report at least one
    if (name.startsWith('error-')) assert.ok(program.errors.length > 0, 'expected syntax errors');
    else assert.deepEqual(program.errors.map((e) => e.message), []);
  });
}
