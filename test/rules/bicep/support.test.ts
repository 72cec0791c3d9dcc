/**
 * The Bicep rule kit (server/src/rules/bicep/support): declarative options of propertyRule
 * that the exemplar rules do not cover, and the helpers for hand-written rules.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisDocument } from '../../../server/src/engine/document';
import { defineRule } from '../../../server/src/engine/rule';
import { applyEdits } from '../../../server/src/engine/fixes';
import { getBicep } from '../../../server/src/languages/bicep';
import {
  addDecoratorFix,
  avmRef,
  carriesSecret,
  isInsecureConstant,
  paramTypeSecurity,
  secretFlow,
  compareApiVersions,
  formatValue,
  locatePath,
  mergeRules,
  propertyRule,
  propertyState,
  relatedAt,
  removeParamDefaultFix,
  resourcesOfType,
  sameEnum,
  valueMatches,
} from '../../../server/src/rules/bicep/support';
import { analyzeText } from '../../helpers/analyzeText';
import { ruleTester } from '../../helpers/ruleTester';

const doc = (text: string, files: Record<string, string> = {}) => new AnalysisDocument('/w/main.bicep', text, 'bicep', { readFile: (p) => files[p] });

describe('value helpers', () => {
  it('compares enums case-insensitively and booleans strictly', () => {
    assert.equal(valueMatches('enabled', ['Enabled']), true);
    assert.equal(valueMatches('Disabled', ['Enabled']), false);
    assert.equal(valueMatches(false, [false]), true);
    assert.equal(valueMatches('false', [false]), true);
    assert.equal(valueMatches(0, [false]), false);
    assert.equal(valueMatches(3, (v) => typeof v === 'number' && v > 2), true);
    assert.equal(valueMatches('x', () => { throw new Error('boom'); }), false);
    assert.equal(sameEnum('AADTOKEN', 'AADToken'), true);
    assert.equal(sameEnum(undefined, 'x'), false);
  });
  it('renders values briefly', () => {
    assert.equal(formatValue('Enabled'), "'Enabled'");
    assert.equal(formatValue(true), 'true');
    assert.equal(formatValue({ a: 1 }), '{…}');
    assert.equal(formatValue('x'.repeat(100)).length, 40);
  });
  it('orders API versions, previews before the GA of the same date', () => {
    assert.equal(compareApiVersions('2024-10-01', '2024-04-01'), 1);
    assert.equal(compareApiVersions('2024-04-01-preview', '2024-04-01'), -1);
    assert.equal(compareApiVersions('2024-04-01', '2024-04-01'), 0);
    assert.equal(compareApiVersions('latest', '2024-04-01'), undefined);
  });
});

describe('resources and property states', () => {
  const text = `param pna string
resource a 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'a'
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}
resource b 'microsoft.machinelearningservices/WORKSPACES@2024-10-01' = {
  name: 'b'
  properties: union({}, { publicNetworkAccess: null })
}
resource c 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {
  name: 'c'
}
resource d 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'd'
  properties: {
    publicNetworkAccess: pna
  }
}
`;
  it('finds resources by type (case-insensitive), skipping existing ones unless asked', () => {
    const m = getBicep(doc(text)).model;
    assert.deepEqual(resourcesOfType(m, ['Microsoft.MachineLearningServices/workspaces']).map((r) => r.name), ['a', 'b', 'd']);
    assert.deepEqual(resourcesOfType(m, ['Microsoft.MachineLearningServices/workspaces'], { includeExisting: true }).map((r) => r.name), ['a', 'b', 'c', 'd']);
  });
  it('tells values, absence (null included) and unknown apart', () => {
    const m = getBicep(doc(text)).model;
    const [a, b, , d] = m.resources;
    const sa = propertyState(a!, 'properties.publicNetworkAccess');
    assert.equal(sa.kind, 'values');
    assert.deepEqual(sa.kind === 'values' ? sa.options.map((o) => o.value) : [], ['Enabled']);
    assert.equal(propertyState(b!, 'properties.publicNetworkAccess').kind, 'absent');
    assert.equal(propertyState(d!, 'properties.publicNetworkAccess').kind, 'unknown');
    const loc = locatePath(b!.body, 'properties.publicNetworkAccess');
    assert.equal(loc.property, undefined);
    assert.equal(loc.blockedBy?.kind, 'Call');
  });
  it('recognises Azure Verified Modules only from the public registry', () => {
    const m = getBicep(doc(`module a 'br/public:avm/res/search/search-service:0.12.0' = {\n  name: 'a'\n}\nmodule b 'br:mcr.microsoft.com/bicep/avm/res/search/search-service:0.12.0' = {\n  name: 'b'\n}\nmodule c 'br:contoso.azurecr.io/avm/res/search/search-service:1.0.0' = {\n  name: 'c'\n}\nmodule d './avm/res/x.bicep' = {\n  name: 'd'\n}\n`)).model;
    assert.deepEqual(m.modules.map((x) => avmRef(x)?.module), ['avm/res/search/search-service', 'avm/res/search/search-service', undefined, undefined]);
    assert.equal(avmRef(m.modules[0]!)?.version, '0.12.0');
  });
});

describe('fix helpers', () => {
  it('adds @secure() above a param at its indentation and removes a default', () => {
    const text = "@description('The password')\nparam adminPassword string = 'P@ss'\n";
    const d = doc(text);
    const p = getBicep(d).model.params[0]!;
    assert.equal(applyEdits(text, addDecoratorFix(d, p, '@secure()', 'Add @secure()').edits), "@description('The password')\n@secure()\nparam adminPassword string = 'P@ss'\n");
    const rm = removeParamDefaultFix(d, p);
    assert.ok(rm);
    assert.equal(rm.safety, 'unsafe');
    assert.equal(applyEdits(text, rm.edits), "@description('The password')\nparam adminPassword string\n");
  });
  it('resolves related locations in other files to line and character', () => {
    const d = doc('', { '/w/main.bicepparam': "using './main.bicep'\nparam x = 'a'\n" });
    const r = relatedAt(d, { start: 31, end: 34 }, 'here', '/w/main.bicepparam');
    assert.deepEqual(r?.file, { path: '/w/main.bicepparam', line: 1, character: 10, endLine: 1, endCharacter: 13 });
    assert.equal(relatedAt(d, { start: 0, end: 1 }, 'missing', '/w/nope.bicep'), undefined);
    assert.equal(relatedAt(d, { start: 0, end: 1 }, 'same file', '/w/main.bicep')?.file, undefined);
  });
});

// a rule exercising the callbacks: type-dependent path, API-version-aware absence, remove fix
const sshRule = propertyRule({
  id: 'test-ssh',
  description: 'Test rule should work.',
  category: 'network',
  severity: 'error',
  resourceTypes: ['Microsoft.MachineLearningServices/workspaces/computes'],
  when: (c) => c.value('properties.computeType') !== undefined,
  path: (c) => (sameEnum(c.value('properties.computeType'), 'AmlCompute') ? 'properties.properties.remoteLoginPortPublicAccess' : undefined),
  insecure: ['Enabled', 'NotSpecified'],
  absent: (c) => (c.apiVersionAtLeast('2024-04-01') ? 'secure' : 'insecure'),
  secureValue: "'Disabled'",
  message: '{{resource}}: {{property}} is {{value}}.',
  absentMessage: '{{resource}}: {{path}} missing.',
  avm: { module: 'avm/res/machine-learning-services/workspace', param: 'computes', insecure: (v) => Array.isArray(v), absent: 'insecure' },
});

const cluster = (api: string, props: string) => `resource c 'Microsoft.MachineLearningServices/workspaces/computes@${api}' = {\n  name: 'ws/c'\n  properties: {\n    computeType: 'AmlCompute'\n    properties: {\n${props}\n    }\n  }\n}\n`;

ruleTester(sshRule, {
  valid: [
    { name: 'absence is secure on new API versions', code: cluster('2024-10-01', '      vmSize: \'x\'') },
    { name: 'unknown compute type is skipped', code: "param t string\nresource c 'Microsoft.MachineLearningServices/workspaces/computes@2023-01-01' = {\n  name: 'ws/c'\n  properties: {\n    computeType: t\n  }\n}\n" },
    { name: 'other compute type: no path', code: "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2023-01-01' = {\n  name: 'ws/c'\n  properties: {\n    computeType: 'ComputeInstance'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'absence is insecure on old API versions',
      code: cluster('2023-01-01', "      vmSize: 'x'"),
      errors: [{ messageId: 'absent', message: 'c: properties.properties.remoteLoginPortPublicAccess missing.', line: 5, text: 'properties' }],
      output: cluster('2023-01-01', "      vmSize: 'x'\n      remoteLoginPortPublicAccess: 'Disabled'"),
    },
    {
      name: 'second insecure value, case-insensitive',
      code: cluster('2024-10-01', "      remoteLoginPortPublicAccess: 'notspecified'"),
      errors: [{ message: "c: remoteLoginPortPublicAccess is 'notspecified'." }],
      output: cluster('2024-10-01', "      remoteLoginPortPublicAccess: 'Disabled'"),
    },
    {
      name: 'AVM mapping with a predicate and insecure absence',
      code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  name: 'ws'\n}\n",
      errors: [{ messageId: 'absent', text: 'ws', message: 'ws: params.computes missing.' }],
    },
  ],
});

const removeRule = propertyRule({
  id: 'test-remove',
  description: 'Test rule should work.',
  category: 'network',
  severity: 'warning',
  resourceTypes: ['Microsoft.MachineLearningServices/workspaces'],
  path: 'properties.allowPublicAccessWhenBehindVnet',
  insecure: [true],
  absent: 'secure',
  fix: 'remove',
  message: '{{resource}} {{value}}',
});

ruleTester(removeRule, {
  valid: [{ code: "resource w 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'w'\n}\n" }],
  invalid: [
    {
      code: "resource w 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'w'\n  properties: {\n    allowPublicAccessWhenBehindVnet: true\n    hbiWorkspace: true\n  }\n}\n",
      errors: [{ message: 'w true', text: 'true' }],
      output: "resource w 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'w'\n  properties: {\n    hbiWorkspace: true\n  }\n}\n",
      fixTitles: ['Remove allowPublicAccessWhenBehindVnet'],
    },
  ],
});

describe('mergeRules', () => {
  const yamlRule = defineRule({
    meta: {
      id: 'test-merged',
      description: 'Merged rule should work.',
      category: 'identity',
      severity: 'warning',
      confidence: 'high',
      appliesTo: ['azureml'],
      fixable: false,
      messages: { insecure: 'YAML says {{x}}.' },
    },
    create(ctx) {
      return { documentEnd: (d) => ctx.report({ span: { start: 0, end: 1 }, messageId: 'insecure', data: { x: d.kind } }) };
    },
  });
  const bicepPart = propertyRule({
    id: 'test-merged',
    description: 'Merged rule should work.',
    category: 'identity',
    severity: 'error',
    resourceTypes: ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints'],
    path: 'properties.authMode',
    insecure: ['Key'],
    absent: 'secure',
    secureValue: "'AADToken'",
    message: 'Bicep says {{value}}.',
  });
  const merged = mergeRules(yamlRule, bicepPart);
  it('keeps the primary metadata and adds kinds and renamed messages', () => {
    assert.equal(merged.meta.severity, 'warning');
    assert.deepEqual(merged.meta.appliesTo, ['azureml', 'bicep', 'bicepparam']);
    assert.deepEqual(Object.keys(merged.meta.messages).sort(), ['absent', 'bicepInsecure', 'insecure']);
    assert.equal(merged.meta.fixable, 'unsafe');
  });
  it('runs the part that applies to the document', () => {
    const code = "resource e 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {\n  name: 'ws/e'\n  location: 'x'\n  properties: {\n    authMode: 'Key'\n  }\n}\n";
    const r = analyzeText(code, { path: 'main.bicep', rules: [merged] });
    assert.deepEqual(r.ruleErrors, []);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'test-merged').map((f) => f.message), ["Bicep says 'Key'."]);
  });
});

describe('secretFlow', () => {
  const flowOf = (text: string, name = 'o') => {
    const d = doc(text);
    const m = getBicep(d).model;
    const o = m.outputs.find((x) => x.name === name);
    return secretFlow(m, o?.value);
  };
  it('follows vars to list*() calls and secure params', () => {
    const f = flowOf("@secure()\nparam pwd string\nresource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\nvar a = sa.listKeys().keys[0].value\nvar b = '${a}-${pwd}'\noutput o string = b\n");
    assert.deepEqual(f.listCalls.map((c) => c.name.name), ['listKeys']);
    assert.deepEqual(f.secureParams.map((p) => p.name), ['pwd']);
    assert.equal(carriesSecret(f), true);
  });
  it('does not count conditions, comparisons, empty() or non-secret fields of secure objects', () => {
    const f = flowOf("@secure()\nparam pwd string\n@secure()\nparam cfg object\noutput o string = empty(pwd) ? 'none' : (pwd == 'x' ? cfg.name : 'y')\n");
    assert.equal(carriesSecret(f), false);
    assert.equal(carriesSecret(flowOf('@secure()\nparam cfg object\noutput o string = cfg.password\n')), true);
  });
  it('tells insecure constants from secure and runtime values', () => {
    assert.equal(isInsecureConstant(flowOf("output o string = 'abc'\n")), true);
    assert.equal(isInsecureConstant(flowOf("param p string\noutput o string = '${p}x'\n")), true);
    assert.equal(isInsecureConstant(flowOf("output o string = ''\n")), false);
    assert.equal(isInsecureConstant(flowOf("output o string = 'a${newGuid()}'\n")), false);
    assert.equal(isInsecureConstant(flowOf('@secure()\nparam p string\noutput o string = p\n')), false);
  });
  it('knows secure members of user-defined types', () => {
    const m = getBicep(doc('type t = {\n  @secure()\n  password: string\n}\nparam a t\nparam b string\nparam c imported.t\n@secure()\nparam d object\n')).model;
    assert.deepEqual(m.params.map((p) => paramTypeSecurity(p)), ['secure', 'insecure', undefined, 'secure']);
  });
});
