import rule from '../../../server/src/rules/bicep/kv-secret-expiry';
import { ruleTester } from '../../helpers/ruleTester';
import { secret } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'expiry set', code: `param exp int\n${secret('    value: value\n    attributes: {\n      exp: exp\n    }')}` },
    { name: 'existing secret', code: "resource s 'Microsoft.KeyVault/vaults/secrets@2024-11-01' existing = {\n  name: 'kv/x'\n}\n" },
  ],
  invalid: [
    {
      name: 'no attributes: the fix adds an expiry param',
      code: secret('    value: value'),
      errors: [{ line: 6, text: 'properties' }],
      output: `@secure()\nparam value string\n@description('Expiry of the secrets (seconds since epoch): 90 days after the deployment.')\nparam secretExpiry int = dateTimeToEpoch(dateTimeAdd(utcNow(), 'P90D'))\n\nresource s 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {\n  name: 'kv-contoso/db-password'\n  properties: {\n    value: value\n    attributes: {\n      exp: secretExpiry\n    }\n  }\n}\n`,
    },
    {
      name: 'attributes without exp',
      code: secret('    value: value\n    attributes: {\n      enabled: true\n    }'),
      errors: [{ line: 8, text: 'attributes' }],
      output: `@secure()\nparam value string\n@description('Expiry of the secrets (seconds since epoch): 90 days after the deployment.')\nparam secretExpiry int = dateTimeToEpoch(dateTimeAdd(utcNow(), 'P90D'))\n\nresource s 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {\n  name: 'kv-contoso/db-password'\n  properties: {\n    value: value\n    attributes: {\n      enabled: true\n      exp: secretExpiry\n    }\n  }\n}\n`,
    },
  ],
});
