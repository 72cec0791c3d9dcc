import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisDocument } from '../../../server/src/engine/document';
import { getBicep } from '../../../server/src/languages/bicep';
import type { ModuleSymbol, ResourceSymbol } from '../../../server/src/languages/bicep';
import { dependsOnAny, paramDepsOfPath, passedParamNames } from '../../../server/src/rules/bicep/support/paramDeps';
import { analyzeText } from '../../helpers/analyzeText';

const model = (text: string) => getBicep(new AnalysisDocument('/w/mod.bicep', text, 'bicep')).model;
const deps = (d: ReturnType<typeof paramDepsOfPath>) => (d === 'all' ? 'all' : [...d].sort());

describe('param dependencies of a body property', () => {
  const m = model(
    [
      'param name string',
      "param location string = 'westeurope'",
      "param access string = 'Disabled'",
      'param items array = []',
      "var pna = access == 'Enabled' ? 'Enabled' : 'Disabled'",
      'var common = { publicNetworkAccess: pna }',
      "resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
      '  name: name',
      '  location: location',
      '  properties: {',
      '    publicNetworkAccess: pna',
      '    minimumTlsVersion: \'TLS1_2\'',
      '  }',
      '}',
      "resource sb 'Microsoft.Storage/storageAccounts@2023-05-01' = [for i in items: {",
      "  name: 'x${i}'",
      '  properties: union(common, { allowBlobPublicAccess: false })',
      '}]',
    ].join('\n'),
  );
  const [sa, sb] = m.resources as [ResourceSymbol, ResourceSymbol];

  it('follows vars and param defaults to the params behind a value', () => {
    assert.deepEqual(deps(paramDepsOfPath(sa, 'properties.publicNetworkAccess')), ['access']);
    assert.deepEqual(deps(paramDepsOfPath(sa, 'location')), ['location']);
  });

  it('a literal or an absent property depends on nothing', () => {
    assert.deepEqual(deps(paramDepsOfPath(sa, 'properties.minimumTlsVersion')), []);
    assert.deepEqual(deps(paramDepsOfPath(sa, 'properties.allowBlobPublicAccess')), []);
    assert.deepEqual(deps(paramDepsOfPath(sa, 'sku.name')), []);
  });

  it('a computed object depends on everything in it, and a loop on its collection', () => {
    assert.deepEqual(deps(paramDepsOfPath(sb, 'properties.publicNetworkAccess')), ['access', 'items']);
  });

  it('gives up (all) on a cycle rather than under-approximating', () => {
    const c = model("var a = b\nvar b = a\nresource x 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n  properties: { publicNetworkAccess: a }\n}\n");
    assert.equal(paramDepsOfPath(c.resources[0] as ResourceSymbol, 'properties.publicNetworkAccess'), 'all');
  });

  it('what a module call passes; a spread passes anything', () => {
    const caller = model("module a './mod.bicep' = {\n  name: 'a'\n  params: { name: 'n', access: 'Enabled' }\n}\nvar p = {}\nmodule b './mod.bicep' = {\n  name: 'b'\n  params: { ...p, name: 'n' }\n}\n");
    const [a, b] = caller.modules as [ModuleSymbol, ModuleSymbol];
    assert.deepEqual([...(passedParamNames(a) as Set<string>)].sort(), ['access', 'name']);
    assert.equal(passedParamNames(b), 'all');
    assert.equal(dependsOnAny(paramDepsOfPath(sa, 'properties.publicNetworkAccess'), passedParamNames(a)), true);
    assert.equal(dependsOnAny(paramDepsOfPath(sa, 'location'), passedParamNames(a)), false);
    assert.equal(dependsOnAny(new Set(['x']), 'all'), true);
  });
});

describe('callee checks skip what a call cannot influence, and still find what it can', () => {
  it('an insecure value passed through a var chain into a module is still reported at the call', () => {
    const files = {
      'mod.bicep': "param access string = 'Disabled'\nvar pna = access\nresource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'sa'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: { name: 'Standard_LRS' }\n  properties: { publicNetworkAccess: pna }\n}\n",
    };
    const main = "module m './mod.bicep' = {\n  name: 'm'\n  params: { access: 'Enabled' }\n}\n";
    const run = (text: string) => analyzeText(text, { path: 'main.bicep', files }).findings.filter((f) => f.ruleId === 'stg-public-network');
    assert.equal(run(main).length, 1);
    assert.equal(run(main.replace("'Enabled'", "'Disabled'")).length, 0);
    // a call that passes nothing the property depends on cannot be the cause
    assert.equal(run(main.replace("access: 'Enabled'", "other: 'Enabled'")).length, 0);
  });
});
