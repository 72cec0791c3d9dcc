import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisDocument } from '../../server/src/engine/document';
import { hoverAzureML } from '../../server/src/languages/azureml/hover';

function hover(textWithCursor: string): { contents: string; text: string } | undefined {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const h = hoverAzureML(new AnalysisDocument('/w/x.yml', text, 'yaml'), offset);
  return h ? { contents: h.contents, text: text.slice(h.span.start, h.span.end) } : undefined;
}

const EP = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\n';

describe('hoverAzureML', () => {
  it('describes a key: description, type, allowed values, default', () => {
    const h = hover(`${EP}name: ep\nauth_m|ode: key\n`);
    assert.equal(h?.text, 'auth_mode');
    assert.match(h?.contents ?? '', /^\*\*auth_mode\*\* — `string`/);
    assert.match(h?.contents ?? '', /Microsoft Entra ID/);
    assert.match(h?.contents ?? '', /Allowed values: `key`, `aml_token`, `aad_token`/);
    assert.match(h?.contents ?? '', /Default: `key`/);
  });

  it('describes the field of a hovered value', () => {
    const h = hover(`${EP}name: ep\nauth_mode: aa|d_token\n`);
    assert.equal(h?.text, 'aad_token');
    assert.match(h?.contents ?? '', /\*\*auth_mode\*\*/);
  });

  it('follows nesting, lists and the step type', () => {
    const ws = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\nname: w\nmanaged_network:\n  isolation_mode: allow_only_approved_outbound\n  outbound_rules:\n  - name: a\n    type: f|qdn\n';
    assert.match(hover(ws)?.contents ?? '', /Allowed values: `fqdn`, `service_tag`, `private_endpoint`/);
    const sweep = '$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\ntype: pipeline\njobs:\n  t:\n    type: sweep\n    early_termination:\n      ty|pe: bandit\n';
    assert.match(hover(sweep)?.contents ?? '', /`bandit`, `median_stopping`, `truncation_selection`/);
    const list = '$schema: https://azuremlschemas.azureedge.net/latest/sparkJob.schema.json\ntype: spark\nentry: {file: a.py}\npy_files:\n  - a|.zip\n';
    assert.match(hover(list)?.contents ?? '', /\*\*py_files\*\* — `list`/);
  });

  it('explains the $schema line', () => {
    const h = hover(`$sch|ema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep\n`);
    assert.equal(h?.text, '$schema');
    assert.match(h?.contents ?? '', /managed online endpoint/);
  });

  it('returns nothing for unknown keys, non Azure ML files and odd input', () => {
    assert.equal(hover(`${EP}name: ep\nfo|o: 1\n`), undefined);
    assert.equal(hover('name: env\ncha|nnels: [conda-forge]\n'), undefined);
    assert.equal(hover('|'), undefined);
    assert.equal(hover(`${EP}name: ${'x'.repeat(100_000)}|\n`)?.text.length, 100_000);
  });
});
