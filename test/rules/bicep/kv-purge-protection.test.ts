import rule from '../../../server/src/rules/bicep/kv-purge-protection';
import { ruleTester } from '../../helpers/ruleTester';
import { avmVault as avm, kv } from './fixtures';

const existing = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'true', code: kv('    enablePurgeProtection: true') },
    { name: 'existing vault', code: existing },
    { name: 'AVM module default (true)', code: avm("    sku: 'premium'") },
  ],
  invalid: [
    {
      name: 'absent',
      code: kv('    enableRbacAuthorization: true'),
      errors: [{ messageId: 'absent', line: 4 }],
      output: kv('    enableRbacAuthorization: true\n    enablePurgeProtection: true'),
    },
    {
      name: 'false',
      code: kv('    enablePurgeProtection: false'),
      errors: [{ messageId: 'insecure', line: 10, text: 'false' }],
      output: kv('    enablePurgeProtection: true'),
    },
    {
      name: 'AVM module passing false',
      code: avm('    enablePurgeProtection: false'),
      errors: [{ line: 4 }],
      output: avm('    enablePurgeProtection: true'),
    },
  ],
});
