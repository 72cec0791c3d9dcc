import rule from '../../../server/src/rules/bicep/stg-cross-tenant-replication';
import { ruleTester } from '../../helpers/ruleTester';

const sa = (props: string, api = '2025-01-01') => `resource sa 'Microsoft.Storage/storageAccounts@${api}' = {
  name: 'stcontoso'
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
${props}
  }
}
`;
const avm = (params: string) => `module sa 'br/public:avm/res/storage/storage-account:0.27.0' = {
  params: {
    name: 'stcontoso'
${params}
  }
}
`;
const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'false', code: sa('    allowCrossTenantReplication: false') },
    { name: 'absent (default false)', code: sa("    accessTier: 'Hot'") },
    { name: 'existing account', code: existing },
  ],
  invalid: [
    {
      name: 'true',
      code: sa('    allowCrossTenantReplication: true'),
      errors: [{ messageId: 'insecure', line: 9, text: 'true' }],
      output: sa('    allowCrossTenantReplication: false'),
    },
    {
      name: 'AVM module passing true',
      code: avm('    allowCrossTenantReplication: true'),
      errors: [{ line: 4 }],
      output: avm('    allowCrossTenantReplication: false'),
    },
  ],
});
