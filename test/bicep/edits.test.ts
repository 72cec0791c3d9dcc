/** Quick-fix edits: inserting (nested) properties and replacing values, with exact outputs. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/languages/bicep/parser';
import { BicepModel } from '../../server/src/languages/bicep/model';
import {
  applyEdits,
  bicepString,
  insertPropertyEdit,
  objectLayout,
  removePropertyEdit,
  replaceValueEdit,
  setPropertyEdit,
} from '../../server/src/languages/bicep/edits';
import type { ObjectExpr } from '../../server/src/languages/bicep/ast';

function body(text: string, index = 0): ObjectExpr {
  const m = new BicepModel(parse(text), text, '/w/main.bicep');
  const r = m.resources[index];
  assert.ok(r && r.body);
  return r.body;
}

function insert(text: string, path: string, value: string): string {
  const edit = insertPropertyEdit(text, body(text), path, value);
  assert.ok(edit, 'an edit');
  return applyEdits(text, [edit]);
}

test('insert into an existing multi-line object at its property indentation', () => {
  const text = `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    minimumTlsVersion: 'TLS1_2' // keep me
  }
}
`;
  assert.equal(
    insert(text, 'properties.publicNetworkAccess', "'Disabled'"),
    `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    minimumTlsVersion: 'TLS1_2' // keep me
    publicNetworkAccess: 'Disabled'
  }
}
`,
  );
});

test('create intermediate objects', () => {
  const text = `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    minimumTlsVersion: 'TLS1_2'
  }
}
`;
  assert.equal(
    insert(text, 'properties.networkAcls.defaultAction', "'Deny'"),
    `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    networkAcls: {
      defaultAction: 'Deny'
    }
  }
}
`,
  );
  const noProps = `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
}
`;
  assert.equal(
    insert(noProps, 'properties.networkAcls.defaultAction', "'Deny'"),
    `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    networkAcls: {
      defaultAction: 'Deny'
    }
  }
}
`,
  );
});

test('tabs, four-space indentation and CRLF are followed', () => {
  const tabs = "resource sa 'T@1' = {\n\tname: 'sa'\n\tproperties: {\n\t\ta: 1\n\t}\n}\n";
  assert.equal(insert(tabs, 'properties.b.c', 'true'), "resource sa 'T@1' = {\n\tname: 'sa'\n\tproperties: {\n\t\ta: 1\n\t\tb: {\n\t\t\tc: true\n\t\t}\n\t}\n}\n");
  const crlf = "resource sa 'T@1' = {\r\n    name: 'sa'\r\n}\r\n";
  assert.equal(insert(crlf, 'properties.x', "'y'"), "resource sa 'T@1' = {\r\n    name: 'sa'\r\n    properties: {\r\n        x: 'y'\r\n    }\r\n}\r\n");
});

test('single-line and empty objects are expanded', () => {
  const empty = "resource sa 'T@1' = {}\n";
  assert.equal(insert(empty, 'properties.x', "'y'"), "resource sa 'T@1' = {\n  properties: {\n    x: 'y'\n  }\n}\n");
  const oneLine = "resource sa 'T@1' = {\n  name: 'sa'\n  properties: { a: 1, b: 2 }\n}\n";
  assert.equal(insert(oneLine, 'properties.c', '3'), "resource sa 'T@1' = {\n  name: 'sa'\n  properties: {\n    a: 1\n    b: 2\n    c: 3\n  }\n}\n");
  const emptyMulti = "resource sa 'T@1' = {\n  name: 'sa'\n  properties: {\n  }\n}\n";
  assert.equal(insert(emptyMulti, 'properties.c', '3'), "resource sa 'T@1' = {\n  name: 'sa'\n  properties: {\n    c: 3\n  }\n}\n");
});

test('inside an if / for body, with quoted keys', () => {
  const text = "resource sa 'T@1' = [for x in xs: if (x.on) {\n  name: x.name\n}]\n";
  assert.equal(insert(text, "tags.my-tag", bicepString("it's")), "resource sa 'T@1' = [for x in xs: if (x.on) {\n  name: x.name\n  tags: {\n    'my-tag': 'it\\'s'\n  }\n}]\n");
});

test('no edit when present, blocked by a non-literal, or the object is unclosed', () => {
  const present = "resource sa 'T@1' = {\n  properties: {\n    a: 1\n  }\n}\n";
  assert.equal(insertPropertyEdit(present, body(present), 'properties.a', '2'), undefined);
  const blocked = "resource sa 'T@1' = {\n  properties: props\n}\n";
  assert.equal(insertPropertyEdit(blocked, body(blocked), 'properties.a', '2'), undefined);
  const unclosed = "resource sa 'T@1' = {\n  name: 'x'\n";
  assert.equal(insertPropertyEdit(unclosed, body(unclosed), 'properties.a', '2'), undefined);
});

test('replace a value, fill a half-typed value, set = replace or insert, remove', () => {
  const text = "resource sa 'T@1' = {\n  properties: {\n    publicNetworkAccess: 'Enabled'\n    minimumTlsVersion:\n    other: 1\n  }\n}\n";
  const b = body(text);
  const m = new BicepModel(parse(text), text, '/w/main.bicep');
  const sa = m.resources[0];
  assert.ok(sa);
  const pna = sa.get('properties.publicNetworkAccess');
  assert.ok(pna.found);
  const e1 = replaceValueEdit(text, pna.property, "'Disabled'");
  assert.ok(e1);
  assert.equal(applyEdits(text, [e1]), text.replace("'Enabled'", "'Disabled'"));
  const tls = sa.get('properties.minimumTlsVersion');
  assert.ok(tls.found);
  const e2 = replaceValueEdit(text, tls.property, "'TLS1_2'");
  assert.ok(e2);
  assert.equal(applyEdits(text, [e2]), text.replace('minimumTlsVersion:', "minimumTlsVersion: 'TLS1_2'"));
  const e3 = setPropertyEdit(text, b, 'properties.publicNetworkAccess', "'Disabled'");
  assert.deepEqual(e3, e1);
  const e4 = setPropertyEdit(text, b, 'properties.allowBlobPublicAccess', 'false');
  assert.ok(e4);
  assert.equal(applyEdits(text, [e4]), text.replace('    other: 1\n', '    other: 1\n    allowBlobPublicAccess: false\n'));
  const other = sa.get('properties.other');
  assert.ok(other.found);
  const e5 = removePropertyEdit(text, other.object, other.property);
  assert.ok(e5);
  assert.equal(applyEdits(text, [e5]), text.replace('    other: 1\n', ''));
});

test('object layout reports braces and indentation', () => {
  const text = "resource sa 'T@1' = {\n    name: 'sa'\n}\n";
  const l = objectLayout(text, body(text));
  assert.deepEqual(
    { open: l.open, close: l.close, multiline: l.multiline, propertyIndent: l.propertyIndent, baseIndent: l.baseIndent, indentUnit: l.indentUnit, eol: l.eol },
    { open: { start: 20, end: 21 }, close: { start: 37, end: 38 }, multiline: true, propertyIndent: '    ', baseIndent: '', indentUnit: '    ', eol: '\n' },
  );
});
