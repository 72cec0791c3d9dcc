import rule from '../../../server/src/rules/bicep/sql-tde';
import { ruleTester } from '../../helpers/ruleTester';

const tde = (state: string) => `resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {
  name: 'sql'

  resource db 'databases' existing = {
    name: 'db'
  }
}

resource tde 'Microsoft.Sql/servers/databases/transparentDataEncryption@2023-08-01' = {
  parent: sql::db
  name: 'current'
  properties: {
    state: ${state}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'enabled', code: tde("'Enabled'") },
    { name: 'unknown', code: `param s string\n${tde('s')}` },
    { name: 'absent (service default on)', code: "resource tde 'Microsoft.Sql/servers/databases/transparentDataEncryption@2023-08-01' = {\n  name: 'sql/db/current'\n}\n" },
  ],
  invalid: [
    { name: 'disabled', code: tde("'Disabled'"), errors: [{ messageId: 'insecure', line: 13, text: "'Disabled'" }], output: tde("'Enabled'") },
    {
      name: 'nested child, param default',
      code: "param tdeState string = 'Disabled'\nresource sql 'Microsoft.Sql/servers@2023-08-01' = {\n  name: 'sql'\n  location: 'westeurope'\n  resource db 'databases' = {\n    name: 'db'\n    location: 'westeurope'\n    resource tde 'transparentDataEncryption' = {\n      name: 'current'\n      properties: {\n        state: tdeState\n      }\n    }\n  }\n}\n",
      errors: [{ line: 11, related: ["Default of param tdeState: 'Disabled'"] }],
      output: "param tdeState string = 'Enabled'\nresource sql 'Microsoft.Sql/servers@2023-08-01' = {\n  name: 'sql'\n  location: 'westeurope'\n  resource db 'databases' = {\n    name: 'db'\n    location: 'westeurope'\n    resource tde 'transparentDataEncryption' = {\n      name: 'current'\n      properties: {\n        state: tdeState\n      }\n    }\n  }\n}\n",
    },
  ],
});
