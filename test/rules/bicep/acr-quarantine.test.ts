import rule from '../../../server/src/rules/bicep/acr-quarantine';
import { ruleTester } from '../../helpers/ruleTester';
import { acr, avmRegistry as avm } from './fixtures';

const existing = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'crcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'enabled', code: acr("    policies: {\n      quarantinePolicy: {\n        status: 'enabled'\n      }\n    }") },
    { name: 'Standard SKU (not available)', code: acr("    adminUserEnabled: false", 'Standard') },
    { name: 'existing registry', code: existing },
    { name: 'AVM module passing enabled', code: avm("    quarantinePolicyStatus: 'enabled'") },
  ],
  invalid: [
    {
      name: 'absent',
      code: acr('    adminUserEnabled: false'),
      errors: [{ messageId: 'absent', line: 7 }],
      output: acr("    adminUserEnabled: false\n    policies: {\n      quarantinePolicy: {\n        status: 'enabled'\n      }\n    }"),
    },
    {
      name: 'AVM module default (disabled)',
      code: avm("    acrSku: 'Premium'"),
      errors: [{ messageId: 'absent', line: 2 }],
      output: avm("    acrSku: 'Premium'\n    quarantinePolicyStatus: 'enabled'"),
    },
  ],
});
