import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../helpers/analyzeText';
import { insecureValueRule } from '../helpers/testRules';

const rules = [insecureValueRule];
const count = (text: string, path = 'a.yml') => analyzeText(text, { rules, path }).findings.filter((f) => f.ruleId === 'test-insecure-value').length;

describe('suppressions', () => {
  it('YAML: bulwark-disable-next-line by id', () => {
    assert.equal(count('# bulwark-disable-next-line test-insecure-value\nmode: INSECURE\nother: INSECURE\n'), 1);
  });
  it('YAML: stacked comments and a reason', () => {
    assert.equal(count('# bulwark-disable-next-line other-rule\n# bulwark-disable-next-line test-insecure-value -- fixture\nmode: INSECURE\n'), 0);
  });
  it('YAML: another id does not suppress', () => {
    assert.equal(count('# bulwark-disable-next-line some-other-rule\nmode: INSECURE\n'), 1);
  });
  it('YAML: trailing bulwark-disable-line', () => {
    assert.equal(count('mode: INSECURE # bulwark-disable-line test-insecure-value\n'), 0);
  });
  it('YAML: comma-separated ids and indentation', () => {
    assert.equal(count('a:\n  # bulwark-disable-next-line x, test-insecure-value\n  mode: INSECURE\n'), 0);
  });
  it('YAML: a suppression comment does not reach past the next line', () => {
    assert.equal(count('# bulwark-disable-next-line test-insecure-value\na: 1\nmode: INSECURE\n'), 1);
  });
  it('YAML: bulwark-disable-block covers a whole job or step, and nothing after it', () => {
    const text = [
      'jobs:',
      '  # bulwark-disable-block test-insecure-value -- legacy job',
      '  build:',
      '    mode: INSECURE',
      '    steps:',
      '    - run: INSECURE',
      '',
      '      # a comment',
      '    - with: { a: INSECURE }',
      '  deploy:',
      '    mode: INSECURE',
      '',
    ].join('\n');
    assert.equal(count(text), 1);
    const step = 'steps:\n  # bulwark-disable-block test-insecure-value\n  - run: INSECURE\n    env: { A: INSECURE }\n  - run: INSECURE\n';
    assert.equal(count(step), 1);
  });
  it('JSON with comments: // bulwark-disable-next-line', () => {
    assert.equal(count('{\n  // bulwark-disable-next-line test-insecure-value\n  "mode": "INSECURE"\n}\n', 'settings.json'), 0);
  });
  it('Bicep: #disable-next-line and #disable-diagnostics ranges', () => {
    const next = "#disable-next-line test-insecure-value\nvar a = 'INSECURE'\nvar b = 'INSECURE'\n";
    assert.equal(count(next, 'main.bicep'), 1);
    const range = "#disable-diagnostics test-insecure-value\nvar a = 'INSECURE'\nvar b = 'INSECURE'\n#restore-diagnostics test-insecure-value\nvar c = 'INSECURE'\n";
    assert.equal(count(range, 'main.bicep'), 1);
  });
});
