import rule from '../../../server/src/rules/bicep/aks-policy-addon';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'enabled', code: aks('    addonProfiles: {\n      azurepolicy: {\n        enabled: true\n      }\n    }') },
    { name: 'enabled, other key casing', code: aks('    addonProfiles: {\n      azurePolicy: {\n        enabled: true\n      }\n    }') },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module default (true)', code: avm("    skuTier: 'Standard'") },
  ],
  invalid: [
    {
      name: 'absent',
      code: aks('    enableRBAC: true'),
      errors: [{ messageId: 'absent', line: 7 }],
      output: aks('    enableRBAC: true\n    addonProfiles: {\n      azurepolicy: {\n        enabled: true\n      }\n    }'),
    },
    {
      name: 'addonProfiles without azurepolicy',
      code: aks('    addonProfiles: {\n      omsagent: {\n        enabled: false\n      }\n    }'),
      errors: [{ messageId: 'absent', line: 9, text: 'addonProfiles' }],
      output: aks('    addonProfiles: {\n      omsagent: {\n        enabled: false\n      }\n      azurepolicy: {\n        enabled: true\n      }\n    }'),
    },
    {
      name: 'AVM module passing false',
      code: avm('    azurePolicyEnabled: false'),
      errors: [{ line: 5 }],
      output: avm('    azurePolicyEnabled: true'),
    },
  ],
});
