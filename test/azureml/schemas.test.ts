/**
 * Every kind has a valid and an invalid fixture (test/fixtures/azureml/{valid,invalid}/<kind>.yml):
 * the valid one must be classified as its kind and validate cleanly; the invalid one must
 * produce exactly the problems listed in its `# expect:` header lines.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisDocument } from '../../server/src/engine/document';
import { detectAzureML } from '../../server/src/languages/azureml/detect';
import { AZUREML_KINDS } from '../../server/src/languages/azureml/kinds';
import { firstDocumentValue } from '../../server/src/languages/azureml/model';
import { COMMON_SCHEMA, KIND_SCHEMAS } from '../../server/src/languages/azureml/schemas';
import { validateAzureML, validateValue } from '../../server/src/languages/azureml/validate';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'azureml');

function load(file: string): AnalysisDocument {
  return new AnalysisDocument(file, fs.readFileSync(file, 'utf8'), 'yaml');
}

describe('azureml schemas: one valid and one invalid fixture per kind', () => {
  for (const info of AZUREML_KINDS) {
    it(`${info.id}: valid fixture is classified and passes`, () => {
      const file = path.join(FIXTURES, 'valid', `${info.id}.yml`);
      const doc = load(file);
      const det = detectAzureML(file, firstDocumentValue(doc), doc.text);
      assert.equal(det?.kind, info.id);
      assert.deepEqual(validateAzureML(doc, info.id).map((p) => p.message), []);
    });
    it(`${info.id}: invalid fixture reports the expected problems`, () => {
      const file = path.join(FIXTURES, 'invalid', `${info.id}.yml`);
      const doc = load(file);
      const expected = [...doc.text.matchAll(/^# expect: (.+)$/gm)].map((m) => m[1] ?? '');
      assert.ok(expected.length > 0, 'fixture lists its expected problems');
      const det = detectAzureML(file, firstDocumentValue(doc), doc.text);
      assert.equal(det?.kind, info.id);
      const messages = validateAzureML(doc, info.id).map((p) => p.message);
      assert.equal(messages.length, expected.length, `got: ${JSON.stringify(messages)}`);
      for (const e of expected) assert.ok(messages.some((m) => m.includes(e)), `expected a problem containing "${e}" in ${JSON.stringify(messages)}`);
    });
  }

  it('every kind has a schema file with a $id, a title and a description on every property', () => {
    const missing: string[] = [];
    const walk = (s: unknown, where: string): void => {
      if (!s || typeof s !== 'object') return;
      if (Array.isArray(s)) return s.forEach((x, i) => walk(x, `${where}[${i}]`));
      const o = s as Record<string, unknown>;
      const defs = o['definitions'];
      if (defs && typeof defs === 'object') {
        for (const [k, v] of Object.entries(defs as Record<string, unknown>)) walk(v, `${where}#${k}`);
        return;
      }
      const props = o['properties'];
      if (props && typeof props === 'object') {
        for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
          const d = (v as Record<string, unknown>)['description'];
          if (typeof d !== 'string' || d.length === 0) missing.push(`${where}.${k}`);
          walk(v, `${where}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'properties' && k !== 'if') walk(v, `${where}/${k}`);
    };
    for (const info of AZUREML_KINDS) {
      const s = KIND_SCHEMAS[info.id];
      assert.ok(s, `schema for ${info.id}`);
      assert.equal(typeof s['$id'], 'string');
      assert.equal(typeof s['title'], 'string');
      walk(s, info.id);
    }
    walk(COMMON_SCHEMA, 'common');
    assert.deepEqual(missing, []);
  });

  it('enums are case-insensitive, scalars may be quoted, bindings go anywhere', () => {
    const v = (value: unknown) => validateValue('managedOnlineDeployment', value).map((e) => e.keyword);
    assert.deepEqual(v({ name: 'b', egress_public_network_access: 'DISABLED', instance_count: '2', app_insights_enabled: 'True' }), []);
    assert.deepEqual(v({ name: 'b', instance_count: '${{parent.inputs.n}}', egress_public_network_access: '${{x}}' }), []);
    assert.deepEqual(v({ name: 'b', app_insights_enabled: 'maybe' }), ['amlType']);
    assert.deepEqual(v({ name: 'b', instance_count: 1.5 }), ['amlType']);
  });

  it('accepts every azureml: reference form and local paths', () => {
    for (const ref of [
      'azureml:model:1',
      'azureml:model@latest',
      'azureml:model@prod',
      'azureml://registries/azureml/models/bert/versions/3',
      'azureml://registries/azureml/models/bert/labels/latest',
      'azureml:/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/models/m/versions/1',
      'azureml://subscriptions/s/resourcegroups/rg/workspaces/w/datastores/d/paths/p',
      './model',
    ]) {
      assert.deepEqual(validateValue('managedOnlineDeployment', { name: 'b', model: ref, environment: ref }), [], ref);
    }
    assert.deepEqual(
      validateValue('commandJob', {
        command: 'python x.py $[[--n ${{inputs.n}}]]',
        environment: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
        inputs: { d: { type: 'uri_folder', path: 'azureml://datastores/workspaceblobstore/paths/data/' }, n: 3 },
      }),
      [],
    );
  });

  it('schemas stay small', () => {
    const dir = path.join(__dirname, '..', '..', 'schemas', 'azureml');
    const total = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    assert.ok(total < 400 * 1024, `${total} bytes`);
  });
});
