import rule from '../../../server/src/rules/bicep/aks-network-policy';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'azure', code: aks("    networkProfile: {\n      networkPlugin: 'azure'\n      networkPolicy: 'azure'\n    }") },
    { name: 'cilium dataplane without explicit policy', code: aks("    networkProfile: {\n      networkPlugin: 'azure'\n      networkDataplane: 'cilium'\n    }") },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module with cilium', code: avm("    networkDataplane: 'cilium'") },
  ],
  invalid: [
    {
      name: 'none',
      code: aks("    networkProfile: {\n      networkPlugin: 'azure'\n      networkPolicy: 'none'\n    }"),
      errors: [{ messageId: 'insecure', line: 11, text: "'none'" }],
      output: aks("    networkProfile: {\n      networkPlugin: 'azure'\n      networkPolicy: 'azure'\n    }"),
    },
    {
      name: 'absent with kubenet: the fix picks calico',
      code: aks("    networkProfile: {\n      networkPlugin: 'kubenet'\n    }"),
      errors: [{ messageId: 'absent', line: 9, text: 'networkProfile' }],
      output: aks("    networkProfile: {\n      networkPlugin: 'kubenet'\n      networkPolicy: 'calico'\n    }"),
    },
    {
      name: 'no networkProfile',
      code: aks('    enableRBAC: true'),
      errors: [{ messageId: 'absent', line: 7 }],
      output: aks("    enableRBAC: true\n    networkProfile: {\n      networkPolicy: 'azure'\n    }"),
    },
    {
      name: 'AVM module without networkPolicy (no fix: the plugin decides)',
      code: avm("    networkPlugin: 'azure'"),
      errors: [{ messageId: 'absent', line: 2 }],
    },
  ],
});
