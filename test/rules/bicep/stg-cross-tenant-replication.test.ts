import rule from '../../../server/src/rules/bicep/stg-cross-tenant-replication';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

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
