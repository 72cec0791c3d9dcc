import rule from '../../../server/src/rules/pipelines/gha-azure-login-secret';
import { ruleTester } from '../../helpers/ruleTester';

const job = (perms: string, steps: string) => `on: push\n${perms}jobs:\n  deploy:\n    runs-on: ubuntu-latest\n${steps}`;

ruleTester(rule, {
  valid: [
    {
      name: 'OIDC',
      code: job('permissions:\n  id-token: write\n', '    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: ${{ secrets.A }}\n          tenant-id: ${{ secrets.B }}\n          subscription-id: ${{ secrets.C }}\n'),
    },
    { name: 'managed identity', code: job('', '    steps:\n      - uses: azure/login@v2\n        with:\n          auth-type: IDENTITY\n          creds: x\n') },
    { name: 'federated token on the CLI', code: job('', '    steps:\n      - run: az login --service-principal -u "$ID" -t "$T" --federated-token "$(cat token)"\n') },
    { name: 'managed identity on the CLI', code: job('', '    steps:\n      - run: az login --identity\n') },
  ],
  invalid: [
    {
      name: 'creds, no permissions anywhere: job gets its own block',
      code: job('', '    steps:\n      - uses: azure/login@v1\n        with:\n          creds: ${{ secrets.AZURE_CREDENTIALS }}\n          enable-AzPSSession: true\n'),
      errors: [{ messageId: 'creds', text: 'creds', line: 8 }],
      output: job(
        '',
        '    permissions:\n      id-token: write\n      contents: read\n    steps:\n      - uses: azure/login@v1\n        with:\n          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n          tenant-id: ${{ secrets.AZURE_TENANT_ID }}\n          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}\n          enable-AzPSSession: true\n',
      ),
    },
    {
      name: 'creds with workflow-level permissions map: scope added there',
      code: job('permissions:\n  contents: read\n', '    steps:\n      - uses: Azure/login@v2\n        with:\n          creds: ${{ secrets.AZURE_CREDENTIALS }}\n'),
      errors: [{ messageId: 'creds' }],
      output: job(
        'permissions:\n  contents: read\n  id-token: write\n',
        '    steps:\n      - uses: Azure/login@v2\n        with:\n          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n          tenant-id: ${{ secrets.AZURE_TENANT_ID }}\n          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}\n',
      ),
    },
    {
      name: 'creds with job-level permissions that already grant id-token',
      code: job('', '    permissions:\n      id-token: write\n    steps:\n      - uses: azure/login@v2\n        with:\n          creds: ${{ secrets.AZURE_CREDENTIALS }}\n'),
      errors: [{ messageId: 'creds' }],
      output: job(
        '',
        '    permissions:\n      id-token: write\n    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n          tenant-id: ${{ secrets.AZURE_TENANT_ID }}\n          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}\n',
      ),
    },
    {
      name: 'flow-style with: reported without a fix',
      code: job('', '    steps:\n      - uses: azure/login@v2\n        with: { creds: "${{ secrets.X }}" }\n'),
      errors: [{ messageId: 'creds' }],
    },
    {
      name: 'az login with a password',
      code: job('', '    steps:\n      - run: |\n          az login --service-principal -u "$ID" -p "${{ secrets.SP_SECRET }}" --tenant "$T"\n'),
      errors: [{ messageId: 'cliSecret', text: 'az login', line: 7 }],
    },
  ],
});
