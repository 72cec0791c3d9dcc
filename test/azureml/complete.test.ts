import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisDocument } from '../../server/src/engine/document';
import type { FileKind } from '../../server/src/engine/types';
import { completeAzureML, containerPath, type AzureMLCompletion } from '../../server/src/languages/azureml/complete';

/** `|` marks the cursor. */
function complete(textWithCursor: string, path = '/w/file.yml', kind: FileKind = 'yaml'): { items: AzureMLCompletion[]; text: string } {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  return { items: completeAzureML(new AnalysisDocument(path, text, kind), offset), text };
}
const labels = (r: { items: AzureMLCompletion[] }) => r.items.map((i) => i.label);

const EP = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\n';
const PIPE = '$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\ntype: pipeline\n';

describe('completeAzureML: keys', () => {
  it('offers the keys of the mapping at the cursor, without those already present', () => {
    const r = complete(`${EP}name: ep\n|\nauth_mode: key\n`);
    const l = labels(r);
    for (const k of ['description', 'tags', 'identity', 'traffic', 'public_network_access']) assert.ok(l.includes(k), k);
    assert.ok(!l.includes('name') && !l.includes('auth_mode') && !l.includes('$schema'));
    assert.ok(!l.includes('provisioning_state'), 'read-only fields are not offered');
    const pna = r.items.find((i) => i.label === 'public_network_access');
    assert.equal(pna?.kind, 'key');
    assert.equal(pna?.insertText, 'public_network_access: ');
    assert.match(pna?.documentation ?? '', /`enabled`, `disabled`/);
    assert.match(pna?.documentation ?? '', /Default: `enabled`/);
  });

  it('completes a key typed halfway and replaces the typed part', () => {
    const r = complete(`${EP}name: ep\nauth_m|\n`);
    const first = r.items[0];
    assert.equal(first?.label, 'auth_mode');
    assert.equal(r.text.slice(first?.replaceSpan?.start, first?.replaceSpan?.end), 'auth_m');
  });

  it('inserts a nested block for mapping-valued keys', () => {
    const r = complete(`${EP}name: ep\nident|`);
    assert.equal(r.items.find((i) => i.label === 'identity')?.insertText, 'identity:\n  ');
  });

  it('works on an empty line inside a nested mapping', () => {
    assert.deepEqual(labels(complete(`${EP}name: ep\nidentity:\n  |\n`)), ['type', 'user_assigned_identities']);
    assert.deepEqual(labels(complete(`${EP}name: ep\nidentity:\n  type: user_assigned\n  |`)), ['user_assigned_identities']);
  });

  it('follows sequences and the step type in pipelines', () => {
    const ws = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\nname: w\nmanaged_network:\n  outbound_rules:\n  - name: a\n    type: service_tag\n    destination:\n      |\n';
    assert.ok(labels(complete(ws)).includes('service_tag'));
    const sweep = labels(complete(`${PIPE}jobs:\n  tune:\n    type: sweep\n    |\n`));
    assert.ok(sweep.includes('search_space') && sweep.includes('objective'));
    assert.ok(!sweep.includes('mini_batch_size'));
    const parallel = labels(complete(`${PIPE}jobs:\n  score:\n    type: parallel\n    |\n`));
    assert.ok(parallel.includes('mini_batch_size') && !parallel.includes('search_space'));
    const item = labels(complete(`${PIPE}jobs:\n  a:\n    type: command\n    inputs:\n      data:\n        |\n`));
    assert.ok(item.includes('path') && item.includes('mode'));
  });

  it('offers keys after "- " in a list of mappings', () => {
    const ws = '$schema: https://azuremlschemas.azureedge.net/latest/registry.schema.json\nname: r\nreplication_locations:\n  - |\n';
    assert.ok(labels(complete(ws)).includes('location'));
  });

  it('computes the key route from indentation', () => {
    const text = 'a:\n  b:\n    - c: 1\n      d:\n        e: 2\n';
    const lineStart = (n: number) => text.split('\n').slice(0, n).join('\n').length + 1;
    assert.deepEqual(containerPath(text, lineStart(5), 8, false), ['a', 'b', 0, 'd']);
    assert.deepEqual(containerPath(text, lineStart(4), 6, false), ['a', 'b', 0]);
    assert.deepEqual(containerPath(text, lineStart(2), 2, false), ['a']);
  });
});

