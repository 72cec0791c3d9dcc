import rule from '../../../server/src/rules/pipelines/gha-unsecure-commands';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'false', code: 'on: push\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: false\njobs: {}\n' },
    { name: 'absent', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "x=1" >> $GITHUB_ENV\n' },
  ],
  invalid: [
    {
      name: 'workflow, job and step level',
      code:
        'on: push\nenv:\n  A: 1\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: true\njobs:\n  a:\n    runs-on: x\n    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: "true"\n    steps:\n      - env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n          B: 2\n        run: echo "::set-env name=X::1"\n',
      errors: [{ line: 4, text: 'ACTIONS_ALLOW_UNSECURE_COMMANDS' }, { line: 9 }, { line: 12 }],
      output: 'on: push\nenv:\n  A: 1\njobs:\n  a:\n    runs-on: x\n    env:\n    steps:\n      - env:\n          B: 2\n        run: echo "::set-env name=X::1"\n',
    },
  ],
});
