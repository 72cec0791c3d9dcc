import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisDocument } from '../../server/src/engine/document';
import type { AzureMLKind } from '../../server/src/languages/azureml/kinds';
import { isBinding, lenientTypeOk, toLenientSchema, validateAzureML } from '../../server/src/languages/azureml/validate';

/** Problems as `message @ highlighted text`. */
function check(kind: AzureMLKind, text: string): string[] {
  const doc = new AnalysisDocument('/w/x.yml', text, 'azureml');
  return validateAzureML(doc, kind).map((p) => `${p.message} @ ${text.slice(p.span.start, p.span.end)}`);
}

describe('validateAzureML messages and ranges', () => {
  it('unknown key points at the key', () => {
    assert.deepEqual(check('managedOnlineDeployment', 'name: blue\nfoo: 1\n'), ["unknown key 'foo' in managed online deployment @ foo"]);
  });

  it('unknown nested key names its parent', () => {
    assert.deepEqual(check('managedOnlineDeployment', 'name: blue\nrequest_settings:\n  timeout: 5\n'), [
      "unknown key 'timeout' in 'request_settings' @ timeout",
    ]);
  });

  it('enum errors list the allowed values and point at the value', () => {
    assert.deepEqual(check('managedOnlineEndpoint', 'name: ep\nauth_mode: token\n'), ['auth_mode must be one of key, aml_token, aad_token @ token']);
  });

  it('type errors point at the value', () => {
    assert.deepEqual(check('amlCompute', 'name: c\ntype: amlcompute\nmin_instances: [1]\n'), ['min_instances must be an integer @ [1]']);
    assert.deepEqual(check('amlCompute', 'name: c\ntype: amlcompute\nssh_settings: yes-please\n'), ['ssh_settings must be a mapping @ yes-please']);
  });

  it('missing required keys point at the first key of the document, or at the parent key', () => {
    assert.deepEqual(check('commandJob', '$schema: x\ncommand: echo\n'), ["missing required key 'environment' @ $schema"]);
    assert.deepEqual(check('managedOnlineDeployment', 'name: b\ncode_configuration:\n  code: ./src\n'), [
      "missing required key 'scoring_script' in 'code_configuration' @ code_configuration",
    ]);
  });

  it('list items are named key[i]', () => {
    const text = 'name: w\nmanaged_network:\n  outbound_rules:\n  - name: a\n    type: dns\n';
    assert.deepEqual(check('workspace', text), ['type must be one of fqdn, service_tag, private_endpoint @ dns']);
    assert.deepEqual(check('registry', 'name: r\nlocation: x\nreplication_locations:\n  - {}\n'), [
      "missing required key 'location' in 'replication_locations[0]' @ {}",
    ]);
  });

  it('one-of-required groups read as one message', () => {
    assert.deepEqual(check('environment', 'name: e\nversion: 1\n'), ["missing required key: one of 'image', 'build' @ name"]);
  });

  it('pipeline steps are validated by their type', () => {
    const text = [
      'type: pipeline',
      'jobs:',
      '  a:',
      '    type: parallel',
      '    mini_batch_size: 10',
      '    trial: x',
      '  b:',
      '    type: sweep',
      '    trial: ./t.yml',
      '    mini_batch_size: 10',
      '  c:',
      '    type: teleport',
      '',
    ].join('\n');
    assert.deepEqual(check('pipelineJob', text), [
      "unknown key 'trial' in step 'a' @ trial",
      "unknown key 'mini_batch_size' in step 'b' @ mini_batch_size",
      'type must be one of command, sweep, parallel, spark, pipeline, automl, data_transfer, import @ teleport',
    ]);
  });

  it('accepts what the CLI accepts', () => {
    const text = [
      'name: blue',
      'endpoint_name: ep',
      'model: azureml:m@latest',
      'instance_type: Standard_DS3_v2',
      'instance_count: "3"',
      'app_insights_enabled: "True"',
      'egress_public_network_access: Disabled',
      'environment_variables:',
      '  SECRET: ${{azureml://connections/c/credentials/key}}',
      '  N: 3',
      'liveness_probe:',
      '  initial_delay: ${{parent.inputs.delay}}',
      'tags:',
      'description:',
      '',
    ].join('\n');
    assert.deepEqual(check('managedOnlineDeployment', text), []);
  });

  it('reports an unquoted template placeholder plainly', () => {
    assert.deepEqual(check('model', 'name: m\npath: ./m\nversion: {{MODEL_VERSION}}\n'), [
      'version is an unquoted template placeholder for MODEL_VERSION: YAML reads {{…}} as a mapping (quote it, or substitute it before use) @ {{MODEL_VERSION}}',
    ]);
  });

  it('does not validate documents with YAML syntax errors, non-mapping roots or empty files', () => {
    assert.deepEqual(check('managedOnlineEndpoint', 'name: ep\nauth_mode: [key\n'), []);
    assert.deepEqual(check('managedOnlineEndpoint', '- a\n- b\n'), []);
    assert.deepEqual(check('managedOnlineEndpoint', ''), []);
  });

  it('survives adversarial input', () => {
    const long = 'x'.repeat(100_000);
    assert.deepEqual(check('managedOnlineEndpoint', `name: ${long}\nauth_mode: ${long}\n`).length, 1);
    const many = Array.from({ length: 2000 }, (_, i) => `k${i}: ${i}`).join('\n');
    assert.equal(check('managedOnlineEndpoint', many).length, 50);
    const bomb = 'a: &a [1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n';
    assert.ok(Array.isArray(check('managedOnlineEndpoint', bomb)));
    const deep = `${'a:\n'.split('').join('')}${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`;
    assert.ok(Array.isArray(check('managedOnlineEndpoint', deep)));
  });
});

describe('lenient scalar rules', () => {
  it('reads quoted scalars like marshmallow does', () => {
    assert.ok(lenientTypeOk('boolean', 'True'));
    assert.ok(lenientTypeOk('boolean', 'no'));
    assert.ok(!lenientTypeOk('boolean', 'maybe'));
    assert.ok(lenientTypeOk('integer', '42'));
    assert.ok(!lenientTypeOk('integer', '4.2'));
    assert.ok(lenientTypeOk('number', '-1.5e3'));
    assert.ok(!lenientTypeOk('number', '1.2.3'));
    assert.ok(lenientTypeOk('string', 3));
    assert.ok(!lenientTypeOk('string', true));
    assert.ok(lenientTypeOk('object', '${{parent.inputs.x}}'));
    assert.ok(isBinding('--lr ${{inputs.lr}}'));
  });

  it('rewrites type/enum/const but not property names', () => {
    const s = toLenientSchema({ type: 'object', properties: { type: { type: 'string', enum: ['a'] }, enum: { const: 'x' } }, required: ['type'] });
    assert.deepEqual(s, {
      amlType: ['object'],
      properties: { type: { amlType: ['string'], amlEnum: ['a'] }, enum: { amlConst: 'x' } },
      required: ['type'],
    });
  });

  it('number checks are linear on long inputs', () => {
    assert.ok(!lenientTypeOk('number', `${'1'.repeat(100_000)}x`));
    assert.ok(!lenientTypeOk('integer', `${'1'.repeat(100_000)}`));
  });
});
