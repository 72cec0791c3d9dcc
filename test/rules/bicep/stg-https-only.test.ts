import rule from '../../../server/src/rules/bicep/stg-https-only';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'true', code: sa('    supportsHttpsTrafficOnly: true') },
    { name: 'absent on a current API version', code: sa("    minimumTlsVersion: 'TLS1_2'") },
    { name: 'existing account', code: existing },
    { name: 'AVM module default', code: avm("    skuName: 'Standard_LRS'") },
  ],
  invalid: [
    {
      name: 'literal false',
      code: sa('    supportsHttpsTrafficOnly: false'),
      errors: [{ messageId: 'insecure', line: 9, text: 'false' }],
      output: sa('    supportsHttpsTrafficOnly: true'),
    },
    {
      name: 'absent on an API version before 2019-04-01',
      code: sa("    accessTier: 'Hot'", '2018-07-01'),
      errors: [{ messageId: 'absent', line: 8 }],
      output: sa("    accessTier: 'Hot'\n    supportsHttpsTrafficOnly: true", '2018-07-01'),
    },
    {
      name: 'AVM module passing false',
      code: avm('    supportsHttpsTrafficOnly: false'),
      errors: [{ line: 4, text: 'false' }],
      output: avm('    supportsHttpsTrafficOnly: true'),
    },
  ],
});
