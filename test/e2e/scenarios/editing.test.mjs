// @ts-check
/**
 * Editing scenarios in one VS Code window (fixtures/workspace, no bulwark.config.json):
 * activation time, diagnostics while typing (Bicep, Azure ML, GitHub workflow, Azure DevOps),
 * the Problems panel, a quick fix applied with Ctrl+. and saved, a rule turned off in settings,
 * suppression comments.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { fakeStorageConnectionString, logLineTime, scenario, useSession } from '../harness.mjs';

const SECRET_RULE = 'hardcoded-secret';
const SECRET = fakeStorageConnectionString();
const KEY = /AccountKey=([^;]+)/.exec(SECRET)?.[1] ?? '';

/** Files with a secret already on disk (written at launch, so no secret-shaped text is committed). */
const GENERATED = {
  'settings/app-config.yml': `service: scoring\nconnections:\n  storage: "${SECRET}"\n  retries: 3\n`,
  'suppress/job.yml': [
    '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json',
    'command: python score.py',
    'environment: azureml:scoring-env@1',
    'compute: azureml:cpu-cluster',
    'environment_variables:',
    `  STORAGE_CONNECTION_STRING: "${SECRET}"`,
    '',
  ].join('\n'),
  'suppress/keys.bicep': [
    "@description('Where the resources go.')",
    'param location string = resourceGroup().location',
    '',
    `var storageConnection = '${SECRET}'`,
    '',
    "output where string = location",
    '',
  ].join('\n'),
};

/** @typedef {import('../harness.mjs').ProblemRow} ProblemRow */

/** Rows of `rule` for a workspace file. @param {ProblemRow[]} rows @param {string} abs @param {string} rule */
const rowsFor = (rows, abs, rule) => rows.filter((r) => r.path === abs && r.code === rule);

