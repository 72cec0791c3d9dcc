import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ConfigResolver, effectiveConfig, loadConfigText, DEFAULT_LIMITS } from '../../server/src/engine/config';
import { defaultRegistry } from '../../server/src/rules';
import { analyzeText } from '../helpers/analyzeText';

describe('config file', () => {
  it('accepts a valid file', () => {
    const c = loadConfigText('/w/bulwark.config.json', JSON.stringify({ rules: { 'syntax-error': 'warning' }, exclude: ['gen/**'], allowlist: { secrets: ['FAKE-KEY'] } }), defaultRegistry());
    assert.deepEqual(c.problems, []);
  });

  it('reports unknown rule ids at the key, bad levels, and invalid JSON — never throws', () => {
    const text = '{\n  "rules": {\n    "no-such-rule": "error",\n    "syntax-error": "loud"\n  },\n  "colour": 1\n}\n';
    const c = loadConfigText('/w/bulwark.config.json', text, defaultRegistry());
    const messages = c.problems.map((p) => p.message).sort();
    assert.ok(messages.some((m) => m.includes("unknown rule id 'no-such-rule'")), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes("unknown setting 'colour'")), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('must be one of')), messages.join('\n'));
    const unknown = c.problems.find((p) => p.message.includes('no-such-rule'))!;
    assert.equal(text.slice(unknown.span.start, unknown.span.end), '"no-such-rule"');
    assert.deepEqual(c.config, {});
    for (const bad of ['{', '', 'null', '[1,2]', '{"rules": 5}', '\u0000\u0001', '{"a":'.repeat(1000)]) {
      const r = loadConfigText('/w/bulwark.config.json', bad, defaultRegistry());
      assert.ok(r.problems.length > 0, `expected problems for ${JSON.stringify(bad.slice(0, 20))}`);
      assert.deepEqual(r.config, {});
    }
  });

  it('an invalid config file is a diagnostic on the file itself', () => {
    const r = analyzeText('{ "rules": { "nope": "off" } }', { path: 'bulwark.config.json' });
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.message]), [['invalid-config', "unknown rule id 'nope'"]]);
  });

  it('an invalid config falls back to defaults', () => {
    const registry = defaultRegistry();
    const cfg = effectiveConfig({ registry, configFile: loadConfigText('/w/bulwark.config.json', '{"rules":{"syntax-error":"off","nope":1}}', registry) });
    assert.equal(cfg.level('syntax-error', 'error'), 'error');
  });

  it('finds the nearest config file walking up, caching per folder', () => {
    const files: Record<string, string> = {
      [path.resolve('/w/bulwark.config.json')]: '{"rules":{"syntax-error":"warning"}}',
      [path.resolve('/w/sub/deeper/bulwark.config.json')]: '{"rules":{"syntax-error":"info"}}',
    };
    let reads = 0;
    const resolver = new ConfigResolver({ readFile: (p) => (reads++, files[p]) }, defaultRegistry(), [path.resolve('/w')]);
    assert.equal(resolver.find(path.resolve('/w/sub/deeper/x/a.yml'))?.path, path.resolve('/w/sub/deeper/bulwark.config.json'));
    assert.equal(resolver.find(path.resolve('/w/sub/b.yml'))?.path, path.resolve('/w/bulwark.config.json'));
    const before = reads;
    resolver.find(path.resolve('/w/sub/c.yml'));
    assert.equal(reads, before, 'second lookup in the same folder is cached');
    assert.equal(new ConfigResolver({ readFile: () => undefined }, defaultRegistry()).find('/nowhere/a.yml'), undefined);
  });

  it('excludes are relative to the config file folder', () => {
    const cfg = effectiveConfig({ registry: defaultRegistry(), configFile: loadConfigText(path.resolve('/w/bulwark.config.json'), '{"exclude":["generated/**","*.min.json"]}', defaultRegistry()) });
    assert.equal(cfg.isExcluded(path.resolve('/w/generated/a.yml')), true);
    assert.equal(cfg.isExcluded(path.resolve('/w/src/x.min.json')), true);
    assert.equal(cfg.isExcluded(path.resolve('/w/src/a.yml')), false);
    assert.equal(cfg.isExcluded(path.resolve('/other/generated/a.yml')), false);
  });

  it('an untrusted workspace can lower limits but not raise them', () => {
    const file = loadConfigText('/w/bulwark.config.json', '{"limits":{"maxFileSizeKb":999999,"maxLineLength":100}}', defaultRegistry());
    const untrusted = effectiveConfig({ registry: defaultRegistry(), configFile: file, trusted: false });
    assert.equal(untrusted.limits.maxFileSizeKb, DEFAULT_LIMITS.maxFileSizeKb);
    assert.equal(untrusted.limits.maxLineLength, 100);
    const trusted = effectiveConfig({ registry: defaultRegistry(), configFile: file, trusted: true });
    assert.equal(trusted.limits.maxFileSizeKb, 999999);
  });
});
