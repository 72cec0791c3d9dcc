import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { clearTreeCache, parseShared } from '../../server/src/languages/bicep/treeCache';
import { AnalysisDocument } from '../../server/src/engine/document';
import { getBicep, modelFor } from '../../server/src/languages/bicep';

describe('shared syntax trees', () => {
  beforeEach(() => clearTreeCache());

  it('one tree per path and text; a different text is parsed again', () => {
    const a = parseShared('/w/main.bicep', 'param a string\n', false);
    assert.equal(parseShared('/w/main.bicep', 'param a string\n', false), a);
    const b = parseShared('/w/main.bicep', 'param b string\n', false);
    assert.notEqual(b, a);
    assert.equal(parseShared('/w/main.bicep', 'param b string\n', false), b);
    assert.notEqual(parseShared('/w/other.bicep', 'param b string\n', false), b);
  });

  it('a .bicepparam parse is not mixed up with a .bicep one of the same path and text', () => {
    const text = "using 'main.bicep'\n";
    assert.notEqual(parseShared('/w/x', text, true), parseShared('/w/x', text, false));
  });

  it('a document and a module target with the same text share the tree, not the model', () => {
    const text = "param location string = 'westeurope'\n";
    const doc = getBicep(new AnalysisDocument('/w/mod.bicep', text, 'bicep'));
    const target = modelFor('/w/mod.bicep', text);
    assert.equal(target.program, doc.tree);
    assert.notEqual(target, doc.model);
  });

  it('many files do not grow the cache without bound (older trees are parsed again)', () => {
    const first = parseShared('/w/0.bicep', 'param p0 string\n', false);
    for (let i = 1; i <= 300; i++) parseShared(`/w/${i}.bicep`, `param p${i} string\n`, false);
    assert.notEqual(parseShared('/w/0.bicep', 'param p0 string\n', false), first);
  });
});
