import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../helpers/analyzeText';
import { insecureValueRule, throwingRule } from '../helpers/testRules';
import { analyze } from '../../server/src/engine/analyze';
import { effectiveConfig } from '../../server/src/engine/config';
import { RuleRegistry } from '../../server/src/engine/registry';
import { allRules } from '../../server/src/rules';
import { defineRule, fromOptions } from '../../server/src/engine/rule';
import { AnalysisDocument } from '../../server/src/engine/document';

const rules = [insecureValueRule];

describe('analyze', () => {
  it('reports findings with offsets, severity, category, message and fixes', () => {
    const text = 'a: 1\nmode: INSECURE\n';
    const r = analyzeText(text, { rules });
    const f = r.findings.filter((x) => x.ruleId === 'test-insecure-value');
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0]!.span.start, f[0]!.span.end), 'INSECURE');
    assert.equal(f[0]!.severity, 'warning');
    assert.equal(f[0]!.category, 'governance');
    assert.equal(f[0]!.message, 'Value of mode is insecure.');
    assert.equal(f[0]!.fixes[0]!.safety, 'safe');
  });

  it('applies configured levels: off removes, error upgrades', () => {
    const text = 'mode: INSECURE\n';
    assert.equal(analyzeText(text, { rules, config: { rules: { 'test-insecure-value': 'off' } } }).findings.length, 0);
    const up = analyzeText(text, { rules, config: { rules: { 'test-insecure-value': 'error' } } }).findings;
    assert.equal(up[0]!.severity, 'error');
  });

  it('editor settings override the project config', () => {
    const r = analyzeText('mode: INSECURE\n', { rules, config: { rules: { 'test-insecure-value': 'off' } }, editor: { rules: { 'test-insecure-value': 'info' } } });
    assert.equal(r.findings[0]?.severity, 'info');
  });

  it('survives a rule that throws and reports it as a rule error, not a finding', () => {
    const r = analyzeText('mode: INSECURE\n', { rules: [throwingRule, insecureValueRule] });
    assert.equal(r.ruleErrors.length, 1);
    assert.equal(r.ruleErrors[0]!.ruleId, 'test-throwing');
    assert.equal(r.findings.filter((f) => f.ruleId === 'test-insecure-value').length, 1);
  });

  it('reports YAML syntax errors as syntax-error findings and keeps analysing', () => {
    const r = analyzeText('a: [1, 2\nmode: INSECURE\nb: "unclosed\n', { rules });
    assert.ok(r.findings.some((f) => f.ruleId === 'syntax-error' && f.category === 'syntax'));
  });

  it('skips binary files and oversized files with an informational finding', () => {
    const bin = analyzeText('a: b\u0000c\n', { rules });
    assert.equal(bin.findings.length, 1);
    assert.equal(bin.findings[0]!.ruleId, 'analysis-skipped');
    assert.match(bin.findings[0]!.message, /binary/);
    const big = analyzeText('a: b\n'.repeat(300), { rules, config: { limits: { maxFileSizeKb: 1 } } });
    assert.equal(big.findings[0]?.ruleId, 'analysis-skipped');
    assert.match(big.findings[0]!.message, /maxFileSizeKb/);
    const long = analyzeText('a: ' + 'x'.repeat(500) + '\n', { rules, config: { limits: { maxLineLength: 100 } } });
    assert.match(long.findings[0]!.message, /maxLineLength/);
  });

  it('honours cancellation: a cancelled analysis returns no findings and says so', () => {
    const registry = new RuleRegistry([...allRules, insecureValueRule]);
    const config = effectiveConfig({ registry, configFile: undefined });
    const text = Array.from({ length: 5000 }, (_, i) => `k${i}: INSECURE`).join('\n');
    const r = analyze({ path: '/w/a.yml', text }, { registry, config, token: { isCancellationRequested: true } });
    assert.equal(r.cancelled, true);
    assert.equal(r.findings.length, 0);
  });

  it('dispatches JSON string values with their keys', () => {
    const r = analyzeText('{ "a": { "mode": "INSECURE" }, "list": ["INSECURE"] }', { rules, path: 'settings.json' });
    assert.deepEqual(
      r.findings.map((f) => f.message),
      ['Value of mode is insecure.', 'Value of list is insecure.'],
    );
  });

  it('classifies files by path and content', () => {
    assert.equal(analyzeText('on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps: []\n', { path: '.github/workflows/x.yml' }).kind, 'github-workflow');
    assert.equal(analyzeText('on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps: []\n', { path: 'ci/build.yml' }).kind, 'github-workflow');
    assert.equal(analyzeText('trigger: [main]\npool: { vmImage: ubuntu-latest }\nsteps:\n  - script: echo hi\n', { path: 'build.yml' }).kind, 'azure-pipelines');
    assert.equal(analyzeText('steps:\n  - task: AzureCLI@2\n    inputs: {}\n', { path: 'templates/steps.yml' }).kind, 'azure-pipelines');
    assert.equal(analyzeText('name: env\nchannels: [conda-forge]\ndependencies: [python=3.10]\n', { path: 'conda.yml' }).kind, 'yaml');
    assert.equal(analyzeText('{}', { path: 'x.json' }).kind, 'json');
    assert.equal(analyzeText('param a string', { path: 'main.bicep' }).kind, 'bicep');
    assert.equal(analyzeText("using 'main.bicep'", { path: 'main.bicepparam' }).kind, 'bicepparam');
  });
});

