/**
 * Fixture corpus for the secret rules: every planted secret in test/fixtures/secrets/positives is
 * found by the right detector at the right place, in every file kind; nothing in negatives/ is.
 * Secrets are generated at test time from markers `@@<detector-id>:<generator>@@` (see README there).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import hardcodedSecret from '../../../server/src/rules/secrets/hardcoded-secret';
import hardcodedPassword from '../../../server/src/rules/secrets/hardcoded-password';
import { analyzeText } from '../../helpers/analyzeText';
import { FILE_KINDS, type Finding } from '../../../server/src/engine/types';
import { DETECTORS } from '../../../server/src/secrets';
import { B62, Fakes } from '../../secrets/fakes';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'secrets');

/** Virtual path per fixture (the engine classifies by path). */
const PATHS: Readonly<Record<string, string>> = {
  'github-workflow.yml': '.github/workflows/train.yml',
  'action.yml': 'action.yml',
  'azure-pipelines.yml': 'azure-pipelines.yml',
  'azureml-deployment.yml': 'deployment.yml',
  'azureml-job.yml': 'job.yml',
  'config.yaml': 'config/settings.yaml',
  'main.bicep': 'main.bicep',
  'main.bicepparam': 'main.bicepparam',
  'appsettings.json': 'appsettings.json',
  'azuredeploy.parameters.json': 'azuredeploy.parameters.json',
};

const EXPECTED_KINDS: Readonly<Record<string, string>> = {
  'github-workflow.yml': 'github-workflow',
  'action.yml': 'github-action',
  'azure-pipelines.yml': 'azure-pipelines',
  'azureml-deployment.yml': 'azureml',
  'azureml-job.yml': 'azureml',
  'config.yaml': 'yaml',
  'main.bicep': 'bicep',
  'main.bicepparam': 'bicepparam',
  'appsettings.json': 'json',
  'azuredeploy.parameters.json': 'json',
};

function generator(f: Fakes, name: string): string {
  switch (name) {
    case 'base64-88': return f.storageKey();
    case 'identifiable-storage': return f.identifiable64('+ASt');
    case 'identifiable-cosmos': return f.identifiable64('ACDb');
    case 'identifiable-servicebus': return f.identifiable32('+ASb');
    case 'identifiable-eventhubs': return f.identifiable32('+AEh');
    case 'search': return f.searchKey();
    case 'search-legacy': return f.searchLegacy();
    case 'acr': return f.acrKey();
    case 'cask-azdo': return f.cask('AZDO');
    case 'cask-acog-openai': return f.cask('ACOG', 'AAAB');
    case 'cask-other': return f.cask('AZMP');
    case 'shared-access-key': return f.sharedAccessKey();
    case 'sas': return `sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=${f.sasSignature()}`;
    case 'entra': return f.entraSecret();
    case 'entra7': return f.entraSecretV7();
    case 'entra-legacy': return f.chars(`${B62}.-_~`, 34);
    case 'hex32': return f.hex32();
    case 'ado-legacy': return f.adoLegacyPat();
    case 'ghp': case 'gho': case 'ghu': case 'ghs': case 'ghr': return f.githubToken(name);
    case 'github-pat': return f.githubFineGrained();
    case 'openai-legacy': return f.openai('');
    case 'openai-proj': return f.openai('proj');
    case 'openai-svcacct': return f.openai('svcacct');
    case 'openai-admin': return f.openai('admin');
    case 'anthropic': return f.anthropic('api03');
    case 'anthropic-admin': return f.anthropic('admin01');
    case 'hf': return f.huggingface();
    case 'hf-org': return f.huggingfaceOrg();
    case 'dapi': return f.databricks();
    case 'dapi-suffix': return f.databricks(true);
    case 'pem-rsa': return f.pem('RSA PRIVATE KEY');
    case 'pem-ec': return f.pem('EC PRIVATE KEY', '\n', 300);
    case 'pem-openssh': return f.pem('OPENSSH PRIVATE KEY');
    case 'jwt': return f.jwt();
    case 'password': return f.password(16);
    case 'token40': return f.chars(B62, 40);
    case 'basic-auth': return Buffer.from(`deploy:${f.password(14)}`).toString('base64');
    default: throw new Error(`unknown generator ${name}`);
  }
}

interface Planted {
  readonly detectorId: string;
  readonly start: number;
  /** The secret as written in the source (single-line secrets only). */
  readonly text: string | undefined;
}

