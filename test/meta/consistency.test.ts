/**
 * Consistency is tested, not reviewed: registry ↔ rule files ↔ docs ↔ config schema ↔
 * package.json ↔ settings interface ↔ tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/rules';
import { CATEGORIES, FILE_KINDS } from '../../server/src/engine/types';
import { SETTING_KEYS } from '../../server/src/lsp/settings';
import { renderConfigSchema, renderPackageJson } from '../../scripts/generate';

const ROOT = path.join(__dirname, '..', '..');
const RULES_DIR = path.join(ROOT, 'server', 'src', 'rules');

function ruleFiles(): string[] {
  const out: string[] = [];
  for (const sub of fs.readdirSync(RULES_DIR)) {
    const dir = path.join(RULES_DIR, sub);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.ts') && /^[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(f)) out.push(path.join(sub, f));
  }
  return out.sort();
}

describe('rule registry', () => {
  it('lists every rule file exactly once, sorted by id', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.deepEqual(ids, [...ids].sort(), 'server/src/rules/index.ts must list rules alphabetically by id');
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    const fileIds = ruleFiles().map((f) => path.basename(f, '.ts')).sort();
    assert.deepEqual([...ids].sort(), fileIds, 'every rule file must be registered, and every registered rule must have its own file named after its id');
  });

  it('metadata follows the conventions', () => {
    for (const { meta } of allRules) {
      assert.match(meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, meta.id);
      assert.ok(meta.id.length <= 48, `${meta.id} is too long`);
      assert.match(meta.description, /^[A-Z].*\.$/, `${meta.id}: description starts with a capital and ends with a period`);
      assert.match(meta.description, /\bshould\b/, `${meta.id}: description uses "should"`);
      assert.ok(CATEGORIES.includes(meta.category), `${meta.id}: category`);
      assert.ok(meta.appliesTo.length > 0 && meta.appliesTo.every((k) => FILE_KINDS.includes(k)), `${meta.id}: appliesTo`);
      for (const [id, text] of Object.entries(meta.messages as Record<string, string>)) {
        assert.match(id, /^[a-z][a-zA-Z0-9]*$/, `${meta.id}: message id ${id} is camelCase`);
        assert.ok(text.length > 0, `${meta.id}: message ${id} is empty`);
      }
    }
  });

  it('every product rule has a test file named after it', () => {
    for (const f of ruleFiles()) {
      if (f.startsWith('core' + path.sep)) continue;
      const id = path.basename(f, '.ts');
      const test = path.join(ROOT, 'test', 'rules', path.dirname(f), `${id}.test.ts`);
      assert.ok(fs.existsSync(test), `missing ${path.relative(ROOT, test)}`);
    }
  });
});

describe('docs', () => {
  it('every rule has docs/rules/<id>.md whose front matter matches the metadata, and no page is orphaned', () => {
    const docsDir = path.join(ROOT, 'docs', 'rules');
    const pages = fs.readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(pages, allRules.map((r) => r.meta.id).sort());
    for (const { meta } of allRules) {
      const text = fs.readFileSync(path.join(docsDir, `${meta.id}.md`), 'utf8');
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      assert.ok(fm, `${meta.id}.md has front matter`);
      const desc = /^description:\s*(.*)$/m.exec(fm[1] ?? '')?.[1]?.replace(/^['"]|['"]$/g, '');
      assert.equal(desc, meta.description, `${meta.id}.md front matter description`);
      assert.match(text, new RegExp(`^# ${meta.id}$`, 'm'), `${meta.id}.md title`);
      assert.match(text, /^## How to suppress/m, `${meta.id}.md has a "How to suppress" section`);
    }
  });
});

describe('generated artefacts', () => {
  it('schemas/bulwark-config.schema.json is up to date (npm run generate)', () => {
    assert.equal(fs.readFileSync(path.join(ROOT, 'schemas', 'bulwark-config.schema.json'), 'utf8'), renderConfigSchema());
  });
  it('package.json bulwark.rules is up to date (npm run generate)', () => {
    const current = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    assert.equal(current, renderPackageJson(current));
  });
});

describe('package.json manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  it('contributed settings match the server settings interface', () => {
    const keys = Object.keys(pkg.contributes.configuration.properties).map((k: string) => k.replace(/^bulwark\./, '')).sort();
    assert.deepEqual(keys, [...SETTING_KEYS].sort());
    for (const [k, v] of Object.entries(pkg.contributes.configuration.properties as Record<string, { description?: string; scope?: string }>)) {
      assert.ok(v.description, `${k} has a description`);
      assert.ok(v.scope, `${k} has a scope`);
    }
  });
  it('every contributed command is registered by the client', () => {
    const client = fs.readdirSync(path.join(ROOT, 'client', 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    const source = client.map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');
    for (const c of pkg.contributes.commands as { command: string }[]) assert.ok(source.includes(`'${c.command}'`), `${c.command} is registered`);
  });
  it('every file the manifest references exists', () => {
    const refs: string[] = [pkg.icon, ...pkg.contributes.languages.map((l: { configuration: string }) => l.configuration), ...pkg.contributes.jsonValidation.map((j: { url: string }) => j.url), ...pkg.contributes.snippets.map((s: { path: string }) => s.path)];
    for (const r of refs) assert.ok(fs.existsSync(path.join(ROOT, r)), `${r} exists`);
    assert.equal(pkg.main, './out/client.js');
    assert.deepEqual(pkg.bin, { bulwark: 'out/cli.js', 'bulwark-language-server': 'out/server.js' });
    assert.equal(pkg.engines.vscode, '^1.100.0');
  });
  it('activates only for what it serves', () => {
    const langs = new Set(pkg.contributes.languages.map((l: { id: string }) => l.id));
    assert.ok(langs.has('bicep') && langs.has('bicep-params'));
    for (const e of pkg.activationEvents as string[]) assert.match(e, /^(onLanguage:|workspaceContains:|onCommand:)/);
  });
});

describe('rule tests and docs stay current with the metadata', () => {
  const testSources = new Map<string, string>();
  for (const sub of fs.readdirSync(path.join(ROOT, 'test', 'rules'))) {
    const dir = path.join(ROOT, 'test', 'rules', sub);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.test.ts')) testSources.set(f.slice(0, -'.test.ts'.length), fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  for (const { meta } of allRules) {
    it(`${meta.id}: docs table states the default severity; tests have flagged and clean cases, and fixed output when fixable`, () => {
      const docTable = fs
        .readFileSync(path.join(ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .slice(0, 3)
        .join(' ');
      assert.match(docTable, new RegExp(`\\b${meta.severity}\\b`, 'i'), 'the docs table shows the default severity');
      if (['syntax-error', 'invalid-config', 'analysis-skipped'].includes(meta.id)) return; // engine-reported: test/engine
      const source = testSources.get(meta.id) ?? '';
      assert.match(source, /(^|[^n])valid\s*:/, 'a clean (valid) case');
      assert.match(source, /invalid\s*:/, 'a flagged (invalid) case');
      if (meta.fixable) assert.match(source, /output\s*:/, 'a fixable rule pins its fixed output');
    });
  }
});
