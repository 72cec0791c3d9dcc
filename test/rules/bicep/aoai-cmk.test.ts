import rule from '../../../server/src/rules/bicep/aoai-cmk';
import { ruleTester } from '../../helpers/ruleTester';
import { openAiAccountNoSku as acct, avmAccount as avm } from './fixtures';

ruleTester(rule, {
  valid: [
    {
      name: 'customer-managed key',
      code: acct("    encryption: {\n      keySource: 'Microsoft.KeyVault'\n      keyVaultProperties: {\n        keyName: 'cmk'\n        keyVaultUri: 'https://kv-contoso.vault.azure.net/'\n      }\n    }"),
    },
    { name: 'existing account', code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'oai-contoso'\n}\n" },
    { name: 'AVM module with a customer-managed key', code: avm("    customerManagedKey: {\n      keyName: 'cmk'\n      keyVaultResourceId: '/subscriptions/x/kv'\n    }") },
  ],
  invalid: [
    {
      name: 'no encryption block (no fix: the key must be chosen)',
      code: acct('    disableLocalAuth: true'),
      errors: [{ messageId: 'absent', line: 5, text: 'properties' }],
    },
    {
      name: 'Microsoft-managed key source',
      code: acct("    encryption: {\n      keySource: 'Microsoft.CognitiveServices'\n    }"),
      errors: [{ messageId: 'insecure', line: 7, text: "'Microsoft.CognitiveServices'" }],
    },
    {
      name: 'AVM module without customerManagedKey',
      code: avm('    disableLocalAuth: true'),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
    },
  ],
});