/** Replace markers with generated secrets; multi-line values take the marker line's indentation. */
function plant(source: string, f: Fakes): { text: string; planted: Planted[] } {
  const planted: Planted[] = [];
  let out = '';
  let last = 0;
  const re = /@@([a-z0-9-]+):([a-z0-9-]+)@@/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    out += source.slice(last, m.index);
    const lineStart = source.lastIndexOf('\n', m.index - 1) + 1;
    const indent = /^[ \t]*/.exec(source.slice(lineStart, m.index))?.[0] ?? '';
    const value = generator(f, m[2] ?? '');
    const written = value.includes('\n') ? value.split('\n').join(`\n${indent}`) : value;
    planted.push({ detectorId: m[1] ?? '', start: out.length, text: value.includes('\n') ? undefined : value });
    out += written;
    last = m.index + m[0].length;
  }
  return { text: out + source.slice(last), planted };
}

function run(file: string, text: string): { kind: string; findings: Finding[] } {
  const result = analyzeText(text, { path: PATHS[file] ?? file, rules: [hardcodedSecret, hardcodedPassword] });
  assert.deepEqual(result.ruleErrors, []);
  assert.deepEqual(result.findings.filter((x) => x.ruleId === 'syntax-error').map((x) => x.message), [], 'fixture parses');
  return { kind: result.kind, findings: result.findings.filter((x) => x.ruleId !== 'syntax-error') };
}

const detectorNames = new Map(DETECTORS.map((d) => [d.id, d.name]));

describe('secret fixtures: positives', () => {
  const files = fs.readdirSync(path.join(DIR, 'positives')).sort();
  const coverage = new Set<string>();
  const kinds = new Set<string>();
  for (const file of files) {
    it(file, () => {
      const source = fs.readFileSync(path.join(DIR, 'positives', file), 'utf8');
      const { text, planted } = plant(source, new Fakes(file.length * 7919));
      assert.ok(planted.length > 0, 'a positive fixture plants at least one secret');
      const { kind, findings } = run(file, text);
      assert.equal(kind, EXPECTED_KINDS[file], 'file kind');
      kinds.add(kind);
      for (const p of planted) {
        const hit = findings.find((x) => x.span.start === p.start);
        assert.ok(hit, `no finding at ${p.detectorId} planted at line ${text.slice(0, p.start).split('\n').length}; findings: ${findings.map((x) => `${text.slice(0, x.span.start).split('\n').length}: ${x.message.slice(0, 60)}`).join(' | ')}`);
        if (p.text !== undefined) assert.equal(text.slice(hit.span.start, hit.span.end), p.text, `${p.detectorId}: highlighted text`);
        const expectedRule = DETECTORS.find((d) => d.id === p.detectorId)?.kind === 'generic' ? 'hardcoded-password' : 'hardcoded-secret';
        assert.equal(hit.ruleId, expectedRule, `${p.detectorId}: rule`);
        // the message names the detector (names may be more specific, e.g. "GitHub refresh token")
        const generic = detectorNames.get(p.detectorId) ?? '';
        if (!['github-token', 'openai-api-key', 'anthropic-api-key', 'huggingface-token', 'azure-openai-key', 'azure-service-bus-key', 'generic-password', 'generic-secret'].includes(p.detectorId)) {
          assert.ok(hit.message.startsWith(generic), `${p.detectorId}: message "${hit.message.slice(0, 80)}" should start with "${generic}"`);
        }
        // never the whole secret in a message, fix title or fix text
        if (p.text) {
          for (const t of [hit.message, ...hit.fixes.map((x) => x.title), ...hit.fixes.flatMap((x) => x.edits.map((e) => e.newText))]) {
            assert.ok(!t.includes(p.text.slice(0, Math.min(8, p.text.length))), `secret leaked into "${t.slice(0, 60)}"`);
          }
        }
        coverage.add(p.detectorId);
      }
      assert.equal(findings.length, planted.length, `unexpected extra findings: ${findings.filter((x) => !planted.some((p) => p.start === x.span.start)).map((x) => x.message.slice(0, 70)).join(' | ')}`);
    });
  }

  it('cover every detector and every file kind', () => {
    assert.deepEqual(DETECTORS.map((d) => d.id).filter((id) => !coverage.has(id)), []);
    assert.deepEqual(FILE_KINDS.filter((k) => !kinds.has(k)), []);
  });
});

describe('secret fixtures: negatives', () => {
  for (const file of fs.readdirSync(path.join(DIR, 'negatives')).sort()) {
    it(file, () => {
      const text = fs.readFileSync(path.join(DIR, 'negatives', file), 'utf8');
      assert.ok(!text.includes('@@'), 'negatives plant nothing');
      const { kind, findings } = run(file, text);
      assert.equal(kind, EXPECTED_KINDS[file], 'file kind');
      assert.deepEqual(findings.map((x) => `${text.slice(0, x.span.start).split('\n').length}: ${x.message}`), []);
    });
  }
});
