import rule from '../../../server/src/rules/bicep/stg-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: sa("    publicNetworkAccess: 'Disabled'") },
    { name: 'unknown', code: `param pna string\n${sa('    publicNetworkAccess: pna')}` },
    { name: 'existing account', code: existing },
    { name: 'AVM module with private endpoints only (the module disables public access)', code: avm("    privateEndpoints: [\n      {\n        service: 'blob'\n        subnetResourceId: '/subscriptions/x/subnets/pe'\n      }\n    ]") },
  ],
  invalid: [
    {
      name: 'literal Enabled',
      code: sa("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 9, text: "'Enabled'" }],
      output: sa("    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'absent, even behind a firewall',
      code: sa("    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
      errors: [{ messageId: 'absent', line: 8, text: 'properties' }],
      output: sa("    networkAcls: {\n      defaultAction: 'Deny'\n    }\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'from a ternary on an unknown condition',
      code: `param isPrivate bool\n${sa("    publicNetworkAccess: isPrivate ? 'Disabled' : 'Enabled'")}`,
      errors: [{ line: 10, text: "isPrivate ? 'Disabled' : 'Enabled'" }],
      output: `param isPrivate bool\n${sa("    publicNetworkAccess: 'Disabled'")}`,
    },
    {
      name: 'AVM module without private endpoints',
      code: avm("    skuName: 'Standard_LRS'"),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: avm("    skuName: 'Standard_LRS'\n    publicNetworkAccess: 'Disabled'"),
    },
  ],
});
