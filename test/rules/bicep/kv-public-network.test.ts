import rule from '../../../server/src/rules/bicep/kv-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { avmVault as avm, kv } from './fixtures';

const existing = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: kv("    publicNetworkAccess: 'Disabled'") },
    { name: 'existing vault', code: existing },
    { name: 'AVM module with private endpoints', code: avm("    privateEndpoints: [\n      {\n        subnetResourceId: '/subscriptions/x/subnets/pe'\n      }\n    ]") },
  ],
  invalid: [
    {
      name: 'Enabled',
      code: kv("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 10, text: "'Enabled'" }],
      output: kv("    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'absent',
      code: kv('    enableRbacAuthorization: true'),
      errors: [{ messageId: 'absent', line: 4 }],
      output: kv("    enableRbacAuthorization: true\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'AVM module without private endpoints',
      code: avm("    sku: 'premium'"),
      errors: [{ messageId: 'absent', line: 2 }],
      output: avm("    sku: 'premium'\n    publicNetworkAccess: 'Disabled'"),
    },
  ],
});
