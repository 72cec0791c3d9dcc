import rule from '../../../server/src/rules/bicep/acr-content-trust';
import { ruleTester } from '../../helpers/ruleTester';
import { acr, avmRegistry as avm } from './fixtures';

const existing = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'crcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'enabled', code: acr("    policies: {\n      trustPolicy: {\n        type: 'Notary'\n        status: 'enabled'\n      }\n    }") },
    { name: 'Basic SKU', code: acr("    adminUserEnabled: false", 'Basic') },
    { name: 'existing registry', code: existing },
  ],
  invalid: [
    {
      name: 'disabled inside an existing policies object',
      code: acr("    policies: {\n      trustPolicy: {\n        type: 'Notary'\n        status: 'disabled'\n      }\n    }"),
      errors: [{ messageId: 'insecure', line: 11, text: "'disabled'" }],
      output: acr("    policies: {\n      trustPolicy: {\n        type: 'Notary'\n        status: 'enabled'\n      }\n    }"),
    },
    {
      name: 'absent',
      code: acr('    adminUserEnabled: false'),
      errors: [{ messageId: 'absent', line: 7 }],
      output: acr("    adminUserEnabled: false\n    policies: {\n      trustPolicy: {\n        status: 'enabled'\n      }\n    }"),
    },
    {
      name: 'AVM module default (disabled)',
      code: avm("    acrSku: 'Premium'"),
      errors: [{ messageId: 'absent', line: 2 }],
      output: avm("    acrSku: 'Premium'\n    trustPolicyStatus: 'enabled'"),
    },
  ],
});
