/**
 * Every pipeline rule over hostile documents: long lines full of expression openers,
 * quotes, brackets and macros. The rules must not throw and must finish (no timing asserted).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../server/src/rules';
import { analyzeText } from '../helpers/analyzeText';

const rules = allRules.filter((r) => /^(?:gha|ado)-/.test(r.meta.id));
const LONG = 90_000;
const limits = { limits: { maxLineLength: 200_000, maxFileSizeKb: 4096, fullParseKb: 2048 } };

function chunk(unit: string): string {
  return unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);
}

const payloads = [
  chunk('${{ github.head_ref '),
  chunk('${{ github.event.issue.title }}"\''),
  chunk("${{ contains(format('{0}', github.event.comment.body"),
  chunk('[[[[(((('),
  chunk('$(Build.SourceVersionMessage)$[ variables[\''),
  chunk('echo "X=$T" >> $GITHUB_ENV; az login --service-principal -p '),
  chunk('kubectl apply az deployment group create '),
];

describe('hostile pipeline documents', () => {
  for (const [i, p] of payloads.entries()) {
    it(`GitHub workflow payload #${i + 1}`, () => {
      const code = `on: pull_request_target\nenv:\n  E: ${JSON.stringify(p)}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${JSON.stringify(p)}\n      - run: |\n          ${p}\n          ${p}\n        env:\n          T: \${{ github.head_ref }}\n`;
      const r = analyzeText(code, { path: '.github/workflows/h.yml', rules, config: limits });
      assert.deepEqual(r.ruleErrors, []);
      assert.equal(r.skipped, undefined);
      // the model was built and rules ran (the checkout is always reported)
      assert.ok(r.findings.some((f) => f.ruleId === 'gha-unpinned-action'));
    });
    it(`Azure DevOps payload #${i + 1}`, () => {
      const code = `variables:\n  v: ${JSON.stringify(p)}\nsteps:\n  - bash: |\n      ${p}\n  - task: AzureCLI@2\n    inputs:\n      addSpnToEnvironment: true\n      scriptType: bash\n      inlineScript: ${JSON.stringify(p)}\n      arguments: ${JSON.stringify(p)}\n`;
      const r = analyzeText(code, { path: 'azure-pipelines.yml', rules, config: limits });
      assert.deepEqual(r.ruleErrors, []);
      assert.equal(r.skipped, undefined);
      assert.equal(r.kind, 'azure-pipelines');
    });
  }
});
