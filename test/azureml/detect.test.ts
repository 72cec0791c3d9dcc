import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisDocument } from '../../server/src/engine/document';
import { detectAzureML, kindFromSchemaUrl, modelineSchema } from '../../server/src/languages/azureml/detect';
import { AZUREML_KINDS, type AzureMLKind } from '../../server/src/languages/azureml/kinds';
import { firstDocumentValue } from '../../server/src/languages/azureml/model';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'azureml');

function valueOf(text: string): unknown {
  return firstDocumentValue(new AnalysisDocument('/x.yml', text, 'yaml'));
}

/** Extra keys a kind needs besides `$schema` (kinds sharing a schema file are told apart by content). */
const REFINE: Partial<Record<AzureMLKind, Record<string, unknown>>> = {
  hub: { kind: 'hub' },
  project: { kind: 'project' },
  monitorSchedule: { create_monitor: {} },
};

describe('detectAzureML by $schema', () => {
  const hosts = [
    'https://azuremlschemas.azureedge.net/latest/',
    'https://azuremlschemasprod.azureedge.net/latest/',
    'https://azuremlschemas.azureedge.net/development/',
    'https://azuremlschemas.azureedge.net/1.11.0/',
    'https://azuremlsdk2.blob.core.windows.net/preview/0.0.1/',
    'https://azuremlsdk2.blob.core.windows.net/latest/',
    'http://azureml/sdk-2-0/',
  ];
  for (const info of AZUREML_KINDS) {
    if (info.schemaFiles.length === 0) continue;
    it(`${info.id}: every schema file name on every host`, () => {
      for (const file of info.schemaFiles) {
        for (const host of hosts) {
          const url = info.group === 'promptflow' ? host.replace(/latest\/$|[^/]+\/$/, 'promptflow/latest/') + file : host + file;
          const det = detectAzureML('/w/x.yml', { $schema: url, ...(REFINE[info.id] ?? {}) });
          assert.deepEqual(det, { kind: info.id, by: 'schema' }, url);
        }
      }
    });
  }

  it('ignores query strings, fragments, surrounding space and case of the file name', () => {
    assert.equal(kindFromSchemaUrl(' https://azuremlschemas.azureedge.net/latest/managedonlineendpoint.schema.json?x=1#y '), 'managedOnlineEndpoint');
    assert.equal(kindFromSchemaUrl('http://azureml/sdk-2-0/PIPELINEJOB.json'), 'pipelineJob');
  });

  it('distinguishes the Azure ML flow asset from a prompt flow DAG', () => {
    assert.equal(kindFromSchemaUrl('https://azuremlschemas.azureedge.net/latest/flow.schema.json'), 'flow');
    assert.equal(kindFromSchemaUrl('https://azuremlschemas.azureedge.net/promptflow/latest/Flow.schema.json'), 'promptflowFlow');
    assert.equal(kindFromSchemaUrl('https://azuremlschemas.azureedge.net/promptflow/latest/CustomStrongTypeConnection.schema.json'), 'promptflowConnection');
  });

  it('does not take generic schema names from other hosts', () => {
    assert.equal(kindFromSchemaUrl('https://json.schemastore.org/github-workflow.json'), undefined);
    assert.equal(kindFromSchemaUrl('https://example.com/schemas/data.schema.json'), undefined);
    assert.equal(kindFromSchemaUrl('https://example.com/schemas/workspace.schema.json'), undefined);
    assert.equal(kindFromSchemaUrl('https://example.com/schemas/schedule.schema.json'), undefined);
    assert.equal(kindFromSchemaUrl('https://azuremlschemas.azureedge.net/latest/unknownThing.schema.json'), undefined);
    // distinctive names are still recognised on a mirror
    assert.equal(kindFromSchemaUrl('https://mirror.example.com/aml/managedOnlineDeployment.schema.json'), 'managedOnlineDeployment');
  });

  it('refines workspace and schedule files by content', () => {
    const ws = 'https://azuremlschemas.azureedge.net/latest/workspace.schema.json';
    assert.equal(detectAzureML('x.yml', { $schema: ws })?.kind, 'workspace');
    assert.equal(detectAzureML('x.yml', { $schema: ws, kind: 'Hub' })?.kind, 'hub');
    assert.equal(detectAzureML('x.yml', { $schema: ws, kind: 'project' })?.kind, 'project');
    assert.equal(detectAzureML('x.yml', { $schema: ws, kind: 'featurestore' })?.kind, 'featureStore');
    const sch = 'http://azureml/sdk-2-0/Schedule.json';
    assert.equal(detectAzureML('x.yml', { $schema: sch, create_job: './job.yml' })?.kind, 'schedule');
    assert.equal(detectAzureML('x.yml', { $schema: sch, create_monitor: {} })?.kind, 'monitorSchedule');
  });

  it('honours a yaml-language-server modeline when there is no $schema key', () => {
    const text = '# yaml-language-server: $schema=https://azuremlschemas.azureedge.net/latest/batchEndpoint.schema.json\nname: ep\n';
    assert.equal(modelineSchema(text), 'https://azuremlschemas.azureedge.net/latest/batchEndpoint.schema.json');
    assert.deepEqual(detectAzureML('/w/ep.yml', valueOf(text), text), { kind: 'batchEndpoint', by: 'schema' });
  });
});

