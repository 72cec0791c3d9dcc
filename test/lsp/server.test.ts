import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { LspHarness, waitFor } from './harness';
import { fakeStorageConnectionString, fakeStorageKey } from '../helpers/fakeSecrets';

const secret = fakeStorageConnectionString(3);
const WORKFLOW_URI = 'file:///virtual-ws/.github/workflows/deploy.yml';
const workflow = `name: deploy
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploying
        env:
          STORAGE_CONNECTION: "${secret}"
`;

describe('language server (in-process harness)', () => {
  let h: LspHarness;
  beforeEach(async () => {
    h = new LspHarness();
    await h.initialize();
  });
  afterEach(() => h.dispose());

  it('pull diagnostics carry code, range and codeDescription, and never the whole secret', async () => {
    await h.open(WORKFLOW_URI, workflow);
    const diags = await h.diagnostics(WORKFLOW_URI);
    const d = diags.find((x) => x.code === 'hardcoded-secret');
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.source, 'bulwark');
    assert.match(d.codeDescription?.href ?? '', /docs\/rules\/hardcoded-secret\.md$/);
    assert.equal(d.range.start.line, 10);
    assert.ok(!JSON.stringify(d.message).includes(fakeStorageKey(3)));
  });

  it('code actions: the fix, a suppression and the docs link', async () => {
    await h.open(WORKFLOW_URI, workflow);
    const diags = await h.diagnostics(WORKFLOW_URI);
    const d = diags.find((x) => x.code === 'hardcoded-secret')!;
    const actions = await h.codeActions(WORKFLOW_URI, d.range, [d]);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => /secrets\./.test(a.title));
    assert.ok(fix, titles.join('\n'));
    const edits = fix.edit?.documentChanges?.[0] && 'edits' in fix.edit.documentChanges[0] ? fix.edit.documentChanges[0].edits : [];
    assert.ok(edits.some((e) => 'newText' in e && typeof e.newText === 'string' && e.newText.includes('${{ secrets.')), JSON.stringify(edits));
    assert.ok(titles.includes('Suppress hardcoded-secret on this line'), titles.join('\n'));
    assert.ok(titles.includes('Show documentation for hardcoded-secret'), titles.join('\n'));
    const suppress = actions.find((a) => a.title === 'Suppress hardcoded-secret on this line')!;
    const edit = suppress.edit?.changes?.[WORKFLOW_URI]?.[0];
    assert.equal(edit?.newText, '          # bulwark-disable-next-line hardcoded-secret\n');
    assert.equal(edit?.range.start.line, 10);
  });

  it('re-analyses each new version (incremental sync) and caches per version', async () => {
    await h.open(WORKFLOW_URI, 'name: x\non: push\njobs: {}\n');
    assert.equal((await h.diagnostics(WORKFLOW_URI)).filter((d) => d.code === 'hardcoded-secret').length, 0);
    await h.change(WORKFLOW_URI, { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } }, `\nenv:\n  CONN: "${secret}"`);
    const diags = await h.diagnostics(WORKFLOW_URI);
    assert.equal(diags.filter((d) => d.code === 'hardcoded-secret').length, 1);
  });

  it('a settings change (rule off) refreshes and removes the diagnostic', async () => {
    await h.open(WORKFLOW_URI, workflow);
    assert.ok((await h.diagnostics(WORKFLOW_URI)).some((d) => d.code === 'hardcoded-secret'));
    const before = h.refreshes;
    await h.changeSettings({ rules: { 'hardcoded-secret': 'off' } });
    await waitFor(() => h.refreshes, (n) => n > before, 'diagnostic refresh request');
    assert.equal((await h.diagnostics(WORKFLOW_URI)).filter((d) => d.code === 'hardcoded-secret').length, 0);
    await h.changeSettings({ enable: false });
    assert.deepEqual(await h.diagnostics(WORKFLOW_URI), []);
  });

  it('a cancelled pull returns promptly without a stale report', async () => {
    const big = Array.from({ length: 3000 }, (_, i) => `k${i}: "${secret}"`).join('\n');
    await h.open('file:///virtual-ws/big.yml', big);
    const started = Date.now();
    let outcome: string;
    try {
      const report = await h.pull('file:///virtual-ws/big.yml', undefined, 0);
      outcome = report.kind === 'full' ? `full:${report.items.length}` : 'unchanged';
    } catch (e) {
      outcome = `error:${(e as { code?: number }).code}`;
    }
    assert.ok(outcome === 'full:0' || outcome.startsWith('error:'), outcome);
    assert.ok(Date.now() - started < 10_000);
  });

  it('run = onSave keeps the last report until the document is saved', async () => {
    await h.changeSettings({ run: 'onSave' });
    await h.open(WORKFLOW_URI, 'name: x\non: push\njobs: {}\n');
    const first = await h.pull(WORKFLOW_URI);
    assert.equal(first.kind, 'full');
    await h.change(WORKFLOW_URI, undefined, workflow);
    const second = await h.pull(WORKFLOW_URI, first.kind === 'full' ? first.resultId : undefined);
    assert.equal(second.kind, 'unchanged');
  });
});

describe('language server (push client)', () => {
  it('publishes diagnostics for clients without pull support, latest version only', async () => {
    const h = new LspHarness({ pull: false });
    await h.initialize();
    await h.open(WORKFLOW_URI, 'name: x\n');
    await h.change(WORKFLOW_URI, undefined, workflow);
    const published = await waitFor(
      () => h.published.get(WORKFLOW_URI),
      (p) => p !== undefined && p.version === 2 && p.diagnostics.some((d) => d.code === 'hardcoded-secret'),
      'published diagnostics for version 2',
    );
    assert.equal(published?.version, 2);
    await h.dispose();
  });
});