describe('editing', () => {
  const ctx = useSession({ name: 'editing', files: GENERATED });

  scenario(ctx, 'activation: time from workbench load to "Bulwark activated in N ms"', async (s) => {
    // Opening a Bicep file activates the extension (onLanguage:bicep, from contributes.languages).
    await s.showProblems();
    const opened = Date.now();
    await s.openFile('infra/main.bicep');
    const line = await s.waitFor(
      () => s.bulwarkLogText().split('\n').find((l) => /Bulwark activated in \d+ ms/.test(l)),
      (l) => l !== undefined,
      { description: '"Bulwark activated in N ms" in the Bulwark output channel' },
    );
    assert.ok(line);
    const reported = Number(/activated in (\d+) ms/.exec(line)?.[1]);
    const at = logLineTime(line);
    assert.ok(Number.isFinite(reported), `activation line: ${line}`);
    const fromLoad = at !== undefined ? at - s.workbenchLoadedAt : NaN;
    process.stdout.write(
      `[e2e] activation: workbench loaded -> "Bulwark activated" logged: ${fromLoad} ms ` +
        `(Bicep file opened ${opened - s.workbenchLoadedAt} ms after load; activate() itself reported ${reported} ms)\n`,
    );
  });

  /** @type {{ kind: string, rel: string, line: string }[]} */
  const typed = [
    { kind: 'Bicep', rel: 'infra/main.bicep', line: `\nvar storageConnection = '${SECRET}'` },
    { kind: 'Azure ML job', rel: 'ml/train-job.yml', line: `  STORAGE_CONNECTION_STRING: "${SECRET}"` },
    { kind: 'GitHub workflow', rel: '.github/workflows/ci.yml', line: `          STORAGE_CONNECTION_STRING: "${SECRET}"` },
    { kind: 'Azure DevOps pipeline', rel: 'azure-pipelines.yml', line: `      STORAGE_CONNECTION_STRING: "${SECRET}"` },
  ];
  for (const t of typed) {
    scenario(
      ctx,
      `typing a secret shows a diagnostic and a Problems row with the rule id: ${t.kind}`,
      async (s) => {
        await s.openFile(t.rel);
        const abs = s.wsPath(t.rel);
        const before = rowsFor(await s.readProblems(t.rel), abs, SECRET_RULE);
        assert.equal(before.length, 0, `no ${SECRET_RULE} finding before typing`);
        const end = await s.gotoEnd(t.rel);
        assert.ok(end);
        await s.typeText(t.line);
        const squiggles = await s.waitFor(() => s.squiggleCount(), (n) => n > 0, { description: `a squiggle in ${t.rel}` });
        assert.ok(squiggles > 0);
        const rows = await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length > 0, { rel: t.rel, description: `Problems row ${SECRET_RULE} for ${t.rel}` });
        const row = rowsFor(rows, abs, SECRET_RULE)[0];
        assert.ok(row);
        assert.equal(row.source, 'bulwark');
        assert.equal(row.line, end.line + (t.line.startsWith('\n') ? 1 : 0), `finding on the typed line (${JSON.stringify(row)})`);
        assert.ok(!row.message.includes(KEY), `the message must not contain the whole key: ${row.message}`);
        assert.ok(!row.message.includes(KEY.slice(0, 12)), `the message must mask the key: ${row.message}`);
        if (t.kind === 'Bicep') {
          // Docs screenshot: hover on the secret with the Problems row below.
          const lineNo = row.line;
          await s.gotoLine(lineNo, row.column + 8);
          const hover = await s.showHover();
          assert.match(hover, new RegExp(SECRET_RULE));
          // The hover's "Quick Fix..." link appears once the code actions are resolved.
          await s.waitFor(() => s.textOf('.monaco-hover:not(.hidden)'), (h) => h.includes('Quick Fix'), { description: 'the hover offers "Quick Fix..."' });
          await s.screenshot('diagnostic');
          await s.press('Escape');
        }
        await s.runCommand('File: Save All');
      },
      { needs: [SECRET_RULE] },
    );
  }

  scenario(
    ctx,
    'Ctrl+. applies the quick fix; after save the file on disk changes and the finding is gone',
    async (s) => {
      const rel = 'infra/quickfix.bicep';
      s.writeWs(rel, "@description('Where the resources go.')\nparam location string = resourceGroup().location\n\noutput where string = location\n");
      await s.openFile(rel);
      const abs = s.wsPath(rel);
      await s.gotoEnd();
      await s.typeText(`\nvar storageConnection = '${SECRET}'`);
      await s.save();
      const before = s.readWs(rel);
      assert.ok(before.includes(KEY));
      const rows = await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length > 0, { rel: rel, description: `Problems row ${SECRET_RULE} for ${rel}` });
      const row = rowsFor(rows, abs, SECRET_RULE)[0];
      assert.ok(row);
      await s.gotoLine(row.line, row.column + 8);
      const titles = await s.openQuickFixMenu({ screenshot: 'quickfix' });
      assert.ok(titles.includes(`Suppress ${SECRET_RULE} on this line`), `offered: ${JSON.stringify(titles)}`);
      assert.ok(titles.includes(`Show documentation for ${SECRET_RULE}`), `offered: ${JSON.stringify(titles)}`);
      // The rule's own fix when it has one; otherwise the suppression (which also edits the file).
      const fix = titles.find((t) => !t.startsWith('Suppress ') && !t.startsWith('Show documentation') && !t.startsWith('Fix all')) ?? `Suppress ${SECRET_RULE} on this line`;
      process.stdout.write(`[e2e] quick fixes offered: ${JSON.stringify(titles)}; applying "${fix}"\n`);
      await s.chooseQuickFix(fix);
      await s.waitFor(() => s.page.locator('.tabs-container .tab.active.dirty').count(), (n) => n === 1, { description: 'the fix edited the document' });
      await s.save();
      const after = await s.waitFor(() => s.readWs(rel), (t) => t !== before, { description: `${rel} changed on disk` });
      if (fix.startsWith('Suppress ')) assert.match(after, new RegExp(`^#disable-next-line ${SECRET_RULE}$`, 'm'));
      else assert.ok(!after.includes(KEY), 'the fix removed the key from the file');
      await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length === 0, { rel: rel, description: `no ${SECRET_RULE} row for ${rel} after the fix` });
    },
    { needs: [SECRET_RULE] },
  );

  scenario(
    ctx,
    'bulwark.rules { "hardcoded-secret": "off" } removes the diagnostic; removing the setting brings it back',
    async (s) => {
      const rel = 'settings/app-config.yml';
      const abs = s.wsPath(rel);
      await s.openFile(rel);
      await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length === 1, { rel: rel, description: `Problems row ${SECRET_RULE} for ${rel}` });
      await s.setSetting({ 'bulwark.rules': { [SECRET_RULE]: 'off' } });
      await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length === 0, { rel: rel, description: `${SECRET_RULE} gone after turning it off` });
      await s.setSetting({ 'bulwark.rules': undefined });
      await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length === 1, { rel: rel, description: `${SECRET_RULE} back after removing the setting` });
    },
    { needs: [SECRET_RULE] },
  );

  /** @type {{ kind: string, rel: string, comment: string }[]} */
  const suppressions = [
    { kind: 'YAML', rel: 'suppress/job.yml', comment: `  # bulwark-disable-next-line ${SECRET_RULE}` },
    { kind: 'Bicep', rel: 'suppress/keys.bicep', comment: `#disable-next-line ${SECRET_RULE}` },
  ];
  for (const t of suppressions) {
    scenario(
      ctx,
      `a suppression comment typed above the secret removes the diagnostic: ${t.kind}`,
      async (s) => {
        const abs = s.wsPath(t.rel);
        await s.openFile(t.rel);
        const rows = await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length === 1, { rel: t.rel, description: `Problems row ${SECRET_RULE} for ${t.rel}` });
        const row = rowsFor(rows, abs, SECRET_RULE)[0];
        assert.ok(row);
        await s.gotoLine(row.line, 1);
        await s.typeText(`${t.comment}\n`);
        await s.waitForProblems((r) => rowsFor(r, abs, SECRET_RULE).length === 0, { rel: t.rel, description: `${SECRET_RULE} suppressed in ${t.rel}` });
        await s.save();
        assert.ok(s.readWs(t.rel).includes(t.comment.trim()));
      },
      { needs: [SECRET_RULE] },
    );
  }
});
