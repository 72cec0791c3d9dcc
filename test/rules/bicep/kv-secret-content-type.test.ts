import rule from '../../../server/src/rules/bicep/kv-secret-content-type';
import { ruleTester } from '../../helpers/ruleTester';
import { secret } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'content type set', code: secret("    value: value\n    contentType: 'text/plain'") },
    { name: 'existing secret', code: "resource s 'Microsoft.KeyVault/vaults/secrets@2024-11-01' existing = {\n  name: 'kv/x'\n}\n" },
  ],
  invalid: [
    {
      name: 'absent',
      code: secret('    value: value'),
      errors: [{ messageId: 'absent', line: 6, text: 'properties' }],
      output: secret("    value: value\n    contentType: 'text/plain'"),
      fixTitles: ["Set contentType to 'text/plain'"],
    },
    {
      name: 'empty',
      code: secret("    value: value\n    contentType: ''"),
      errors: [{ messageId: 'insecure', line: 8, text: "''" }],
      output: secret("    value: value\n    contentType: 'text/plain'"),
    },
  ],
});
