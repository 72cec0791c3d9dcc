import rule from '../../../server/src/rules/pipelines/gha-missing-permissions';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'workflow level', code: 'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n' },
    { name: 'empty workflow level', code: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n' },
    { name: 'every job sets its own', code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n  b:\n    permissions: read-all\n    runs-on: ubuntu-latest\n' },
    { name: 'composite actions are not workflows', path: 'action.yml', code: 'name: x\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n' },
  ],
  invalid: [
    {
      name: 'no permissions anywhere: one finding per job, one fix after on:',
      code: 'name: ci\non:\n  push:\n    branches: [main]\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  test:\n    runs-on: ubuntu-latest\n',
      errors: [{ messageId: 'missing', text: 'build', message: 'Job `build`' }, { text: 'test' }],
      output: 'name: ci\non:\n  push:\n    branches: [main]\npermissions:\n  contents: read\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  test:\n    runs-on: ubuntu-latest\n',
      fixTitles: ['Add workflow-level permissions (contents: read)'],
    },
    {
      name: 'only the job without permissions; id-token added for OIDC azure/login; 4-space file',
      code:
        'on: push\njobs:\n    a:\n        runs-on: ubuntu-latest\n        permissions:\n            contents: read\n    deploy:\n        runs-on: ubuntu-latest\n        steps:\n            - uses: azure/login@v2\n              with:\n                  client-id: ${{ secrets.AZURE_CLIENT_ID }}\n',
      errors: [{ text: 'deploy' }],
      output:
        'on: push\npermissions:\n    contents: read\n    id-token: write\njobs:\n    a:\n        runs-on: ubuntu-latest\n        permissions:\n            contents: read\n    deploy:\n        runs-on: ubuntu-latest\n        steps:\n            - uses: azure/login@v2\n              with:\n                  client-id: ${{ secrets.AZURE_CLIENT_ID }}\n',
    },
    {
      name: 'reusable workflow job (workflow_call only: low confidence)',
      code: 'on: workflow_call\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n',
      errors: [{ text: 'a' }],
      output: 'on: workflow_call\npermissions:\n  contents: read\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n',
    },
  ],
});
