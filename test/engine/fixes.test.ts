import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, minimalEdit } from '../../server/src/engine/fixes';
import { analyzeText } from '../helpers/analyzeText';
import { insecureValueRule } from '../helpers/testRules';

describe('fixes', () => {
  it('applies non-overlapping edits back to front and drops overlaps', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }]), 'AbcdEf');
    assert.equal(applyEdits('abcdef', [{ start: 0, end: 3, newText: 'X' }, { start: 2, end: 4, newText: 'Y' }]), 'Xdef');
    assert.equal(applyEdits('abc', [{ start: 1, end: 1, newText: '+' }]), 'a+bc');
    assert.equal(applyEdits('abc', [{ start: 5, end: 9, newText: '!' }]), 'abc', 'out-of-range edits are ignored');
  });

  it('fix-all converges and is idempotent', () => {
    const text = 'a: INSECURE\nb: [INSECURE, INSECURE]\nc: ok\n';
    const analyze = (t: string) => analyzeText(t, { rules: [insecureValueRule] }).findings;
    const once = fixAll(text, analyze);
    assert.equal(once.text, 'a: secure\nb: [secure, secure]\nc: ok\n');
    assert.equal(once.applied, 3);
    const twice = fixAll(once.text, analyze);
    assert.equal(twice.text, once.text);
    assert.equal(twice.applied, 0);
  });

  it('computes a minimal single edit', () => {
    assert.deepEqual(minimalEdit('hello world', 'hello brave world'), { start: 6, end: 6, newText: 'brave ' });
    assert.equal(minimalEdit('same', 'same'), undefined);
  });
});
