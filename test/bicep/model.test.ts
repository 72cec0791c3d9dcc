/** Semantic model: symbols, resource types (three spellings of children), existing, loops, conditions, modules, .bicepparam. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/languages/bicep/parser';
import { BicepModel, classifyModulePath, lookupProperty, staticProperty } from '../../server/src/languages/bicep/model';
import type { ResourceSymbol } from '../../server/src/languages/bicep/model';
import type { ObjectExpr } from '../../server/src/languages/bicep/ast';
import { AI_WORKLOAD } from '../parser/bicep/samples';

function model(text: string, path = '/w/main.bicep'): BicepModel {
  return new BicepModel(parse(text, { params: path.endsWith('.bicepparam') }), text, path);
}

function res(m: BicepModel, name: string): ResourceSymbol {
  const r = m.resources.find((x) => x.name === name);
  assert.ok(r, `resource ${name}`);
  return r;
}

test('child resources: nested, parent: property and parent/child name give the same full type', () => {
  const m = model(`resource ws 'Microsoft.MachineLearningServices/workspaces@2025-01-01-preview' = {
  name: 'ws'
  resource nested 'onlineEndpoints' = {
    name: 'a'
  }
  resource nestedVersioned 'onlineEndpoints@2024-10-01' = {
    name: 'b'
  }
}

resource viaParent 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-01-01-preview' = {
  parent: ws
  name: 'c'
}

resource viaName 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-01-01-preview' = {
  name: 'ws/d'
}
`);
  const full = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';
  const ws = res(m, 'ws');
  const nested = res(m, 'nested');
  assert.equal(nested.type, full);
  assert.equal(nested.typeLower, full.toLowerCase());
  assert.equal(nested.apiVersion, '2025-01-01-preview', 'inherits the parent api version');
  assert.equal(nested.parent, ws);
  assert.equal(nested.parentVia, 'nested');
  assert.equal(nested.nestedIn, ws);
  assert.equal(res(m, 'nestedVersioned').apiVersion, '2024-10-01');
  const viaParent = res(m, 'viaParent');
  assert.equal(viaParent.type, full);
  assert.equal(viaParent.parent, ws);
  assert.equal(viaParent.parentVia, 'parent-property');
  const viaName = res(m, 'viaName');
  assert.equal(viaName.type, full);
  assert.equal(viaName.parent, undefined);
  assert.equal(viaName.parentVia, 'name');
  assert.deepEqual(ws.children.map((c) => c.name), ['nested', 'nestedVersioned', 'viaParent']);
  // nested resources are in the list once, after their parent
  assert.deepEqual(m.resources.map((r) => r.name), ['ws', 'nested', 'nestedVersioned', 'viaParent', 'viaName']);
});

test('parent: through the :: accessor', () => {
  const m = model(`resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  resource blob 'blobServices' = {
    name: 'default'
  }
}
resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: sa::blob
  name: 'data'
}
`);
  assert.equal(res(m, 'c').parent, res(m, 'blob'));
  assert.equal(res(m, 'blob').type, 'Microsoft.Storage/storageAccounts/blobServices');
});

test('existing, conditions, loops and batchSize', () => {
  const m = model(AI_WORKLOAD);
  const kv = res(m, 'kv');
  assert.equal(kv.existing, false);
  const pe = res(m, 'pe');
  assert.equal(pe.condition?.kind, 'Var');
  assert.equal(pe.loop, undefined);
  assert.ok(pe.body);
  const subnets = res(m, 'extraSubnets');
  assert.ok(subnets.loop);
  assert.equal(subnets.loop.item?.name, 's');
  assert.equal(subnets.loop.index?.name, 'i');
  assert.equal(subnets.condition?.kind, 'Member', 'loop filter');
  assert.equal(subnets.batchSize?.kind, 'Integer');
  assert.equal(subnets.parent, res(m, 'vnet'));
  const e = model(`resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv'\n}\n`);
  assert.equal(res(e, 'kv').existing, true);
  assert.equal(res(e, 'kv').type, 'Microsoft.KeyVault/vaults');
});

test('property look-up: found with spans, absent with the insertion object, blocked by non-literals', () => {
  const text = `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    publicNetworkAccess: 'Enabled'
    networkAcls: acls
  }
}
`;
  const m = model(text);
  const sa = res(m, 'sa');
  const found = sa.get('properties.publicNetworkAccess');
  assert.ok(found.found);
  assert.equal(text.slice(found.keySpan.start, found.keySpan.end), 'publicNetworkAccess');
  assert.equal(text.slice(found.span.start, found.span.end), "publicNetworkAccess: 'Enabled'");
  assert.equal(found.value?.kind, 'String');
  const ci = sa.get('Properties.PublicNetworkAccess');
  assert.ok(ci.found, 'case-insensitive');
  const absent = sa.get(['properties', 'minimumTlsVersion']);
  assert.ok(!absent.found);
  assert.deepEqual(absent.missing, ['minimumTlsVersion']);
  const props = sa.get('properties');
  assert.ok(props.found);
  assert.equal(absent.object, props.value, 'inserted into the properties object');
  assert.equal(absent.layout?.propertyIndent, '    ');
  assert.equal(absent.layout?.close && text.slice(absent.layout.close.start, absent.layout.close.end), '}');
  assert.ok(sa.body);
  assert.equal(lookupProperty(sa.body, 'name').found, true);
  const deep = sa.get('properties.encryption.keySource');
  assert.ok(!deep.found);
  assert.deepEqual(deep.missing, ['encryption', 'keySource']);
  const blocked = sa.get('properties.networkAcls.defaultAction');
  assert.ok(!blocked.found);
  assert.equal(blocked.blockedBy?.kind, 'Var');
});

test('symbols: params with type, decorators, secure, default; vars; outputs; types; functions; imports', () => {
  const m = model(`@description('The key')
@secure()
param key string
param legacy secureString
param tags object?
param sku skuType = 'Basic'
param n int = 1
param names string[] = []
param acls resourceInput<'Microsoft.CognitiveServices/accounts@2025-06-01'>.properties.networkAcls?
@sys.description('x')
param d string
type skuType = 'Basic' | 'Standard'
var v = 1
@secure()
output o string = key
@export()
func f(a string) string => a
import { a as b } from './types.bicep'
import * as ns from 'br/public:avm/utl/types/avm-common-types:0.5.1'
`);
  const key = m.param('key');
  assert.ok(key);
  assert.equal(key.secure, true);
  assert.equal(key.description, 'The key');
  assert.equal(key.primitive, 'string');
  assert.equal(key.defaultValue, undefined);
  assert.equal(m.param('legacy')?.secure, true);
  const tags = m.param('tags');
  assert.equal(tags?.nullable, true);
  assert.equal(tags?.primitive, 'object');
  assert.equal(m.param('sku')?.primitive, 'string', 'type alias resolved');
  assert.equal(m.param('sku')?.defaultValue?.kind, 'String');
  assert.equal(m.param('n')?.primitive, 'int');
  assert.equal(m.param('names')?.primitive, 'array');
  assert.equal(m.param('acls')?.typeText, "resourceInput<'Microsoft.CognitiveServices/accounts@2025-06-01'>.properties.networkAcls?");
  assert.equal(m.param('d')?.description, 'x');
  assert.equal(m.vars[0]?.name, 'v');
  assert.equal(m.outputs[0]?.secure, true);
  assert.equal(m.functions[0]?.exported, true);
  assert.equal(m.types[0]?.name, 'skuType');
  assert.deepEqual(
    m.imports.map((i) => [i.name, i.originalName, i.fromKind]),
    [
      ['b', 'a', 'local'],
      ['ns', '*', 'registry'],
    ],
  );
});

test('modules: local, registry (public alias, br:), template spec; params object, condition, loop', () => {
  const m = model(`module a './modules/ws.bicep' = {
  params: {
    name: 'x'
  }
}
module b 'br/public:avm/res/machine-learning-services/workspace:0.10.0' = if (deploy) {
  params: { name: 'y' }
}
module c 'br:myacr.azurecr.io/bicep/modules/x:1.0' = [for r in regions: {
  params: {}
}]
module d 'ts:00000000-0000-0000-0000-000000000000/rg/spec:2.0' = {}
module e 'ts/corp:spec:1.0' = {}
module f '../shared/net.bicep' = {
  params: union(base, {})
}
`, '/repo/infra/main.bicep');
  const [a, b, c, d, e, f] = m.modules;
  assert.ok(a && b && c && d && e && f);
  assert.equal(a.source.kind, 'local');
  assert.equal(a.source.resolvedPath, '/repo/infra/modules/ws.bicep');
  assert.equal(a.params?.properties[0]?.name, 'name');
  assert.equal(b.source.kind, 'registry');
  assert.equal(b.source.alias, 'public');
  assert.equal(b.source.ref, 'avm/res/machine-learning-services/workspace');
  assert.equal(b.source.version, '0.10.0');
  assert.equal(b.condition?.kind, 'Var');
  assert.equal(c.source.kind, 'registry');
  assert.equal(c.source.registry, 'myacr.azurecr.io');
  assert.equal(c.source.ref, 'bicep/modules/x');
  assert.equal(c.source.version, '1.0');
  assert.equal(c.loop?.item?.name, 'r');
  assert.equal(d.source.kind, 'template-spec');
  assert.equal(d.source.ref, '00000000-0000-0000-0000-000000000000/rg/spec');
  assert.equal(e.source.kind, 'template-spec');
  assert.equal(e.source.alias, 'corp');
  assert.equal(f.source.resolvedPath, '/repo/shared/net.bicep');
  assert.equal(f.params, undefined);
  assert.equal(f.paramsProperty?.value?.kind, 'Call');
});

test('module path classification', () => {
  assert.equal(classifyModulePath('br/public:avm/res/x/y:1.2.3', undefined).kind, 'registry');
  assert.equal(classifyModulePath('br:reg.io/a/b@sha256:abc', undefined).version, 'sha256:abc');
  assert.equal(classifyModulePath('C:\\repo\\x.bicep', 'C:\\repo\\main.bicep').kind, 'local');
  assert.equal(classifyModulePath('./x.bicep', 'C:\\repo\\main.bicep').resolvedPath, 'C:\\repo\\x.bicep');
});

test('.bicepparam: using target and assignments with spans', () => {
  const text = `using './main.bicep'

param location = 'westeurope'
param tags = { env: 'prod' }
`;
  const m = model(text, '/w/main.bicepparam');
  assert.equal(m.isParamsFile, true);
  assert.equal(m.using?.path, './main.bicep');
  assert.equal(m.using?.source?.resolvedPath, '/w/main.bicep');
  assert.ok(m.using?.pathSpan);
  assert.deepEqual(
    m.paramAssignments.map((a) => [a.name, text.slice(a.nameSpan.start, a.nameSpan.end), a.value?.kind]),
    [
      ['location', 'location', 'String'],
      ['tags', 'tags', 'Object'],
    ],
  );
  const none = model('using none\nparam a = 1\n', '/w/x.bicepparam');
  assert.equal(none.using?.none, true);
  assert.equal(none.using?.path, undefined);
});

test('targetScope and metadata', () => {
  const m = model(`targetScope = 'subscription'\nmetadata owner = 'team'\n`);
  assert.equal(m.targetScope, 'subscription');
  assert.equal(m.metadata.length, 1);
});

test('static property look-up: a key after every spread wins; before a spread or absent beside one, evaluate the object', () => {
  const objectOf = (src: string): ObjectExpr => {
    const p = parse(`var o = ${src}\n`);
    const st = p.statements[0];
    assert.ok(st && st.kind === 'VarDecl' && st.value?.kind === 'Object');
    return st.value;
  };
  const name = (r: ReturnType<typeof staticProperty>) => (r === 'dynamic' || r === undefined ? r : `${r.name}@${r.start}`);
  const after = objectOf('{\n  a: 1\n  ...extra\n  x: 2\n  X: 3\n}');
  assert.equal(name(staticProperty(after, 'x')), `X@${after.properties[2]?.start}`); // the last written, any case
  assert.equal(staticProperty(after, 'a'), 'dynamic'); // the spread may override it
  assert.equal(staticProperty(after, 'missing'), 'dynamic'); // the spread may bring it
  const before = objectOf('{\n  x: 1\n  ...extra\n}');
  assert.equal(staticProperty(before, 'x'), 'dynamic');
  const computed = objectOf("{\n  '${k}': 1\n  y: 2\n}");
  assert.equal(name(staticProperty(computed, 'y')), `y@${computed.properties[1]?.start}`);
  assert.equal(staticProperty(computed, 'z'), 'dynamic');
  const plain = objectOf('{\n  y: 2\n}');
  assert.equal(staticProperty(plain, 'z'), undefined);
});
