import rule from '../../../server/src/rules/pipelines/gha-untrusted-env-write';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'trusted value', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "SHA=${{ github.sha }}" >> $GITHUB_ENV\n' },
    { name: 'tainted env not written to GITHUB_ENV', code: 'on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - env:\n          T: ${{ github.event.issue.title }}\n        run: echo "$T" >> "$GITHUB_OUTPUT"\n' },
    { name: 'command output in a push workflow', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "V=$(cat version.txt)" >> $GITHUB_ENV\n' },
    { name: 'step env shadows a tainted job env', code: 'on: issues\njobs:\n  a:\n    runs-on: x\n    env:\n      T: ${{ github.event.issue.title }}\n    steps:\n      - env:\n          T: fixed\n        run: echo "T=$T" >> $GITHUB_ENV\n' },
  ],
  invalid: [
    {
      name: 'tainted step env written to GITHUB_ENV',
      code: 'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - env:\n          BRANCH: ${{ github.head_ref }}\n        run: |\n          echo "building"\n          echo "BRANCH=$BRANCH" >> "$GITHUB_ENV"\n',
      errors: [{ messageId: 'tainted', line: 10, text: 'echo "BRANCH=$BRANCH" >> "$GITHUB_ENV"', message: '`$BRANCH` holds `github.head_ref`' }],
    },
    {
      name: 'tainted workflow env to GITHUB_PATH in pwsh',
      code: 'on: issue_comment\nenv:\n  C: ${{ github.event.comment.body }}\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: Add-Content -Path $env:GITHUB_PATH -Value $env:C\n',
      errors: [{ messageId: 'tainted', message: '`GITHUB_PATH`' }],
    },
    {
      name: 'artifact data in a workflow_run workflow',
      code: 'on:\n  workflow_run:\n    workflows: [ci]\n    types: [completed]\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "PR=$(cat pr/number)" >> $GITHUB_ENV\n',
      errors: [{ messageId: 'fromData', message: '`workflow_run`' }],
    },
  ],
});
