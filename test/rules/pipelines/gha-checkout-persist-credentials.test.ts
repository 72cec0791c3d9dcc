import rule from '../../../server/src/rules/pipelines/gha-checkout-persist-credentials';
import { ruleTester } from '../../helpers/ruleTester';

const wrap = (steps: string, on = 'push') => `on: ${on}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: wrap('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n') },
    { name: 'quoted false', code: wrap("      - uses: actions/checkout@v4\n        with:\n          persist-credentials: 'false'\n") },
    { name: 'expression', code: wrap('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: ${{ inputs.push }}\n') },
    { name: 'other actions', code: wrap('      - uses: actions/setup-node@v4\n') },
  ],
  invalid: [
    {
      name: 'no with: block (sequence item), fix creates it',
      code: wrap('      - uses: actions/checkout@v4\n      - run: make\n'),
      errors: [{ messageId: 'persisted', text: 'actions/checkout@v4' }],
      output: wrap('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - run: make\n'),
      fixTitles: ['Add persist-credentials: false'],
    },
    {
      name: 'existing with: block, later upload mentioned',
      code: wrap('      - name: co\n        uses: actions/checkout@v2\n        with:\n          fetch-depth: 0\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n'),
      errors: [{ messageId: 'persisted', message: 'an artifact uploaded later' }],
      output: wrap('      - name: co\n        uses: actions/checkout@v2\n        with:\n          fetch-depth: 0\n          persist-credentials: false\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n'),
    },
    {
      name: 'an artifact of a sub-folder (local upload action) does not include .git',
      code: wrap('      - uses: actions/checkout@v4\n      - uses: ./.github/actions/upload-artifact\n        with:\n          path: sdk/out\n'),
      errors: [{ messageId: 'persisted', message: /of the job; add/ }],
      output: wrap('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: ./.github/actions/upload-artifact\n        with:\n          path: sdk/out\n'),
    },
    {
      name: 'explicit true: unsafe fix to false',
      code: wrap('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: true\n      - run: git push\n'),
      errors: [{ messageId: 'explicit', text: 'persist-credentials' }],
      output: wrap('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - run: git push\n'),
    },
    {
      name: 'flow with: map gets no fix',
      code: wrap('      - uses: actions/checkout@v4\n        with: { fetch-depth: 0 }\n'),
      errors: [{ messageId: 'persisted' }],
    },
  ],
});
