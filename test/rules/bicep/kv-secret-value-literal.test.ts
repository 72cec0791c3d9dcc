import rule from '../../../server/src/rules/bicep/kv-secret-value-literal';
import { ruleTester } from '../../helpers/ruleTester';

const secret = (value: string) => `resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: 'kv-contoso'
}

resource s 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: kv
  name: 'db-password'
  properties: {
    value: ${value}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'secure param', code: `@secure()\nparam dbPassword string\n${secret('dbPassword')}` },
    { name: 'runtime value', code: "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'st'\n}\n" + secret('sa.listKeys().keys[0].value') },
    { name: 'empty', code: secret("''") },
    { name: 'existing secret', code: "resource s 'Microsoft.KeyVault/vaults/secrets@2024-11-01' existing = {\n  name: 'kv/x'\n}\n" },
    { name: 'AVM module with a secure param', code: "@secure()\nparam pwd string\nmodule kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    secrets: [\n      {\n        name: 'pwd'\n        value: pwd\n      }\n    ]\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'literal: the fix extracts a @secure() param',
      code: secret("'P@ssw0rd-123'"),
      errors: [{ line: 9, text: "'P@ssw0rd-123'", message: 'a hard-coded value' }],
      output: `@secure()\nparam secretValue string\n\n${secret('secretValue')}`,
    },
    {
      name: 'plain param: the fix adds @secure()',
      code: `param dbPassword string\n${secret('dbPassword')}`,
      errors: [{ line: 10, text: 'dbPassword', message: 'param dbPassword, which is not @secure()' }],
      output: `@secure()\nparam dbPassword string\n${secret('dbPassword')}`,
    },
    {
      name: 'AVM module with a literal secret',
      code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    secrets: [\n      {\n        name: 'api-key'\n        value: 'abc123xyz'\n      }\n    ]\n  }\n}\n",
      errors: [{ line: 7, text: "'abc123xyz'", message: "'api-key' of module kv" }],
      output: "@secure()\nparam secretValue string\n\nmodule kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    secrets: [\n      {\n        name: 'api-key'\n        value: secretValue\n      }\n    ]\n  }\n}\n",
    },
  ],
});
