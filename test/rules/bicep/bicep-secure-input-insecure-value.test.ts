import rule from '../../../server/src/rules/bicep/bicep-secure-input-insecure-value';
import { ruleTester } from '../../helpers/ruleTester';

const secret = (value: string, before = '') => `${before}resource s 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {\n  name: 'kv/db-password'\n  properties: {\n    value: ${value}\n  }\n}\n`;
const sql = (pwd: string, before = '') => `${before}resource sql 'Microsoft.Sql/servers@2025-01-01' = {\n  name: 'sql'\n  location: 'westeurope'\n  properties: {\n    administratorLogin: 'sqladmin'\n    administratorLoginPassword: ${pwd}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'secure param', code: secret('dbPassword', '@secure()\nparam dbPassword string\n') },
    { name: 'runtime value', code: secret('sa.listKeys().keys[0].value', "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\n") },
    { name: 'empty', code: secret("''") },
    { name: 'generated in a secure param default', code: sql('pwd', '@secure()\nparam pwd string = newGuid()\n') },
    { name: 'existing secret', code: "resource s 'Microsoft.KeyVault/vaults/secrets@2025-05-01' existing = {\n  name: 'kv/x'\n}\n" },
  ],
  invalid: [
    {
      name: 'literal secret value: moved to a new secure param',
      code: secret("'not-a-real-secret'"),
      errors: [{ line: 4, text: "'not-a-real-secret'", message: 'value of s is set from a hard-coded value' }],
      output: "@secure()\nparam value string\n\nresource s 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {\n  name: 'kv/db-password'\n  properties: {\n    value: value\n  }\n}\n",
    },
    {
      name: 'plain param for a SQL password',
      code: sql('sqlPassword', "param location string = 'westeurope'\nparam sqlPassword string\n"),
      errors: [{ line: 8, text: 'sqlPassword', message: 'param sqlPassword, which is not @secure()', related: ['param sqlPassword is not @secure()'] }],
      output: sql('sqlPassword', "param location string = 'westeurope'\n@secure()\nparam sqlPassword string\n"),
      fixTitles: ['Add @secure() to param sqlPassword'],
    },
    {
      name: 'VM admin password from a var built from a literal',
      code: "var pwd = 'Pa${uniqueString(resourceGroup().id)}'\nresource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {\n  name: 'vm'\n  location: 'x'\n  properties: {\n    osProfile: {\n      adminUsername: user\n      adminPassword: pwd\n    }\n  }\n}\nparam user string\n",
      errors: [{ line: 8, text: 'pwd', related: ['Hard-coded here'] }],
    },
  ],
});
