/** Value evaluator: literals, params (defaults, .bicepparam), vars, interpolation, ternaries, ??, union/spread, functions, modules. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { AnalysisDocument } from '../../server/src/engine/document';
import type { FileHost } from '../../server/src/engine/document';
import { createEvaluator, getBicep, resolveModuleParams, setParamFiles } from '../../server/src/languages/bicep/index';
import type { EvalResult, Known } from '../../server/src/languages/bicep/index';

function host(files: Record<string, string>): FileHost {
  return { readFile: (p) => files[p] };
}

function docOf(files: Record<string, string>, path = '/w/main.bicep'): AnalysisDocument {
  const text = files[path];
  assert.ok(text !== undefined);
  return new AnalysisDocument(path, text, path.endsWith('.bicepparam') ? 'bicepparam' : 'bicep', host(files));
}

function known(r: EvalResult): Known {
  assert.equal(r.kind, 'known', JSON.stringify(r));
  return r as Known;
}

function varValue(doc: AnalysisDocument, name: string): EvalResult {
  const b = getBicep(doc);
  const v = b.model.vars.find((x) => x.name === name);
  assert.ok(v, `var ${name}`);
  return b.evaluator.evaluate(v.value);
}

function slice(doc: AnalysisDocument, span: { start: number; end: number }): string {
  return doc.text.slice(span.start, span.end);
}

test('literals of every kind', () => {
  const doc = docOf({ '/w/main.bicep': `var s = 'x'\nvar i = 42\nvar n = -3\nvar b = true\nvar z = null\nvar a = [1, 'two', false]\nvar o = { k: 'v', 'quoted key': 1 }\n` });
  assert.equal(known(varValue(doc, 's')).value, 'x');
  assert.equal(known(varValue(doc, 'i')).value, 42);
  assert.equal(known(varValue(doc, 'n')).value, -3);
  assert.equal(known(varValue(doc, 'b')).value, true);
  assert.equal(known(varValue(doc, 'z')).value, null);
  assert.deepEqual(known(varValue(doc, 'a')).value, [1, 'two', false]);
  assert.deepEqual(known(varValue(doc, 'o')).value, { k: 'v', 'quoted key': 1 });
  const s = known(varValue(doc, 's'));
  assert.equal(slice(doc, s.origins[0]!.span), "'x'");
  assert.equal(s.origins[0]?.file, undefined, 'same file: no path');
});

test('param default with provenance (the rule message case)', () => {
  const text = `param publicAccess string = 'Enabled'
resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    publicNetworkAccess: publicAccess
  }
}
`;
  const doc = docOf({ '/w/main.bicep': text });
  const b = getBicep(doc);
  const sa = b.model.resources[0]!;
  const r = known(b.evaluator.resourceProperty(sa, 'properties.publicNetworkAccess'));
  assert.equal(r.value, 'Enabled');
  assert.equal(r.origins[0]?.note, 'default of param publicAccess');
  assert.equal(slice(doc, r.origins[0]!.span), "'Enabled'");
  assert.equal(doc.positionAt(r.origins[0]!.span.start).line, 0);
  // the same through the property node found by the model
  const look = sa.get('properties.publicNetworkAccess');
  assert.ok(look.found);
  assert.equal(known(b.evaluator.evaluate(look.value)).value, 'Enabled');
});

test('param without default is unknown; nullable + ?? offers the fallback', () => {
  const doc = docOf({ '/w/main.bicep': `param a string\nparam b string?\nvar x = a\nvar y = b ?? 'Enabled'\n` });
  const x = varValue(doc, 'x');
  assert.equal(x.kind, 'unknown');
  assert.equal(x.kind === 'unknown' && x.code, 'param');
  const y = varValue(doc, 'y');
  assert.equal(y.kind, 'oneOf');
  assert.ok(y.kind === 'oneOf' && y.incomplete);
  assert.deepEqual(y.kind === 'oneOf' && y.options.map((o) => o.value), ['Enabled']);
});

test('.bicepparam value overrides the default (sibling <base>.bicepparam discovered)', () => {
  const files = {
    '/w/main.bicep': `param publicAccess string = 'Disabled'\nparam env string\nvar x = publicAccess\nvar y = env == 'prod' ? 'TLS1_2' : 'TLS1_0'\n`,
    '/w/main.bicepparam': `using './main.bicep'\n\nvar p = 'Ena'\nparam publicAccess = '\${p}bled'\nparam env = 'prod'\n`,
  };
  const doc = docOf(files);
  const x = known(varValue(doc, 'x'));
  assert.equal(x.value, 'Enabled');
  const assigned = x.origins.find((o) => o.file === '/w/main.bicepparam');
  assert.ok(assigned, JSON.stringify(x.origins));
  assert.match(assigned.note, /assigned in main\.bicepparam/);
  assert.equal(files['/w/main.bicepparam'].slice(assigned.span.start, assigned.span.end), "'${p}bled'");
  assert.equal(known(varValue(doc, 'y')).value, 'TLS1_2');
  assert.deepEqual(
    getBicep(doc).evaluator.paramFiles().map((p) => p.path),
    ['/w/main.bicepparam'],
  );
});

test('.bicepparam whose using points elsewhere is ignored; explicit param files and none', () => {
  const files = {
    '/w/main.bicep': `param a string = 'default'\nvar x = a\n`,
    '/w/main.bicepparam': `using './other.bicep'\nparam a = 'wrong'\n`,
    '/w/prod.bicepparam': `using 'main.bicep'\nparam a = 'prod'\n`,
    '/w/dev.bicepparam': `using './main.bicep'\n`,
  };
  const doc = docOf(files);
  assert.equal(known(varValue(doc, 'x')).value, 'default');
  const ev = createEvaluator(doc, { paramFiles: [{ path: '/w/prod.bicepparam', text: files['/w/prod.bicepparam'] }] });
  const v = getBicep(doc).model.vars[0]!.value;
  assert.equal(known(ev.evaluate(v)).value, 'prod');
  // two parameter files, one not assigning `a`: both possibilities
  const both = createEvaluator(doc, {
    paramFiles: [
      { path: '/w/prod.bicepparam', text: files['/w/prod.bicepparam'] },
      { path: '/w/dev.bicepparam', text: files['/w/dev.bicepparam'] },
    ],
  });
  const r = both.evaluate(v);
  assert.equal(r.kind, 'oneOf');
  assert.deepEqual(r.kind === 'oneOf' && r.options.map((o) => o.value), ['prod', 'default']);
  const none = createEvaluator(doc, { paramFiles: [] });
  assert.equal(known(none.evaluate(v)).value, 'default');
  // the document's shared evaluator can be pointed at an explicit file too
  setParamFiles(doc, [{ path: '/w/prod.bicepparam', text: files['/w/prod.bicepparam'] }]);
  assert.equal(known(getBicep(doc).model.evaluator.evaluate(v)).value, 'prod');
});

test('listing hosts: every *.bicepparam of the folder is considered', () => {
  const files: Record<string, string> = {
    '/w/infra.bicep': `param a string = 'default'\nvar x = a\n`,
    '/w/staging.bicepparam': `using './infra.bicep'\nparam a = 'staging'\n`,
  };
  const listing = { readFile: (p: string) => files[p], listFiles: (dir: string) => Object.keys(files).filter((f) => f.startsWith(`${dir}/`)) };
  const doc = new AnalysisDocument('/w/infra.bicep', files['/w/infra.bicep']!, 'bicep', listing);
  assert.equal(known(varValue(doc, 'x')).value, 'staging');
});

test('vars, interpolation, member and index access', () => {
  const doc = docOf({
    '/w/main.bicep': `param prefix string = 'ai'
var suffix = 'x1'
var name = '\${prefix}-\${suffix}-\${1}-\${true}'
var cfg = { network: { defaultAction: 'Deny', rules: ['a', 'b'] } }
var action = cfg.network.defaultAction
var second = cfg.network.rules[1]
var last = cfg.network.rules[^1]
var safe = cfg.?missing.?deep
var byKey = cfg['network'].defaultAction
`,
  });
  const name = known(varValue(doc, 'name'));
  assert.equal(name.value, 'ai-x1-1-True');
  assert.equal(name.origins[0]?.note, 'interpolated string');
  assert.ok(name.inputs?.some((o) => o.note === 'default of param prefix'));
  const action = known(varValue(doc, 'action'));
  assert.equal(action.value, 'Deny');
  assert.equal(slice(doc, action.origins[0]!.span), "'Deny'");
  assert.equal(known(varValue(doc, 'second')).value, 'b');
  assert.equal(known(varValue(doc, 'last')).value, 'b');
  assert.equal(known(varValue(doc, 'safe')).value, null);
  assert.equal(known(varValue(doc, 'byKey')).value, 'Deny');
});

test('ternaries: known condition picks a branch, unknown yields both', () => {
  const doc = docOf({
    '/w/main.bicep': `param isProd bool = true
param flag bool
var a = isProd ? 'Disabled' : 'Enabled'
var b = flag ? 'Disabled' : 'Enabled'
var c = !isProd ? 'x' : 'y'
var d = flag ? 'same' : 'same'
`,
  });
  assert.equal(known(varValue(doc, 'a')).value, 'Disabled');
  const b = varValue(doc, 'b');
  assert.equal(b.kind, 'oneOf');
  assert.deepEqual(b.kind === 'oneOf' && b.options.map((o) => o.value), ['Disabled', 'Enabled']);
  assert.ok(b.kind === 'oneOf' && !b.incomplete);
  assert.equal(b.kind === 'oneOf' && slice(doc, b.options[1]!.origins[0]!.span), "'Enabled'");
  assert.equal(known(varValue(doc, 'c')).value, 'y');
  assert.equal(known(varValue(doc, 'd')).value, 'same');
});

test('?? coalesce', () => {
  const doc = docOf({ '/w/main.bicep': `var a = null ?? 'x'\nvar b = 'y' ?? 'x'\nvar cfg = {}\nvar c = cfg.?v ?? 'fallback'\n` });
  assert.equal(known(varValue(doc, 'a')).value, 'x');
  assert.equal(known(varValue(doc, 'b')).value, 'y');
  assert.equal(known(varValue(doc, 'c')).value, 'fallback');
});

test('union() and spread for objects, concat for arrays', () => {
  const doc = docOf({
    '/w/main.bicep': `var base = { a: 1, nested: { x: 'y', z: 1 } }
var u = union(base, { b: 2, nested: { z: 2 } })
var s = { ...base, a: 3 }
var arr = [...['p'], 'q']
var cat = concat(['a'], ['b', 'c'])
var au = union(['a', 'b'], ['b', 'c'])
`,
  });
  assert.deepEqual(known(varValue(doc, 'u')).value, { a: 1, nested: { x: 'y', z: 2 }, b: 2 });
  assert.deepEqual(known(varValue(doc, 's')).value, { a: 3, nested: { x: 'y', z: 1 } });
  assert.deepEqual(known(varValue(doc, 'arr')).value, ['p', 'q']);
  assert.deepEqual(known(varValue(doc, 'cat')).value, ['a', 'b', 'c']);
  assert.deepEqual(known(varValue(doc, 'au')).value, ['a', 'b', 'c']);
});

test('common functions', () => {
  const doc = docOf({
    '/w/main.bicep': `var lower = toLower('ABC')
var upper = sys.toUpper('abc')
var cat = concat('a', 'b', 'c')
var fmt = format('{0}-{1}-{{x}}', 'a', 2)
var e1 = empty('')
var e2 = empty([1])
var e3 = empty({})
var c1 = contains('hello', 'ell')
var c2 = contains(['a', 'b'], 'b')
var c3 = contains({ k: 1 }, 'K')
var len = length('abcd')
var str = string(5)
var strb = string(true)
var bl = bool('true')
var it = int('42')
var rep = replace('a-b', '-', '_')
var sw = startsWith('Microsoft.Storage', 'microsoft.')
var sp = split('a,b', ',')
var jn = join(['a', 'b'], '+')
var mapped = map(['a', 'b'], x => toUpper(x))
var filtered = filter([1, 2, 3], x => x > 1)
var obj = toObject(['a'], x => x, x => length(x))
var first1 = first(['x', 'y'])
var rng = range(1, 3)
var coal = coalesce(null, 'z')
var runtime = uniqueString(resourceGroup().id)
`,
  });
  const expect: Record<string, unknown> = {
    lower: 'abc',
    upper: 'ABC',
    cat: 'abc',
    fmt: 'a-2-{x}',
    e1: true,
    e2: false,
    e3: true,
    c1: true,
    c2: true,
    c3: true,
    len: 4,
    str: '5',
    strb: 'True',
    bl: true,
    it: 42,
    rep: 'a_b',
    sw: true,
    sp: ['a', 'b'],
    jn: 'a+b',
    mapped: ['A', 'B'],
    filtered: [2, 3],
    obj: { a: 1 },
    first1: 'x',
    rng: [1, 2, 3],
    coal: 'z',
  };
  for (const [k, v] of Object.entries(expect)) assert.deepEqual(known(varValue(doc, k)).value, v, k);
  const rt = varValue(doc, 'runtime');
  assert.equal(rt.kind, 'unknown');
  assert.equal(rt.kind === 'unknown' && rt.code, 'runtime');
});

test('user-defined functions and loops', () => {
  const doc = docOf({
    '/w/main.bicep': `func prefixed(n string) string => 'ai-\${n}'
var a = prefixed('x')
var items = ['a', 'b']
var b = [for (x, i) in items: '\${x}\${i}']
var c = [for x in items: { name: x }]
`,
  });
  assert.equal(known(varValue(doc, 'a')).value, 'ai-x');
  assert.deepEqual(known(varValue(doc, 'b')).value, ['a0', 'b1']);
  assert.deepEqual(known(varValue(doc, 'c')).value, [{ name: 'a' }, { name: 'b' }]);
});

test('resource loops: the loop variable ranges over known items', () => {
  const doc = docOf({
    '/w/main.bicep': `param envs array = ['dev', 'prod']
resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = [for e in envs: {
  name: 'st\${e}'
  properties: {
    publicNetworkAccess: e == 'prod' ? 'Disabled' : 'Enabled'
  }
}]
`,
  });
  const b = getBicep(doc);
  const r = b.evaluator.resourceProperty(b.model.resources[0]!, 'properties.publicNetworkAccess');
  assert.equal(r.kind, 'oneOf');
  assert.deepEqual(r.kind === 'oneOf' && r.options.map((o) => o.value).sort(), ['Disabled', 'Enabled']);
});

test('paths below a spread or a ternary: each read sees its own property of the one evaluated object', () => {
  const doc = docOf({
    '/w/main.bicep': `param open bool = false
param extra object = {}
resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    ...extra
    networkAcls: open ? { defaultAction: 'Allow', bypass: 'None' } : { defaultAction: 'Deny', bypass: 'AzureServices' }
  }
}
`,
  });
  const b = getBicep(doc);
  const sa = b.model.resources[0]!;
  // read in turn, as rules do: the second and third reads reuse the evaluated object
  assert.equal(known(b.evaluator.resourceProperty(sa, 'properties.networkAcls.defaultAction')).value, 'Deny');
  assert.equal(known(b.evaluator.resourceProperty(sa, 'properties.networkAcls.bypass')).value, 'AzureServices');
  assert.equal(known(b.evaluator.resourceProperty(sa, 'properties.minimumTlsVersion')).value, 'TLS1_2');
  assert.equal(b.evaluator.resourceProperty(sa, 'properties.publicNetworkAccess').kind, 'unknown');
  assert.equal(known(b.evaluator.resourceProperty(sa, 'properties.networkAcls.defaultAction')).value, 'Deny');
});

test('spreads: a property written after one has its own value; one before it is what the spread leaves', () => {
  const doc = docOf({
    '/w/main.bicep': `param extra object
var overrides = {
  allowBlobPublicAccess: false
}
resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    allowBlobPublicAccess: true
    ...overrides
    ...extra
    publicNetworkAccess: 'Disabled'
  }
}
`,
  });
  const b = getBicep(doc);
  const sa = b.model.resources[0]!;
  assert.equal(known(b.evaluator.resourceProperty(sa, 'properties.publicNetworkAccess')).value, 'Disabled');
  assert.equal(known(b.evaluator.resourceProperty(sa, 'properties.allowBlobPublicAccess')).value, false);
});

test('property absent vs existing resources vs deployment-time values', () => {
  const doc = docOf({
    '/w/main.bicep': `resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: 'kv'
}
resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    keyVaultUri: kv.properties.vaultUri
  }
}
var n = sa.name
`,
  });
  const b = getBicep(doc);
  const sa = b.model.resources[1]!;
  const absent = b.evaluator.resourceProperty(sa, 'properties.minimumTlsVersion');
  assert.equal(absent.kind === 'unknown' && absent.code, 'absent');
  const ex = b.evaluator.resourceProperty(b.model.resources[0]!, 'properties.x');
  assert.equal(ex.kind === 'unknown' && ex.code, 'runtime');
  const uri = b.evaluator.resourceProperty(sa, 'properties.keyVaultUri');
  assert.equal(uri.kind === 'unknown' && uri.code, 'runtime');
  assert.equal(known(varValue(doc, 'n')).value, 'sa');
});

test('local module: params mapped into the callee, evaluated with the caller values; outputs', () => {
  const files = {
    '/w/main.bicep': `param access string = 'Enabled'
module st './modules/storage.bicep' = {
  name: 'st'
  params: {
    allowPublic: access == 'Enabled'
    location: 'westeurope'
  }
}
module avm 'br/public:avm/res/storage/storage-account:0.9.0' = {
  params: { name: 'x' }
}
var out = st.outputs.mode
`,
    '/w/modules/storage.bicep': `param location string
param allowPublic bool = false
param sku string = 'Standard_LRS'
resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  location: location
  properties: {
    allowBlobPublicAccess: allowPublic
  }
}
output mode string = allowPublic ? 'public' : 'private'
`,
  };
  const doc = docOf(files);
  const b = getBicep(doc);
  const res = resolveModuleParams(b.model.modules[0]!);
  assert.equal(res.reason, undefined);
  assert.equal(res.targetPath, '/w/modules/storage.bicep');
  assert.ok(res.target && res.evaluator);
  assert.deepEqual(
    res.params.map((p) => [p.name, p.param?.name, p.value.kind === 'known' ? p.value.value : p.value.kind]),
    [
      ['allowPublic', 'allowPublic', true],
      ['location', 'location', 'westeurope'],
      ['sku', 'sku', 'unknown'],
    ],
  );
  // inside the module file, the resource sees the caller's value
  const inner = res.target.resources[0]!;
  const v = known(res.evaluator.resourceProperty(inner, 'properties.allowBlobPublicAccess'));
  assert.equal(v.value, true);
  const hop = v.origins.find((o) => o.note.startsWith('passed as param allowPublic'));
  assert.ok(hop);
  assert.equal(hop.file, '/w/main.bicep');
  // unpassed params fall back to their default in the callee
  assert.equal(known(res.evaluator.param('sku')).value, 'Standard_LRS');
  // module outputs flow back
  assert.equal(known(varValue(doc, 'out')).value, 'public');
  // registry modules are not resolvable but their params are still listed
  const reg = resolveModuleParams(b.model.modules[1]!);
  assert.match(reg.reason ?? '', /registry/);
  assert.deepEqual(reg.params.map((p) => p.name), ['name']);
});

test('cycles and missing files are unknown, never errors', () => {
  const doc = docOf({
    '/w/main.bicep': `var a = b\nvar b = a\nmodule m './missing.bicep' = {\n  params: {}\n}\nvar o = m.outputs.x\n`,
  });
  const a = varValue(doc, 'a');
  assert.equal(a.kind === 'unknown' && a.code, 'cycle');
  const o = varValue(doc, 'o');
  assert.equal(o.kind, 'unknown');
  assert.match(resolveModuleParams(getBicep(doc).model.modules[0]!).reason ?? '', /cannot read/);
});

test('imported variables from a local file', () => {
  const doc = docOf({
    '/w/main.bicep': `import { defaults as d } from './types.bicep'\nvar x = d.defaultAction\n`,
    '/w/types.bicep': `@export()\nvar defaults = { defaultAction: 'Deny' }\n`,
  });
  const x = known(varValue(doc, 'x'));
  assert.equal(x.value, 'Deny');
  assert.equal(x.origins[0]?.file, '/w/types.bicep');
});

test('module recursion is bounded', () => {
  const doc = docOf({
    '/w/main.bicep': `module m './main.bicep' = {\n  params: {}\n}\noutput o string = m.outputs.o\nvar x = m.outputs.o\n`,
  });
  assert.equal(varValue(doc, 'x').kind, 'unknown');
});

test('a .bicepparam file: assignment values and its using target', () => {
  const files = {
    '/w/main.bicep': `@secure()\nparam key string\nparam loc string = 'x'\n`,
    '/w/main.bicepparam': `using './main.bicep'\nvar region = 'west'\nparam loc = '\${region}europe'\nparam key = 'hard-coded'\n`,
  };
  const doc = docOf(files, '/w/main.bicepparam');
  const b = getBicep(doc);
  assert.equal(b.model.isParamsFile, true);
  const loc = b.model.paramAssignments.find((a) => a.name === 'loc');
  assert.ok(loc);
  assert.equal(known(b.evaluator.evaluate(loc.value)).value, 'westeurope');
  const target = b.evaluator.usingTarget();
  assert.ok(target);
  assert.equal(target.param('key')?.secure, true);
});

test('evaluation work is bounded', () => {
  const doc = docOf({
    '/w/main.bicep': `var big = map(range(0, 1000), i => map(range(0, 1000), j => map(range(0, 1000), k => k)))\nvar s = length(big)\n`,
  });
  const r = varValue(doc, 's');
  assert.equal(r.kind, 'unknown');
  assert.equal(r.kind === 'unknown' && r.code, 'limit');
});
