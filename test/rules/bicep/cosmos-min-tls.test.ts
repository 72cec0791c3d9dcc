import rule from '../../../server/src/rules/bicep/cosmos-min-tls';
import { ruleTester } from '../../helpers/ruleTester';
import { cosmosAccount as acct } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'TLS 1.2', code: acct("    minimalTlsVersion: 'Tls12'") },
    { name: 'absent (service requires TLS 1.2)', code: acct('') },
    { name: 'existing', code: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {\n  name: 'cosmos'\n}\n" },
  ],
  invalid: [
    {
      name: 'TLS 1.0',
      code: acct("    minimalTlsVersion: 'Tls'"),
      errors: [{ messageId: 'insecure', line: 6, text: "'Tls'" }],
      output: acct("    minimalTlsVersion: 'Tls12'"),
    },
    {
      name: 'TLS 1.1, other casing, from a param default',
      code: `param tls string = 'tls11'\n${acct('    minimalTlsVersion: tls')}`,
      errors: [{ line: 7, related: ["Default of param tls: 'tls11'"] }],
      output: `param tls string = 'Tls12'\n${acct('    minimalTlsVersion: tls')}`,
    },
  ],
});
