import rule from '../../../server/src/rules/bicep/aks-entra-rbac';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'managed with Azure RBAC', code: aks('    aadProfile: {\n      managed: true\n      enableAzureRBAC: true\n    }') },
    { name: 'unknown profile', code: `param aad object\n${aks('    aadProfile: aad')}` },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module with the profile', code: avm('    aadProfile: {\n      managed: true\n      enableAzureRBAC: true\n    }') },
  ],
  invalid: [
    {
      name: 'no aadProfile: one finding, one fix for both properties',
      code: aks('    enableRBAC: true'),
      errors: [{ line: 7, text: 'properties', message: 'aadProfile.managed is not set, aadProfile.enableAzureRBAC is not set', related: ['Also: aadProfile.enableAzureRBAC is not set'] }],
      output: aks('    enableRBAC: true\n    aadProfile: {\n      managed: true\n      enableAzureRBAC: true\n    }'),
      fixTitles: ['Enable managed Microsoft Entra ID integration with Azure RBAC'],
    },
    {
      name: 'managed but Azure RBAC off',
      code: aks('    aadProfile: {\n      managed: true\n      enableAzureRBAC: false\n    }'),
      errors: [{ line: 11, text: 'false', message: 'aadProfile.enableAzureRBAC is false' }],
      output: aks('    aadProfile: {\n      managed: true\n      enableAzureRBAC: true\n    }'),
    },
    {
      name: 'AVM module without aadProfile',
      code: avm("    skuTier: 'Standard'"),
      errors: [{ line: 2, text: 'params' }],
      output: avm("    skuTier: 'Standard'\n    aadProfile: {\n      managed: true\n      enableAzureRBAC: true\n    }"),
    },
  ],
});
