import rule from '../../../server/src/rules/pipelines/gha-dangerous-trigger-checkout';
import { ruleTester } from '../../helpers/ruleTester';

const wf = (on: string, steps: string, jobExtra = '') => `on: ${on}\njobs:\n  a:\n    runs-on: x\n${jobExtra}    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    { name: 'pull_request may check out the head', code: wf('pull_request', '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n') },
    { name: 'pull_request_target checking out the base', code: wf('pull_request_target', '      - uses: actions/checkout@v4\n') },
    { name: 'comparison on the head ref is not a checkout', code: wf('pull_request_target', "      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.head_ref == 'x' && 'main' || 'dev' }}\n") },
  ],
  invalid: [
    {
      name: 'head sha',
      code: wf('pull_request_target', '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm test\n'),
      errors: [{ messageId: 'checkout', line: 6, text: 'uses', message: '`pull_request_target`' }],
    },
    {
      name: 'fork repository and refs/pull merge ref',
      code: wf('[pull_request_target]', "      - uses: actions/checkout@v4\n        with:\n          repository: ${{ github.event.pull_request.head.repo.full_name }}\n      - uses: actions/checkout@v4\n        with:\n          ref: 'refs/pull/${{ github.event.number }}/merge'\n"),
      errors: [{ line: 6 }, { line: 9 }],
    },
    {
      name: 'workflow_run head sha; gh pr checkout in a script',
      code: wf('\n  workflow_run:\n    workflows: [ci]', '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.workflow_run.head_sha }}\n      - run: gh pr checkout 12\n'),
      errors: [{ message: '`workflow_run`', line: 8 }, { line: 11 }],
    },
    {
      name: 'same-repository guard lowers the confidence but still reports',
      code: wf('pull_request_target', '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.head_ref }}\n', '    if: github.event.pull_request.head.repo.full_name == github.repository\n'),
      errors: [{ messageId: 'checkout' }],
    },
  ],
});
