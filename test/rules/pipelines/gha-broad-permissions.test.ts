import rule from '../../../server/src/rules/pipelines/gha-broad-permissions';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'read-only workflow, write on the job', code: 'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: x\n    permissions:\n      contents: write\n' },
    { name: 'workflow-level write with a single job', code: 'on: push\npermissions:\n  contents: write\n  id-token: write\njobs:\n  a:\n    runs-on: x\n' },
    {
      name: 'workflow-level id-token used by every inheriting job',
      code: 'on: push\npermissions:\n  id-token: write\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: azure/login@v2\n  b:\n    uses: ./.github/workflows/deploy.yml\n',
    },
    { name: 'write scope overridden by both jobs', code: 'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n  b:\n    runs-on: x\n    permissions: read-all\n' },
  ],
  invalid: [
    {
      name: 'write-all at workflow and job level',
      code: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: x\n    permissions: write-all\n',
      errors: [{ messageId: 'writeAll', line: 2, text: 'write-all', message: 'of every job' }, { messageId: 'writeAll', line: 6, message: 'of job `a`' }],
    },
    {
      name: 'workflow-level write scope inherited by two jobs; id-token not needed by one',
      code: 'on: push\npermissions:\n  contents: write\n  id-token: write\njobs:\n  build:\n    runs-on: x\n    steps:\n      - run: make\n  deploy:\n    runs-on: x\n    steps:\n      - uses: azure/login@v2\n',
      errors: [
        { messageId: 'workflowWrite', text: 'contents', message: '2 jobs (`build`, `deploy`)' },
        { messageId: 'idToken', text: 'id-token', message: 'including `build`,' },
      ],
    },
  ],
});
