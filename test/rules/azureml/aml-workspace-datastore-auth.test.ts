import rule from '../../../server/src/rules/azureml/aml-workspace-datastore-auth';
import { ruleTester } from '../../helpers/ruleTester';

const WS = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'identity', code: `${WS}name: w\nlocation: eastus\nsystem_datastores_auth_mode: identity\n`, path: 'workspace.yml' },
    { name: 'user credentials', code: `${WS}name: w\nlocation: eastus\nsystem_datastores_auth_mode: UserCredentials\n`, path: 'workspace.yml' },
    { name: 'fragment', code: 'name: w\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n', path: 'network.yml' },
  ],
  invalid: [
    {
      name: 'absent: after storage_account',
      code: `${WS}name: w\nlocation: eastus\nstorage_account: /subscriptions/x/storageAccounts/s\nkey_vault: /subscriptions/x/vaults/k\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'missing', text: 'name' }],
      output: `${WS}name: w\nlocation: eastus\nstorage_account: /subscriptions/x/storageAccounts/s\nsystem_datastores_auth_mode: identity\nkey_vault: /subscriptions/x/vaults/k\n`,
    },
    {
      name: 'explicit accesskey',
      code: `${WS}name: w\nlocation: eastus\nsystem_datastores_auth_mode: accesskey\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'accessKey', text: 'accesskey' }],
      output: `${WS}name: w\nlocation: eastus\nsystem_datastores_auth_mode: identity\n`,
    },
  ],
});
