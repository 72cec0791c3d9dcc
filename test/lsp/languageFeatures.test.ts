/**
 * Completion and hover for Azure ML YAML, through the language server (schema-backed, offline).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspHarness } from './harness';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-protocol/node';

const URI = 'file:///virtual-ws/ml/endpoint.yml';
const endpoint = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: chat\nauth_mode: \n';

function labels(result: CompletionItem[] | CompletionList | null): string[] {
  if (!result) return [];
  return (Array.isArray(result) ? result : result.items).map((i) => i.label);
}

describe('language server: Azure ML completion and hover', () => {
  let h: LspHarness;
  before(async () => {
    h = new LspHarness();
    await h.initialize();
    await h.open(URI, endpoint);
  });
  after(() => h.dispose());

  it('completes enum values with the schema, after `auth_mode: `', async () => {
    const items = labels(await h.completion(URI, 2, 11));
    assert.deepEqual([...items].sort(), ['aad_token', 'aml_token', 'key']);
  });

  it('completes keys valid in the mapping, without the ones already present', async () => {
    await h.change(URI, undefined, endpoint + 'pub');
    const items = labels(await h.completion(URI, 3, 3));
    assert.ok(items.includes('public_network_access'), items.join(', '));
    assert.ok(!items.includes('name'), 'keys already present are not offered');
  });

  it('hovers a key with its description and allowed values', async () => {
    const hover = await h.hover(URI, 2, 3);
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /auth_mode/);
    assert.match(value, /aad_token/);
  });

  it('offers nothing in a YAML file that is not Azure ML', async () => {
    const other = 'file:///virtual-ws/conda.yml';
    await h.open(other, 'name: env\ndependencies:\n  - python=3.11\n');
    assert.deepEqual(labels(await h.completion(other, 0, 5)), []);
    assert.equal(await h.hover(other, 0, 1), null);
  });
});
