import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../helpers/analyzeText';

describe('secret detection regressions', () => {
  it('a key named like an Object.prototype member is not a secret name', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const r = analyzeText(`${key}: "aB3xY9kLmN0pQ7rSz"\n`, { path: 'a.yml' });
      assert.deepEqual(r.findings.map((f) => f.ruleId), [], key);
    }
  });
});
