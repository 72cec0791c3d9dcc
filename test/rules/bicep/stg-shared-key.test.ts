import rule from '../../../server/src/rules/bicep/stg-shared-key';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'false', code: sa('    allowSharedKeyAccess: false') },
    { name: 'unknown', code: `param sk bool\n${sa('    allowSharedKeyAccess: sk')}` },
    { name: 'existing account', code: existing },
    { name: 'AVM module passing false', code: avm('    allowSharedKeyAccess: false') },
  ],
  invalid: [
    {
      name: 'literal true',
      code: sa('    allowSharedKeyAccess: true'),
      errors: [{ messageId: 'insecure', line: 9, text: 'true' }],
      output: sa('    allowSharedKeyAccess: false'),
    },
    {
      name: 'absent',
      code: sa("    minimumTlsVersion: 'TLS1_2'"),
      errors: [{ messageId: 'absent', line: 8, text: 'properties' }],
      output: sa("    minimumTlsVersion: 'TLS1_2'\n    allowSharedKeyAccess: false"),
    },
    {
      name: 'from a param default',
      code: `param sk bool = true\n${sa('    allowSharedKeyAccess: sk')}`,
      errors: [{ line: 10, text: 'sk' }],
      output: `param sk bool = false\n${sa('    allowSharedKeyAccess: sk')}`,
    },
    {
      name: 'AVM module default (true)',
      code: avm("    skuName: 'Standard_LRS'"),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: avm("    skuName: 'Standard_LRS'\n    allowSharedKeyAccess: false"),
    },
  ],
});
