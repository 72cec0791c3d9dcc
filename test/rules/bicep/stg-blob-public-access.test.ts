import rule from '../../../server/src/rules/bicep/stg-blob-public-access';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'false', code: sa('    allowBlobPublicAccess: false') },
    { name: 'absent on a current API version (default false)', code: sa("    minimumTlsVersion: 'TLS1_2'") },
    { name: 'existing account', code: existing },
    { name: 'AVM module default (false)', code: avm("    skuName: 'Standard_LRS'") },
  ],
  invalid: [
    {
      name: 'literal true',
      code: sa('    allowBlobPublicAccess: true'),
      errors: [{ messageId: 'insecure', line: 9, text: 'true' }],
      output: sa('    allowBlobPublicAccess: false'),
      fixTitles: ['Set allowBlobPublicAccess to false'],
    },
    {
      name: 'absent on an old API version',
      code: sa("    minimumTlsVersion: 'TLS1_2'", '2021-09-01'),
      errors: [{ messageId: 'absent', line: 8, text: 'properties' }],
      output: sa("    minimumTlsVersion: 'TLS1_2'\n    allowBlobPublicAccess: false", '2021-09-01'),
    },
    {
      name: 'from a param default',
      code: `param allowPublic bool = true\n${sa('    allowBlobPublicAccess: allowPublic')}`,
      errors: [{ line: 10, text: 'allowPublic', related: ['Default of param allowPublic: true'] }],
      output: `param allowPublic bool = false\n${sa('    allowBlobPublicAccess: allowPublic')}`,
    },
    {
      name: 'AVM module passing true',
      code: avm('    allowBlobPublicAccess: true'),
      errors: [{ line: 4, text: 'true' }],
      output: avm('    allowBlobPublicAccess: false'),
    },
  ],
});