describe('completeAzureML: values', () => {
  it('offers enum values after "key: "', () => {
    const r = complete(`${EP}name: ep\nauth_mode: |\n`);
    assert.deepEqual(labels(r), ['key', 'aml_token', 'aad_token']);
    assert.ok(r.items.every((i) => i.kind === 'value'));
  });

  it('replaces a half-typed value and keeps quotes', () => {
    const r = complete(`${EP}name: ep\nauth_mode: aa|d\n`);
    assert.equal(r.items[0]?.label, 'aad_token');
    assert.equal(r.text.slice(r.items[0]?.replaceSpan?.start, r.items[0]?.replaceSpan?.end), 'aad');
    const q = complete(`${EP}name: ep\nauth_mode: "aa|"\n`);
    assert.equal(q.items[0]?.insertText, '"aad_token"');
  });

  it('offers type values and booleans', () => {
    assert.deepEqual(labels(complete('$schema: https://azuremlschemas.azureedge.net/latest/data.schema.json\nname: d\ntype: |\n')), ['uri_file', 'uri_folder', 'mltable']);
    assert.deepEqual(labels(complete('type: amlcompute\nname: c\nenable_node_public_ip: |\n')), ['true', 'false']);
    assert.deepEqual(labels(complete(`${PIPE}jobs:\n  a:\n    type: |\n`)), ['command', 'sweep', 'parallel', 'spark', 'pipeline', 'automl', 'data_transfer', 'import']);
  });

  it('offers nothing for free-text values or comments', () => {
    assert.deepEqual(labels(complete(`${EP}name: |\n`)), []);
    assert.deepEqual(labels(complete(`${EP}name: ep\n# auth_mode: |\n`)), []);
  });
});

describe('completeAzureML: $schema', () => {
  it('offers the canonical schema URL of every kind as the value of $schema', () => {
    const r = complete('$schema: |\n');
    assert.ok(labels(r).includes('https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json'));
    assert.ok(labels(r).includes('http://azureml/sdk-2-0/FeatureStore.json'));
    assert.ok(r.items.every((i) => i.kind === 'schema'));
  });

  it('puts the current kind first', () => {
    const r = complete('$schema: |\nname: ep\nauth_mode: key\ntraffic:\n  blue: 100\n');
    assert.equal(r.items[0]?.label, 'https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json');
  });

  it('offers whole $schema lines in an empty file, and the kind\'s own line in a file without one', () => {
    const empty = complete('|');
    assert.ok(empty.items.length >= 40);
    assert.equal(empty.items[0]?.insertText, '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json');
    const typed = complete('name: ep\nauth_mode: key\n|\n');
    assert.equal(typed.items[0]?.label, '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json');
  });

  it('stays quiet in YAML that is not Azure ML', () => {
    assert.deepEqual(labels(complete('name: env\nchannels: [conda-forge]\n|\n')), []);
    assert.deepEqual(labels(complete('on: push\njobs:\n  build:\n    |\n', '/w/.github/workflows/ci.yml', 'github-workflow')), []);
    assert.deepEqual(labels(complete('|', '/w/.github/workflows/new.yml')), []);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '|', `${'x'.repeat(100_000)}|`, `${EP}${' '.repeat(50_000)}|`, `a: [|`, `- |\n- b`, `\t|`, `${EP}name: ep\nidentity: {type: |}\n`]) {
      assert.ok(Array.isArray(complete(t.includes('|') ? t : `${t}|`).items));
    }
  });
});
