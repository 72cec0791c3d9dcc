/**
 * The aml-* rules on hostile or odd input: 100 KB values and lines, deep nesting, flow
 * mappings, aliases, tabs and CRLF. They must never throw, and must still report (without
 * a fix where no safe edit exists).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../helpers/analyzeText';

const MOE = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\n';
const CJ = '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\n';
const ENV = '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json\n';
const BIG = 100 * 1024;

function aml(text: string, path = 'file.yml', files?: Record<string, string>) {
  const r = analyzeText(text, { path, files });
  assert.deepEqual(r.ruleErrors, []);
  return r.findings.filter((f) => f.ruleId.startsWith('aml-'));
}

describe('aml-* rules on adversarial input', () => {
  it('100 KB scalars in every field the rules read', () => {
    const v = 'a:'.repeat(BIG / 2);
    aml(`${MOE}name: x\nauth_mode: "${v}"\npublic_network_access: "${v}"\n`, 'endpoint.yml');
    aml(`${ENV}name: e\nimage: "${'a/'.repeat(BIG / 2)}:${'1@'.repeat(1000)}"\n`, 'env.yml');
    aml(`${ENV}name: e\nimage: ${'docker.io/' + 'x'.repeat(BIG)}\n`, 'env.yml');
    const f = aml(`${CJ}command: echo\nenvironment: azureml:e@latest\nenvironment_variables:\n  DB_PASSWORD: "${'<'.repeat(BIG)}"\n  ${'K'.repeat(BIG)}_TOKEN: x\n`);
    assert.ok(f.some((x) => x.ruleId === 'aml-job-identity'));
  });

  it('a Dockerfile with a 100 KB line and many FROM lines', () => {
    const dockerfile = `FROM ${'--a=b '.repeat(BIG / 6)}\nFROM ${'x'.repeat(BIG)}\n${'FROM python:3\n'.repeat(2000)}`;
    const f = aml(`${ENV}name: e\nbuild:\n  path: ctx\n`, 'env.yml', { 'ctx/Dockerfile': dockerfile });
    assert.ok(f.length >= 1);
  });

  it('deep nesting and many environments', () => {
    let nested = '';
    for (let i = 0; i < 300; i++) nested += `${' '.repeat(i)}k${i}:\n`;
    aml(`${CJ}command: echo\n${nested}`);
    const steps = Array.from({ length: 2000 }, (_, i) => `  s${i}:\n    type: command\n    command: echo\n    environment:\n      image: python:3.${i}\n`).join('');
    const f = aml(`$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\ntype: pipeline\njobs:\n${steps}`);
    assert.equal(f.filter((x) => x.ruleId === 'aml-environment-image-unpinned').length, 2000);
  });

  it('flow mappings: findings without fixes where no safe edit exists', () => {
    const f = aml(`{"$schema": "https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json", name: x, auth_mode: key}\n`, 'endpoint.yml');
    const key = f.find((x) => x.ruleId === 'aml-endpoint-key-auth');
    assert.ok(key);
    const pna = f.find((x) => x.ruleId === 'aml-endpoint-public-access');
    assert.ok(pna);
    assert.deepEqual(pna.fixes, []);
  });

  it('aliases, merge keys, tabs and CRLF', () => {
    aml(`${CJ}base: &b\n  DB_PASSWORD: hunter2\ncommand: echo\nenvironment: azureml:e@latest\nenvironment_variables:\n  <<: *b\n  X: *b\n`);
    const crlf = `${MOE}name: x\r\nauth_mode: key\r\n`.replace('\n', '\r\n');
    const f = aml(crlf, 'endpoint.yml');
    assert.ok(f.some((x) => x.ruleId === 'aml-endpoint-key-auth'));
    aml(`${MOE}name: x\n\tauth_mode: key\n`, 'endpoint.yml');
    aml('', 'endpoint.yml');
    aml(`${MOE}- a\n- b\n`, 'endpoint.yml');
  });
});
