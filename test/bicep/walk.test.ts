/** walkBicep events, stringScalar context, suppression pragmas, memoisation, engine integration. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { AnalysisDocument } from '../../server/src/engine/document';
import type { Emit, HookName, HookPayload, StringScalar } from '../../server/src/engine/hooks';
import { walkBicep } from '../../server/src/languages/bicep/walk';
import { bicepSuppressions, getBicep } from '../../server/src/languages/bicep/index';
import { analyzeText } from '../helpers/analyzeText';

function collect(text: string, path = '/w/main.bicep'): { events: [HookName, unknown][]; errors: { message: string }[] } {
  const doc = new AnalysisDocument(path, text, path.endsWith('.bicepparam') ? 'bicepparam' : 'bicep');
  const events: [HookName, unknown][] = [];
  const emit: Emit = <K extends HookName>(hook: K, payload: HookPayload<K>) => {
    events.push([hook, payload]);
  };
  const errors = walkBicep(doc, emit);
  return { events, errors };
}

test('symbol events in source order, nested resources once each', () => {
  const { events, errors } = collect(`param p string = 'x'
var v = 1
resource a 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'a'
  resource b 'blobServices' = {
    name: 'default'
    resource c 'containers' = {
      name: 'c'
    }
  }
}
module m './m.bicep' = {}
output o string = p
`);
  assert.deepEqual(errors, []);
  const symbols = events.filter(([h]) => h !== 'stringScalar').map(([h, p]) => `${h}:${(p as { name: string }).name}`);
  assert.deepEqual(symbols, ['bicepParam:p', 'bicepVar:v', 'bicepResource:a', 'bicepResource:b', 'bicepResource:c', 'bicepModule:m', 'bicepOutput:o']);
  assert.ok(events.every(([h]) => h !== 'documentStart' && h !== 'documentEnd'));
});

test('.bicepparam assignments', () => {
  const { events } = collect(`using './main.bicep'\nparam a = 'x'\nparam b = 1\n`, '/w/main.bicepparam');
  const names = events.filter(([h]) => h === 'bicepParamAssignment').map(([, p]) => (p as { name: string }).name);
  assert.deepEqual(names, ['a', 'b']);
});

test('stringScalar: key, path, valueStart, interpolated, isKey', () => {
  const text = `param key string = 'abc'
resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa\${suffix}'
  properties: {
    'quoted-key': 'v\\'x'
    list: [
      'first'
      { inner: 'deep' }
    ]
    conn: concat('Key=', key)
  }
}
var ml = '''
line'''
`;
  const { events } = collect(text);
  const scalars = events.filter(([h]) => h === 'stringScalar').map(([, p]) => p as StringScalar);
  const by = (v: string) => {
    const s = scalars.find((x) => x.value === v);
    assert.ok(s, v);
    return s;
  };
  const abc = by('abc');
  assert.equal(abc.key, 'key');
  assert.deepEqual(abc.path, ['key']);
  assert.equal(abc.valueStart, text.indexOf("'abc'") + 1);
  assert.equal(text.slice(abc.span.start, abc.span.end), "'abc'");
  const typeStr = by('Microsoft.Storage/storageAccounts@2025-01-01');
  assert.deepEqual(typeStr.path, ['sa']);
  const name = by('sa\u0000');
  assert.equal(name.interpolated, true);
  assert.equal(name.valueStart, undefined);
  assert.equal(name.key, 'name');
  assert.deepEqual(name.path, ['sa', 'name']);
  const qk = by('quoted-key');
  assert.equal(qk.isKey, true);
  assert.deepEqual(qk.path, ['sa', 'properties']);
  const escaped = by("v'x");
  assert.equal(escaped.valueStart, undefined, 'escapes: not verbatim');
  assert.equal(escaped.key, 'quoted-key');
  assert.deepEqual(by('first').path, ['sa', 'properties', 'list', 0]);
  const deep = by('deep');
  assert.equal(deep.key, 'inner');
  assert.deepEqual(deep.path, ['sa', 'properties', 'list', 1, 'inner']);
  assert.equal(by('Key=').key, 'conn');
  const ml = by('line');
  assert.equal(ml.valueStart, text.indexOf('line'));
  assert.equal(ml.key, 'ml');
});

test('suppression pragmas: next-line and ranges; pragmas in strings are not pragmas', () => {
  const text = `#disable-next-line rule-a BCP081
param x string = 'x'
var s = '#disable-next-line not-me'
#disable-diagnostics rule-b rule-c
var y = 1
#restore-diagnostics rule-b
var z = 2
`;
  const doc = new AnalysisDocument('/w/main.bicep', text, 'bicep');
  const sup = bicepSuppressions(doc);
  assert.deepEqual(sup, [
    { kind: 'next-line', line: 1, ids: ['rule-a', 'BCP081'] },
    { kind: 'range', startOffset: text.indexOf('#disable-diagnostics'), endOffset: text.indexOf('#restore-diagnostics') + '#restore-diagnostics rule-b'.length, ids: ['rule-b'] },
    { kind: 'range', startOffset: text.indexOf('#disable-diagnostics'), endOffset: text.length, ids: ['rule-c'] },
  ]);
});

test('getBicep is memoised per document', () => {
  const doc = new AnalysisDocument('/w/main.bicep', `param a string\n`, 'bicep');
  assert.equal(getBicep(doc), getBicep(doc));
  assert.equal(getBicep(doc).tree, getBicep(doc).tree);
  assert.equal(getBicep(doc).model.evaluator, getBicep(doc).evaluator);
});

test('engine: syntax errors become syntax-error findings', () => {
  const result = analyzeText(`var a = { b: 1 c: 2 }\nparam p string\n`, { path: 'main.bicep' });
  assert.equal(result.kind, 'bicep');
  const syntax = result.findings.filter((f) => f.ruleId === 'syntax-error');
  assert.equal(syntax.length, 1);
  assert.match(syntax[0]?.message ?? '', /new line or ','/);
  assert.equal(result.ruleErrors.length, 0, JSON.stringify(result.ruleErrors));
});
