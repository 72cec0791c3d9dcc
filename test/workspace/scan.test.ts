import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanPaths } from '../../server/src/workspace/scan';
import { defaultRegistry } from '../../server/src/rules';

describe('scan', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-scan-'));
    fs.mkdirSync(path.join(root, 'infra'));
    fs.mkdirSync(path.join(root, 'ml'));
    fs.writeFileSync(path.join(root, 'infra', 'main.bicep'), "module st './storage.bicep' = {\n  name: 'st'\n}\n");
    fs.writeFileSync(path.join(root, 'infra', 'storage.bicep'), "resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'sa'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: { name: 'Standard_LRS' }\n  properties: { publicNetworkAccess: 'Enabled' }\n}\n");
    fs.writeFileSync(path.join(root, 'ml', 'job.yml'), '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: python train.py\nenvironment: azureml:env@latest\ncompute: azureml:cpu\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const registry = defaultRegistry();

  it('include keeps only the files it accepts among those found in folders', () => {
    const all = scanPaths([root], { registry, workspaceRoot: root });
    assert.deepEqual(all.files.map((f) => path.relative(root, f.path)).sort(), [path.join('infra', 'main.bicep'), path.join('infra', 'storage.bicep'), path.join('ml', 'job.yml')]);
    const bicep = scanPaths([root], { registry, workspaceRoot: root, include: (f) => f.endsWith('.bicep') });
    assert.deepEqual(bicep.files.map((f) => path.relative(root, f.path)).sort(), [path.join('infra', 'main.bicep'), path.join('infra', 'storage.bicep')]);
    const named = scanPaths([path.join(root, 'ml', 'job.yml')], { registry, workspaceRoot: root, include: (f) => f.endsWith('.bicep') });
    assert.equal(named.files.length, 1, 'an explicitly named file is always scanned');
  });

  it('a file read as a module target and then scanned is analysed from the same text, with the same findings as alone', () => {
    const together = scanPaths([root], { registry, workspaceRoot: root, include: (f) => f.endsWith('.bicep') });
    const alone = scanPaths([path.join(root, 'infra', 'storage.bicep')], { registry, workspaceRoot: root });
    const ids = (r: typeof alone, file: string) => (r.files.find((f) => f.path.endsWith(file))?.result.findings ?? []).map((f) => `${f.ruleId}@${f.span.start}`).sort();
    assert.ok(ids(alone, 'storage.bicep').includes(ids(alone, 'storage.bicep').find((x) => x.startsWith('stg-public-network')) ?? 'missing'));
    assert.deepEqual(ids(together, 'storage.bicep'), ids(alone, 'storage.bicep'));
  });

  it('drops parse trees after analysis but keeps text and positions', () => {
    const r = scanPaths([root], { registry, workspaceRoot: root });
    const doc = r.files[0]?.result.document;
    assert.ok(doc);
    assert.equal(doc.peek('bicep'), undefined);
    assert.equal(doc.positionAt(0).line, 0);
    assert.ok(doc.text.length > 0);
  });
});
