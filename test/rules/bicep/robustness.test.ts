/**
 * The Bicep rules of sections A (secrets) and B (Azure ML / AI Foundry) on hostile input: long
 * lines, deep nesting, half-typed text and many declarations. They must not throw (ruleErrors
 * stays empty) and must finish; messages must never carry a long literal.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../../../server/src/engine/rule';
import { analyzeText } from '../../helpers/analyzeText';

const DIR = path.join(__dirname, '..', '..', '..', 'server', 'src', 'rules', 'bicep');
const MINE = /^(aml-|ai-connection-|bicep-)[a-z0-9-]+\.ts$/;

function rules(): Rule[] {
  const out: Rule[] = [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const f of fs.readdirSync(DIR).filter((x) => MINE.test(x)).sort()) out.push((require(path.join(DIR, f)) as { default: Rule }).default);
  for (const f of ['amlEndpointKeyAuth', 'amlComputeNodePublicIp', 'amlComputeSshPublic', 'amlDatastoreCredentials']) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    out.push((require(path.join(DIR, 'parts', f)) as { default: Rule }).default);
  }
  return out;
}

const long = 'A'.repeat(100_000);
const INPUTS: Record<string, string> = {
  'long literal in a sensitive property': `resource s 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {\n  name: 'kv/x'\n  properties: {\n    value: '${long}'\n  }\n}\n`,
  'long secret-like param name': `param password${'x'.repeat(100_000)} string\noutput o string = 'core.windows.net${'.'.repeat(50_000)}'\n`,
  'long host-like string': `var u = '${'core.windows.net'.repeat(6000)}'\nvar v = '${'a.'.repeat(50_000)}vault.azure.net'\n`,
  'deeply nested properties': `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: ${'{ a: '.repeat(2000)}1${' }'.repeat(2000)}\n}\n`,
  'deep expression in a connection credential': `resource c 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01' = {\n  name: 'ws/c'\n  properties: {\n    authType: 'ApiKey'\n    credentials: {\n      key: ${'('.repeat(3000)}'k'${')'.repeat(3000)}\n    }\n  }\n}\n`,
  'half-typed resource': "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n    publicNetworkAccess: \n    managedNetwork: {\n      isolationMode: \n",
  'many params and outputs': Array.from({ length: 3000 }, (_, i) => `@secure()\nparam p${i} string = 'v${i}'\noutput o${i} string = p${i}\n`).join(''),
  'var cycle': "var a = b\nvar b = a\nresource s 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {\n  name: 'kv/x'\n  properties: {\n    value: a\n  }\n}\noutput o string = a\n",
  'self-referencing module': "module m './main.bicep' = {\n  name: 'm'\n  params: {\n    x: 'Enabled'\n  }\n}\n",
};

describe('Bicep rules (sections A and B) on hostile input', () => {
  const all = rules();
  for (const [name, code] of Object.entries(INPUTS)) {
    it(name, () => {
      const r = analyzeText(code, { path: 'main.bicep', rules: all, files: { 'main.bicep': code } });
      assert.deepEqual(r.ruleErrors, []);
      for (const f of r.findings) assert.ok(f.message.length < 1000, `${f.ruleId}: message too long`);
    });
  }
  it('a .bicepparam file pointing at a missing or hostile template', () => {
    const r = analyzeText(`using './missing.bicep'\nparam x = '${long}'\n`, { path: 'main.bicepparam', rules: all });
    assert.deepEqual(r.ruleErrors, []);
    const r2 = analyzeText("using './main.bicep'\nparam x = 'Enabled'\n", { path: 'p.bicepparam', rules: all, files: { 'main.bicep': INPUTS['deeply nested properties'] as string } });
    assert.deepEqual(r2.ruleErrors, []);
  });
});
