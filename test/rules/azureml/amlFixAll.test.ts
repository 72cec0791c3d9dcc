/**
 * Fix-all over realistic insecure Azure ML files (test/fixtures/azureml-rules/<name>.yml):
 * applying every safe fix of every rule, to a fixed point, gives <name>.fixed.yml exactly;
 * the result still parses and matches its schema, and only findings without a safe fix remain.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll, safeFixOf } from '../../../server/src/engine/fixes';
import { analyzeText } from '../../helpers/analyzeText';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'azureml-rules');
const amlOnly = (id: string) => id.startsWith('aml-') || id === 'azureml-schema' || id === 'syntax-error';

describe('aml-* safe fixes (fix-all)', () => {
  const inputs = fs.readdirSync(DIR).filter((f) => f.endsWith('.yml') && !f.endsWith('.fixed.yml'));
  assert.ok(inputs.length >= 5);
  for (const file of inputs) {
    it(file, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const expected = fs.readFileSync(path.join(DIR, file.replace(/\.yml$/, '.fixed.yml')), 'utf8');
      const run = (t: string) => analyzeText(t, { path: file }).findings.filter((f) => amlOnly(f.ruleId));
      const before = run(text);
      assert.ok(before.some((f) => safeFixOf(f)), 'the fixture has something to fix');
      const result = fixAll(text, run);
      assert.equal(result.text, expected);
      const after = run(result.text);
      assert.deepEqual(after.filter((f) => f.ruleId === 'syntax-error' || f.ruleId === 'azureml-schema').map((f) => f.message), []);
      assert.deepEqual(after.filter((f) => safeFixOf(f)).map((f) => f.ruleId), [], 'no safe fix left');
    });
  }
});