describe('rules that say they are not relevant', () => {
  const probe = (relevant: (doc: { text: string }) => boolean) => {
    let created = 0;
    const rule = defineRule({
      meta: { id: 'probe-rule', description: 'Probe.', category: 'governance', severity: 'warning', confidence: 'high', appliesTo: ['bicep'], fixable: false, messages: { m: 'seen' } },
      relevant,
      create(context) {
        created++;
        return { documentEnd: () => context.report({ span: { start: 0, end: 1 }, messageId: 'm' }) };
      },
    });
    const registry = new RuleRegistry([rule]);
    const config = effectiveConfig({ registry, configFile: undefined });
    const run = (text: string) => analyze({ path: '/w/main.bicep', text }, { registry, config });
    return { run, created: () => created };
  };

  it('are not created for that document, and report nothing there', () => {
    const p = probe((doc) => doc.text.includes('resource'));
    assert.equal(p.run('param a string\n').findings.length, 0);
    assert.equal(p.created(), 0);
    assert.equal(p.run("resource x 'A/b@2024-01-01' = {\n  name: 'x'\n}\n").findings.length, 1);
    assert.equal(p.created(), 1);
  });

  it('a throwing relevance test counts as relevant and is logged', () => {
    const p = probe(() => {
      throw new Error('boom');
    });
    const r = p.run('param a string\n');
    assert.equal(r.findings.length, 1);
    assert.match(r.ruleErrors[0]?.message ?? '', /relevant: .*boom/);
  });

  it('property rules skip files without a resource of their types but still see local modules and AVM modules', () => {
    const rule = allRules.find((x) => x.meta.id === 'stg-public-network');
    assert.ok(rule?.relevant);
    const files: Record<string, string> = {
      '/w/st.bicep': "resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'sa'\n}\n",
      '/w/kv.bicep': "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: 'kv'\n}\n",
    };
    const host = { readFile: (p: string) => files[p] };
    const doc = (text: string) => new AnalysisDocument('/w/main.bicep', text, 'bicep', host);
    assert.equal(rule.relevant(doc("resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: 'kv'\n}\n")), false);
    assert.equal(rule.relevant(doc("resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'sa'\n}\n")), true);
    assert.equal(rule.relevant(doc("module m './st.bicep' = {\n  name: 'm'\n}\n")), true, 'a local module with a storage account');
    assert.equal(rule.relevant(doc("module m './kv.bicep' = {\n  name: 'm'\n}\n")), false, 'a local module without one');
    assert.equal(rule.relevant(doc("module m 'br/public:avm/res/storage/storage-account:0.9.0' = {\n  name: 'm'\n}\n")), true);
  });
});

describe('fromOptions', () => {
  it('builds once per options object and key', () => {
    const options = Object.freeze({ a: 1 });
    let built = 0;
    const make = () => ++built;
    assert.equal(fromOptions(options, 'k', make), 1);
    assert.equal(fromOptions(options, 'k', make), 1);
    assert.equal(fromOptions(options, 'other', make), 2);
    assert.equal(fromOptions(Object.freeze({ a: 1 }), 'k', make), 3);
  });
});
