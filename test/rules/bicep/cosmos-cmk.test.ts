import rule from '../../../server/src/rules/bicep/cosmos-cmk';
import { ruleTester } from '../../helpers/ruleTester';
import { cosmosAccount as acct } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'key URI', code: acct("    keyVaultKeyUri: 'https://kv.vault.azure.net/keys/cosmos'") },
    { name: 'key URI from a param', code: `param keyUri string\n${acct('    keyVaultKeyUri: keyUri')}` },
    { name: 'existing', code: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {\n  name: 'cosmos'\n}\n" },
  ],
  invalid: [
    { name: 'absent', code: acct(''), errors: [{ messageId: 'absent', line: 4, text: 'properties' }] },
    { name: 'empty', code: acct("    keyVaultKeyUri: ''"), errors: [{ messageId: 'insecure', line: 6, text: "''" }] },
  ],
});
