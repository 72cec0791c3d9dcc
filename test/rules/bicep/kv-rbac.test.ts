import rule from '../../../server/src/rules/bicep/kv-rbac';
import { ruleTester } from '../../helpers/ruleTester';
import { avmVault as avm, kv } from './fixtures';

const existing = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'RBAC', code: kv('    enableRbacAuthorization: true') },
    { name: 'absent on API 2026-02-01 (RBAC by default)', code: kv('    enablePurgeProtection: true', '2026-02-01') },
    { name: 'existing vault', code: existing },
    { name: 'AVM module default (true)', code: avm("    sku: 'premium'") },
  ],
  invalid: [
    {
      name: 'false',
      code: kv('    enableRbacAuthorization: false'),
      errors: [{ messageId: 'insecure', line: 10, text: 'false' }],
      output: kv('    enableRbacAuthorization: true'),
    },
    {
      name: 'absent on an older API version',
      code: kv('    enablePurgeProtection: true'),
      errors: [{ messageId: 'absent', line: 4, text: 'properties' }],
      output: kv('    enablePurgeProtection: true\n    enableRbacAuthorization: true'),
    },
    {
      name: 'from a param default',
      code: `param rbac bool = false\n${kv('    enableRbacAuthorization: rbac')}`,
      errors: [{ line: 11, text: 'rbac' }],
      output: `param rbac bool = true\n${kv('    enableRbacAuthorization: rbac')}`,
    },
    {
      name: 'AVM module passing false',
      code: avm('    enableRbacAuthorization: false'),
      errors: [{ line: 4, text: 'false' }],
      output: avm('    enableRbacAuthorization: true'),
    },
  ],
});
