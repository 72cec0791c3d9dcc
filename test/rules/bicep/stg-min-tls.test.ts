import rule from '../../../server/src/rules/bicep/stg-min-tls';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'TLS1_2', code: sa("    minimumTlsVersion: 'TLS1_2'") },
    { name: 'TLS1_3', code: sa("    minimumTlsVersion: 'TLS1_3'") },
    { name: 'existing account', code: existing },
    { name: 'absent: Azure Storage refuses TLS 1.0 and 1.1 on every account since February 2026', code: sa("    accessTier: 'Hot'") },
    { name: 'AVM module default', code: avm("    skuName: 'Standard_LRS'") },
  ],
  invalid: [
    {
      name: 'TLS1_0',
      code: sa("    minimumTlsVersion: 'TLS1_0'"),
      errors: [{ messageId: 'insecure', line: 9, text: "'TLS1_0'" }],
      output: sa("    minimumTlsVersion: 'TLS1_2'"),
    },
    {
      name: 'from a .bicepparam file',
      code: `param tls string\n${sa('    minimumTlsVersion: tls')}`,
      files: { 'main.bicepparam': "using './main.bicep'\nparam tls = 'TLS1_1'\n" },
      errors: [{ line: 10, text: 'tls', related: ["Param tls assigned in main.bicepparam: 'TLS1_1'"] }],
      output: `param tls string\n${sa("    minimumTlsVersion: 'TLS1_2'")}`,
    },
    {
      name: 'AVM module passing TLS1_1',
      code: avm("    minimumTlsVersion: 'TLS1_1'"),
      errors: [{ line: 4 }],
      output: avm("    minimumTlsVersion: 'TLS1_2'"),
    },
  ],
});
