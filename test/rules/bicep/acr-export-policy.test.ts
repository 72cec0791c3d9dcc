import rule from '../../../server/src/rules/bicep/acr-export-policy';
import { ruleTester } from '../../helpers/ruleTester';
import { acr, avmRegistry as avm } from './fixtures';

const existing = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'crcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'disabled on a private registry', code: acr("    publicNetworkAccess: 'Disabled'\n    policies: {\n      exportPolicy: {\n        status: 'disabled'\n      }\n    }") },
    { name: 'public registry (export cannot be disabled yet)', code: acr("    publicNetworkAccess: 'Enabled'") },
    { name: 'existing registry', code: existing },
    { name: 'AVM module default (disabled)', code: avm("    publicNetworkAccess: 'Disabled'") },
  ],
  invalid: [
    {
      name: 'absent on a private registry',
      code: acr("    publicNetworkAccess: 'Disabled'"),
      errors: [{ messageId: 'absent', line: 7 }],
      output: acr("    publicNetworkAccess: 'Disabled'\n    policies: {\n      exportPolicy: {\n        status: 'disabled'\n      }\n    }"),
    },
    {
      name: 'enabled on a private registry',
      code: acr("    publicNetworkAccess: 'Disabled'\n    policies: {\n      exportPolicy: {\n        status: 'enabled'\n      }\n    }"),
      errors: [{ messageId: 'insecure', line: 11, text: "'enabled'" }],
      output: acr("    publicNetworkAccess: 'Disabled'\n    policies: {\n      exportPolicy: {\n        status: 'disabled'\n      }\n    }"),
    },
    {
      name: 'AVM module passing enabled',
      code: avm("    exportPolicyStatus: 'enabled'"),
      errors: [{ line: 4 }],
      output: avm("    exportPolicyStatus: 'disabled'"),
    },
  ],
});
