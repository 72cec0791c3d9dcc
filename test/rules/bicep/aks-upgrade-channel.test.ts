import rule from '../../../server/src/rules/bicep/aks-upgrade-channel';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'stable + NodeImage', code: aks("    autoUpgradeProfile: {\n      upgradeChannel: 'stable'\n      nodeOSUpgradeChannel: 'NodeImage'\n    }") },
    { name: 'patch, node OS default (NodeImage on this API version)', code: aks("    autoUpgradeProfile: {\n      upgradeChannel: 'patch'\n    }") },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module default (stable)', code: avm("    skuTier: 'Standard'") },
  ],
  invalid: [
    {
      name: 'no autoUpgradeProfile',
      code: aks('    enableRBAC: true'),
      // only what is wrong is asked for: the node OS channel defaults to NodeImage on this API version
      errors: [{ line: 7, message: /^Cluster aks does not upgrade automatically \(upgradeChannel is not set\), so Kubernetes patch releases wait for a manual upgrade \(set autoUpgradeProfile\.upgradeChannel to 'stable' or 'patch'\)\.$/ }],
      output: aks("    enableRBAC: true\n    autoUpgradeProfile: {\n      upgradeChannel: 'stable'\n    }"),
    },
    {
      name: "'none' channels",
      code: aks("    autoUpgradeProfile: {\n      upgradeChannel: 'none'\n      nodeOSUpgradeChannel: 'None'\n    }"),
      errors: [{ line: 10, text: "'none'", message: /upgradeChannel is 'none', nodeOSUpgradeChannel is 'None'\), so Kubernetes patch releases wait .* and node OS security fixes wait for a manual upgrade \(set autoUpgradeProfile\.nodeOSUpgradeChannel to 'NodeImage' or 'SecurityPatch'\)\.$/ }],
      output: aks("    autoUpgradeProfile: {\n      upgradeChannel: 'stable'\n      nodeOSUpgradeChannel: 'NodeImage'\n    }"),
    },
    {
      name: 'old API version: node OS channel missing too',
      code: aks('    enableRBAC: true', '', '2023-01-01'),
      errors: [{ line: 4 }],
      output: aks("    enableRBAC: true\n    autoUpgradeProfile: {\n      upgradeChannel: 'stable'\n      nodeOSUpgradeChannel: 'NodeImage'\n    }", '', '2023-01-01'),
    },
    {
      name: 'AVM module with a profile without upgradeChannel',
      code: avm("    autoUpgradeProfile: {\n      nodeOSUpgradeChannel: 'SecurityPatch'\n    }"),
      errors: [{ line: 5, text: 'autoUpgradeProfile' }],
      output: avm("    autoUpgradeProfile: {\n      nodeOSUpgradeChannel: 'SecurityPatch'\n      upgradeChannel: 'stable'\n    }"),
    },
  ],
});
