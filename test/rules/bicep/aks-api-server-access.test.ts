import rule from '../../../server/src/rules/bicep/aks-api-server-access';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'private cluster', code: aks('    apiServerAccessProfile: {\n      enablePrivateCluster: true\n    }') },
    { name: 'authorized ranges', code: aks("    apiServerAccessProfile: {\n      authorizedIPRanges: [\n        '203.0.113.0/24'\n      ]\n    }") },
    { name: 'public network access disabled', code: aks("    publicNetworkAccess: 'Disabled'") },
    { name: 'ranges from an unknown param', code: `param ranges array\n${aks('    apiServerAccessProfile: {\n      authorizedIPRanges: ranges\n    }')}` },
    { name: 'existing cluster', code: existing },
    { name: "AVM module default (publicNetworkAccess 'Disabled')", code: avm("    skuTier: 'Standard'") },
  ],
  invalid: [
    {
      name: 'no apiServerAccessProfile',
      code: aks('    enableRBAC: true'),
      errors: [{ messageId: 'open', line: 7, text: 'properties' }],
      output: aks('    enableRBAC: true\n    apiServerAccessProfile: {\n      enablePrivateCluster: true\n    }'),
      fixTitles: ['Make the cluster private (enablePrivateCluster: true)'],
    },
    {
      name: 'private cluster false',
      code: aks('    apiServerAccessProfile: {\n      enablePrivateCluster: false\n    }'),
      errors: [{ messageId: 'open', line: 10, text: 'false' }],
      output: aks('    apiServerAccessProfile: {\n      enablePrivateCluster: true\n    }'),
    },
    {
      name: '0.0.0.0/0 authorized',
      code: aks("    apiServerAccessProfile: {\n      authorizedIPRanges: [\n        '0.0.0.0/0'\n      ]\n    }"),
      errors: [{ messageId: 'broadRanges', line: 10, message: "'0.0.0.0/0'" }],
    },
    {
      name: "AVM module with publicNetworkAccess 'Enabled'",
      code: avm("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'open', line: 2 }],
      output: avm("    publicNetworkAccess: 'Enabled'\n    apiServerAccessProfile: {\n      enablePrivateCluster: true\n    }"),
    },
  ],
});
