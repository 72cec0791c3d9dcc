import rule from '../../../server/src/rules/bicep/aks-rbac';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'true', code: aks('    enableRBAC: true') },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module default (true)', code: avm("    skuTier: 'Standard'") },
  ],
  invalid: [
    {
      name: 'false',
      code: aks('    enableRBAC: false'),
      errors: [{ messageId: 'insecure', line: 9, text: 'false' }],
      output: aks('    enableRBAC: true'),
    },
    {
      name: 'absent',
      code: aks('    disableLocalAccounts: true'),
      errors: [{ messageId: 'absent', line: 7 }],
      output: aks('    disableLocalAccounts: true\n    enableRBAC: true'),
    },
    {
      name: 'AVM module passing false',
      code: avm('    enableRBAC: false'),
      errors: [{ line: 5 }],
      output: avm('    enableRBAC: true'),
    },
  ],
});