describe('detectAzureML by content', () => {
  // Every valid fixture, with its $schema line removed, must still be recognised
  // (kinds whose content alone is ambiguous are listed with what they fall back to).
  const AMBIGUOUS: Partial<Record<AzureMLKind, AzureMLKind | undefined>> = {
    deploymentTemplate: 'managedOnlineDeployment', // instance_type/instance_count/environment read as a deployment
    flow: undefined, // name/path/type: chat — too generic to claim
    promptflowConnection: 'connection', // type: azure_open_ai + api_key reads as a workspace connection
  };
  for (const info of AZUREML_KINDS) {
    it(`${info.id}: recognised without $schema`, () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'valid', `${info.id}.yml`), 'utf8').replace(/^\$schema:.*\n/m, '');
      const det = detectAzureML('/w/file.yml', valueOf(text), text);
      const expected = Object.prototype.hasOwnProperty.call(AMBIGUOUS, info.id) ? AMBIGUOUS[info.id] : info.id;
      assert.equal(det?.kind, expected);
      if (det) assert.equal(det.by, 'content');
    });
  }

  it('tells jobs from components with the same type', () => {
    const d = (o: Record<string, unknown>) => detectAzureML('x.yml', o)?.kind;
    assert.equal(d({ type: 'command', command: 'echo', environment: 'azureml:e@latest', compute: 'azureml:c' }), 'commandJob');
    assert.equal(d({ type: 'command', command: 'echo', environment: 'azureml:e@latest', version: 1 }), 'commandComponent');
    assert.equal(d({ type: 'command', command: 'echo', inputs: { x: { type: 'integer', default: 1 } } }), 'commandComponent');
    assert.equal(d({ type: 'command', command: 'echo', inputs: { x: 1 } }), 'commandJob');
    assert.equal(d({ type: 'pipeline', jobs: {}, settings: { default_compute: 'x' } }), 'pipelineJob');
    assert.equal(d({ type: 'pipeline', jobs: {}, inputs: { x: { type: 'string' } } }), 'pipelineComponent');
    assert.equal(d({ command: 'echo', environment: 'azureml:e@latest' }), 'commandJob');
    assert.equal(d({ type: 'kubernetes', resource_id: '/subscriptions/x', namespace: 'ml' }), 'kubernetesCompute');
    assert.equal(d({ type: 'kubernetes', endpoint_name: 'ep', model: 'azureml:m:1' }), 'kubernetesOnlineDeployment');
    assert.equal(d({ type: 'azure_blob', account_name: 'a', container_name: 'c' }), 'azureBlob');
    assert.equal(d({ type: 'azure_blob', target: 'https://a.blob.core.windows.net/c' }), 'connection');
    assert.equal(d({ name: 'ep', auth_mode: 'aad_token' }), 'batchEndpoint');
    assert.equal(d({ name: 'ep', auth_mode: 'key' }), 'managedOnlineEndpoint');
    assert.equal(d({ name: 'ep', auth_mode: 'key', compute: 'azureml:k8s' }), 'kubernetesOnlineEndpoint');
  });
});

describe('detectAzureML negatives', () => {
  for (const file of fs.readdirSync(path.join(FIXTURES, 'negative'))) {
    it(`${file} is not Azure ML`, () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'negative', file), 'utf8');
      assert.equal(detectAzureML(`/w/${file}`, valueOf(text), text), undefined);
    });
  }

  it('files under .github are not Azure ML unless their $schema says so', () => {
    const job = { command: 'echo', environment: 'azureml:e@latest', compute: 'azureml:c' };
    assert.equal(detectAzureML('/repo/.github/workflows/job.yml', job), undefined);
    assert.equal(detectAzureML('C:\\repo\\.github\\job.yml', job), undefined);
    assert.equal(detectAzureML('/repo/jobs/job.yml', job)?.kind, 'commandJob');
  });

  it('never throws and rejects non-mapping roots', () => {
    for (const v of [undefined, null, 0, 'text', [], [{ $schema: 'x' }], { $schema: 42 }, { $schema: 'x'.repeat(100_000) }, {}]) {
      assert.equal(detectAzureML('/w/x.yml', v), undefined);
    }
    const big: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) big[`k${i}`] = i;
    assert.equal(detectAzureML('/w/x.yml', big), undefined);
    assert.equal(modelineSchema(`# yaml-language-server: $schema=${'a'.repeat(100_000)}`)?.length, 2048);
  });
});
