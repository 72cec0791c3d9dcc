import rule from '../../../server/src/rules/bicep/kv-soft-delete';
import { ruleTester } from '../../helpers/ruleTester';
import { avmVault as avm, kv } from './fixtures';

const existing = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'true', code: kv('    enableSoftDelete: true') },
    { name: 'absent (default true)', code: kv('    enableRbacAuthorization: true') },
    { name: 'existing vault', code: existing },
  ],
  invalid: [
    {
      name: 'false',
      code: kv('    enableSoftDelete: false'),
      errors: [{ messageId: 'insecure', line: 10, text: 'false' }],
      output: kv('    enableSoftDelete: true'),
    },
    {
      name: 'AVM module passing false',
      code: avm('    enableSoftDelete: false'),
      errors: [{ line: 4 }],
      output: avm('    enableSoftDelete: true'),
    },
  ],
});
