/**
 * A short, fixed-seed fuzz run (the long one is `npm run fuzz`). Every special input runs (10,000
 * levels of nesting, 10 MB lines, alias bombs, invalid UTF-8…), then truncations and random
 * mutations. Env: BULWARK_FUZZ_INPUTS (default 400), BULWARK_FUZZ_SEED (default 1),
 * BULWARK_FUZZ_FULL=1 for full-size specials (10 MB lines with raised limits, 100,000-item documents).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkInput, formatReport, inputAt, minimise, runFuzz } from '../../scripts/fuzz';
import { defineRule } from '../../server/src/engine/rule';
import { registryFor } from '../helpers/analyzeText';

const full = process.env['BULWARK_FUZZ_FULL'] === '1';
const inputs = Number(process.env['BULWARK_FUZZ_INPUTS'] ?? 400);
const seed = Number(process.env['BULWARK_FUZZ_SEED'] ?? 1);

const throwsOnMarker = defineRule({
  meta: { id: 'test-throws', description: 'Test.', category: 'governance', severity: 'warning', confidence: 'high', appliesTo: ['yaml'], fixable: false, messages: { m: 'x' } },
  create: () => ({
    stringScalar(s) {
      if (s.value.includes('BOOM')) throw new Error('boom');
    },
  }),
});
const badSpan = defineRule({
  meta: { id: 'test-bad-span', description: 'Test.', category: 'governance', severity: 'warning', confidence: 'high', appliesTo: ['yaml'], fixable: false, messages: { m: 'x' } },
  create: (ctx) => ({
    documentEnd(doc) {
      if (doc.text.includes('SPAN')) ctx.report({ messageId: 'm', span: { start: 0, end: doc.text.length + 5 }, fixes: [{ title: 't', safety: 'safe', edits: [{ start: -1, end: 0, newText: '' }] }] });
    },
  }),
});

describe('fuzzing', () => {
  it('the property check catches a throwing rule and an edit outside the text', () => {
    const registry = registryFor([throwsOnMarker, badSpan]);
    assert.equal(checkInput({ label: 'ok', path: '/fuzz/ws/x.yaml', text: 'a: fine\n' }, registry).failure, undefined);
    const thrown = checkInput({ label: 'boom', path: '/fuzz/ws/x.yaml', text: 'a: BOOM\n' }, registry).failure;
    assert.equal(thrown?.kind, 'rule-error');
    assert.match(thrown?.message ?? '', /test-throws: stringScalar: Error: boom/);
    const span = checkInput({ label: 'span', path: '/fuzz/ws/x.yaml', text: 'a: SPAN\n' }, registry).failure;
    assert.equal(span?.kind, 'invariant');
    assert.match(span?.message ?? '', /outside the text/);
  });

  it('minimise keeps the failure and drops the rest', () => {
    const registry = registryFor([throwsOnMarker]);
    const noise = Array.from({ length: 200 }, (_, i) => `k${i}: value ${i}`).join('\n');
    const small = minimise({ label: 'm', path: '/fuzz/ws/x.yaml', text: `${noise}\nz: xBOOMx\n${noise}\n` }, registry);
    assert.ok(small.text.includes('BOOM'));
    assert.ok(small.text.length < 40, JSON.stringify(small.text));
  });

  it('inputs are a pure function of (seed, index)', () => {
    for (const i of [0, 30, 250, 400, 1500, 9999]) {
      const a = inputAt(seed, i, { stride: 97 });
      const b = inputAt(seed, i, { stride: 97 });
      assert.equal(a.label, b.label);
      assert.equal(a.text, b.text);
    }
    assert.notEqual(inputAt(1, 5000, { stride: 97 }).text, inputAt(2, 5000, { stride: 97 }).text);
  });

  it(`analyze() survives ${inputs} fuzz inputs (seed ${seed}): no exception, no rule error, no hang, bounded heap`, async (t) => {
    const report = await runFuzz({
      seed,
      maxInputs: inputs,
      stride: 97,
      minimise: false,
      ...(full ? {} : { bigLine: 1 << 20, width: 20_000, scaleBase: 200 }),
    });
    for (const line of formatReport(report).split('\n')) t.diagnostic(line);
    assert.equal(report.inputs, inputs);
    assert.deepEqual(
      report.failures.map((f) => `#${f.index} ${f.kind} ${f.label}: ${f.message.split('\n')[0]} (${f.reproducer ?? 'no reproducer'})`),
      [],
    );
    // the heap after the run (after GC) stays near where it started: nothing accumulates per input
    assert.ok(report.heapAfterMb - report.heapBeforeMb < 128, `heap grew from ${report.heapBeforeMb.toFixed(0)} to ${report.heapAfterMb.toFixed(0)} MB`);
  });
});
