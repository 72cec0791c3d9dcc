import rule from '../../../server/src/rules/bicep/aks-local-accounts';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: aks('    disableLocalAccounts: true') },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module default (true)', code: avm("    skuTier: 'Standard'") },
  ],
  invalid: [
    {
      name: 'false',
      code: aks('    disableLocalAccounts: false'),
      errors: [{ messageId: 'insecure', line: 9, text: 'false' }],
      output: aks('    disableLocalAccounts: true'),
    },
    {
      name: 'absent',
      code: aks('    enableRBAC: true'),
      errors: [{ messageId: 'absent', line: 7, text: 'properties' }],
      output: aks('    enableRBAC: true\n    disableLocalAccounts: true'),
    },
    {
      name: 'from a param default',
      code: `param noLocal bool = false\n${aks('    disableLocalAccounts: noLocal')}`,
      errors: [{ line: 10, text: 'noLocal' }],
      output: `param noLocal bool = true\n${aks('    disableLocalAccounts: noLocal')}`,
    },
    {
      name: 'AVM module passing false',
      code: avm('    disableLocalAccounts: false'),
      errors: [{ line: 5, text: 'false' }],
      output: avm('    disableLocalAccounts: true'),
    },
  ],
});
