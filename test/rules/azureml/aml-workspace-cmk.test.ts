import rule from '../../../server/src/rules/azureml/aml-workspace-cmk';
import { ruleTester } from '../../helpers/ruleTester';

const WS = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\n';

ruleTester(rule, {
  valid: [
    {
      name: 'customer-managed key',
      code: `${WS}name: w\nlocation: eastus\ncustomer_managed_key:\n  key_vault: /subscriptions/x/providers/Microsoft.KeyVault/vaults/kv\n  key_uri: https://kv.vault.azure.net/keys/k/1\n`,
      path: 'workspace.yml',
    },
    { name: 'fragment', code: 'name: w\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n', path: 'network.yml' },
  ],
  invalid: [
    { name: 'absent', code: `${WS}name: w\nlocation: eastus\n`, path: 'workspace.yml', errors: [{ messageId: 'missing', text: 'name' }] },
    {
      name: 'incomplete',
      code: `${WS}name: w\nlocation: eastus\ncustomer_managed_key:\n  key_vault: /subscriptions/x/vaults/kv\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'incomplete', text: 'customer_managed_key' }],
    },
  ],
});
