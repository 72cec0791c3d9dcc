/**
 * Every input in test/fixtures/regressions/ (see its README) is analysed several times — some
 * crashes appeared only once V8 had optimised the code — and must satisfy the fuzz property.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkInput, configFor, fuzzRegistry } from '../../scripts/fuzz';
import { analyze } from '../../server/src/engine/analyze';
import { defineRule } from '../../server/src/engine/rule';
import { registryFor } from '../helpers/analyzeText';
import { classify } from '../../server/src/engine/classify';
import { AnalysisDocument } from '../../server/src/engine/document';
import { completeAzureML } from '../../server/src/languages/azureml/complete';
import { hoverAzureML } from '../../server/src/languages/azureml/hover';
import { firstDocumentValue } from '../../server/src/languages/azureml/model';

const DIR = path.join(__dirname, '..', 'fixtures', 'regressions');
interface Entry {
  readonly file: string;
  readonly path: string;
  readonly crash: string;
  readonly fix: string;
  readonly maxPathLength?: number;
  /** Azure ML: also hover and complete at every n-th offset. */
  readonly hoverEvery?: number;
  /** Azure ML: the document's JS value, as JSON, is at most this many times the text's length. */
  readonly maxValueRatio?: number;
}
const entries = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8')) as Entry[];

describe('regression inputs', () => {
  it('every file is listed in index.json, and every entry exists', () => {
    const files = fs.readdirSync(DIR).filter((f) => f !== 'index.json' && f !== 'README.md').sort();
    assert.deepEqual(files, entries.map((e) => e.file).sort());
  });

  for (const e of entries) {
    it(`${e.file} (${e.crash.split(' (')[0]})`, () => {
      const text = fs.readFileSync(path.join(DIR, e.file), 'utf8');
      const registry = fuzzRegistry();
      for (let i = 0; i < 8; i++) {
        const r = checkInput({ label: e.file, path: e.path, text }, registry, i);
        assert.equal(r.failure, undefined, `${e.file}, run ${i + 1}: ${r.failure?.kind}: ${r.failure?.message}`);
      }
      if (e.hoverEvery !== undefined || e.maxValueRatio !== undefined) {
        const cls = classify(e.path, text);
        const doc = new AnalysisDocument(e.path, text, cls.kind);
        if (e.maxValueRatio !== undefined) {
          const json = JSON.stringify(firstDocumentValue(doc)) ?? '';
          assert.ok(json.length <= e.maxValueRatio * text.length, `value of ${json.length} characters`);
        }
        for (let offset = 0; e.hoverEvery !== undefined && offset <= text.length; offset += e.hoverEvery) {
          hoverAzureML(doc, offset);
          completeAzureML(doc, offset);
        }
      }
      if (e.maxPathLength !== undefined) {
        let longest = 0;
        const probe = defineRule({
          meta: { id: 'test-path-probe', description: 'Test.', category: 'governance', severity: 'info', confidence: 'high', appliesTo: ['json', 'yaml'], fixable: false, messages: { m: 'x' } },
          create: () => ({ stringScalar: (s) => void (longest = Math.max(longest, s.path.length)) }),
        });
        const reg = registryFor([probe]);
        analyze({ path: e.path, text }, { registry: reg, config: configFor(reg, undefined) });
        assert.ok(longest > 0 && longest <= e.maxPathLength, `longest path ${longest}`);
      }
    });
  }

  it('deep YAML is reported as a syntax error at the level that is too deep, not parsed', () => {
    const text = fs.readFileSync(path.join(DIR, 'yaml-flow-seq-2000.yml'), 'utf8');
    const registry = fuzzRegistry();
    const r = analyze({ path: '/fuzz/ws/config/deep.yml', text }, { registry, config: configFor(registry, undefined) });
    const syntax = r.findings.filter((f) => f.ruleId === 'syntax-error');
    assert.equal(syntax.length, 1);
    assert.match(syntax[0]?.message ?? '', /nesting deeper than 400 levels/);
    assert.equal(syntax[0]?.span.start, 3 + 399, 'the mapping is level 1, so the 400th bracket is level 401');
  });
});
