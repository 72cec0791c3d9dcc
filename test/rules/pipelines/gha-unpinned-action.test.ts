import rule from '../../../server/src/rules/pipelines/gha-unpinned-action';
import { ruleTester } from '../../helpers/ruleTester';

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const wrap = (steps: string) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    { name: 'full SHA', code: wrap(`      - uses: actions/checkout@${SHA} # v4\n`) },
    { name: 'local action and local reusable workflow', code: 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/setup\n' },
    { name: 'docker image is another rule', code: wrap('      - uses: docker://alpine:3.19\n') },
    { name: 'allowed owner', code: wrap('      - uses: actions/checkout@v4\n      - uses: Azure/login@v2\n'), options: { allow: ['actions/*', 'azure/login'] } },
    { name: 'allow everything', code: wrap('      - uses: foo/bar@main\n'), options: { allow: ['*'] } },
    { name: 'expression uses is not judged', code: wrap('      - uses: ${{ matrix.action }}\n') },
  ],
  invalid: [
    {
      name: 'tag',
      code: wrap('      - uses: actions/checkout@v4\n'),
      errors: [{ messageId: 'unpinned', text: 'v4', line: 6, column: 32, message: '`actions/checkout`' }],
    },
    {
      name: 'pin from the pins option, comment added',
      code: wrap('      - uses: actions/checkout@v4\n      - uses: "Azure/login@v2" # login\n'),
      options: { pins: { 'actions/checkout@v4': SHA, 'azure/login@v2': 'A'.repeat(40) } },
      errors: [{ messageId: 'unpinned' }, { messageId: 'unpinned', text: 'v2' }],
      output: wrap(`      - uses: actions/checkout@${SHA} # v4\n      - uses: "Azure/login@${'a'.repeat(40)}" # login\n`),
      fixTitles: ['Pin to 11bd71901bbe… from the pins option'],
    },
    {
      name: 'short sha, no ref, sub-path action',
      code: wrap('      - uses: actions/checkout@11bd719\n      - uses: foo/bar\n      - uses: github/codeql-action/init@v3\n'),
      errors: [{ messageId: 'shortSha' }, { messageId: 'noRef', text: 'foo/bar' }, { messageId: 'unpinned', message: 'github/codeql-action/init' }],
    },
    {
      name: 'reusable workflow at job level',
      code: 'on: push\njobs:\n  call:\n    uses: octo/shared/.github/workflows/build.yml@main\n',
      errors: [{ messageId: 'unpinned', text: 'main' }],
    },
    {
      name: 'composite action',
      path: 'action.yml',
      code: 'name: x\nruns:\n  using: composite\n  steps:\n    - uses: actions/setup-node@v4\n',
      errors: [{ messageId: 'unpinned' }],
    },
  ],
});
