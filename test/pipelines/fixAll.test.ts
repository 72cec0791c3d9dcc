/**
 * Safe fixes of the pipeline rules applied together (as `bulwark scan --fix` does) keep the
 * YAML valid and converge.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/engine/fixes';
import { allRules } from '../../server/src/rules';
import { parseYamlText } from '../../server/src/languages/yaml/parse';
import { analyzeText } from '../helpers/analyzeText';

const rules = allRules.filter((r) => /^(?:gha|ado)-/.test(r.meta.id));
const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';

describe('fix-all over pipeline files', () => {
  it('GitHub workflow', () => {
    const text = [
      'on: issue_comment',
      'jobs:',
      '  triage:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: react',
      '        run: |',
      '          echo "${{ github.event.comment.body }}"',
      '          gh issue comment 1 --body "${{ github.event.issue.title }}"',
      '      - uses: actions/github-script@v7',
      '        with:',
      "          script: core.info('${{ github.event.comment.body }}')",
      '',
    ].join('\n');
    const config = { rules: { 'gha-unpinned-action': { options: { pins: { 'actions/checkout@v4': SHA } } } } };
    const run = (t: string) => analyzeText(t, { path: '.github/workflows/t.yml', rules, config }).findings;
    const out = fixAll(text, run);
    assert.deepEqual(parseYamlText(out.text).errors, []);
    assert.equal(
      out.text,
      [
        'on: issue_comment',
        'jobs:',
        '  triage:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: actions/checkout@${SHA} # v4`,
        '        with:',
        '          persist-credentials: false',
        '      - name: react',
        '        run: |',
        '          echo "${COMMENT_BODY}"',
        '          gh issue comment 1 --body "${ISSUE_TITLE}"',
        '        env:',
        '          COMMENT_BODY: ${{ github.event.comment.body }}',
        '          ISSUE_TITLE: ${{ github.event.issue.title }}',
        '      - uses: actions/github-script@v7',
        '        with:',
        '          script: core.info(process.env.COMMENT_BODY)',
        '        env:',
        '          COMMENT_BODY: ${{ github.event.comment.body }}',
        '',
      ].join('\n'),
    );
    const left = run(out.text).filter((f) => f.fixes.some((x) => x.safety === 'safe'));
    assert.deepEqual(left.map((f) => f.ruleId), []);
  });

  it('Azure DevOps pipeline', () => {
    const text = 'steps:\n  - checkout: self\n    persistCredentials: true\n  - bash: |\n      echo "$(Build.SourceVersionMessage)"\n';
    const run = (t: string) => analyzeText(t, { path: 'azure-pipelines.yml', rules }).findings;
    const out = fixAll(text, run);
    assert.equal(
      out.text,
      'steps:\n  - checkout: self\n    persistCredentials: false\n  - bash: |\n      echo "${BUILD_SOURCEVERSIONMESSAGE}"\n    env:\n      BUILD_SOURCEVERSIONMESSAGE: $(Build.SourceVersionMessage)\n',
    );
  });
});
