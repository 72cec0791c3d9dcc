import rule from '../../../server/src/rules/bicep/kv-firewall';
import { ruleTester } from '../../helpers/ruleTester';
import { avmVault as avm, kv } from './fixtures';

const existing = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'deny', code: kv("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices'\n    }") },
    { name: 'public access disabled', code: kv("    publicNetworkAccess: 'Disabled'") },
    { name: 'existing vault', code: existing },
    { name: 'AVM module with private endpoints only (public access disabled)', code: avm("    privateEndpoints: [\n      {\n        subnetResourceId: '/subscriptions/x/subnets/pe'\n      }\n    ]") },
    { name: 'AVM module with Deny', code: avm("    networkAcls: {\n      defaultAction: 'Deny'\n    }") },
  ],
  invalid: [
    {
      name: 'Allow',
      code: kv("    networkAcls: {\n      defaultAction: 'Allow'\n    }"),
      errors: [{ messageId: 'insecure', line: 11, text: "'Allow'" }],
      output: kv("    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
    {
      name: 'absent',
      code: kv('    enableRbacAuthorization: true'),
      errors: [{ messageId: 'absent', line: 4 }],
      output: kv("    enableRbacAuthorization: true\n    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
    {
      name: 'AVM module without networkAcls nor private endpoints',
      code: avm("    sku: 'premium'"),
      errors: [{ messageId: 'absent', line: 2 }],
      output: avm("    sku: 'premium'\n    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
  ],
});
