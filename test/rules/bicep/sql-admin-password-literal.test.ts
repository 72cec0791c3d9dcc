import rule from '../../../server/src/rules/bicep/sql-admin-password-literal';
import { ruleTester } from '../../helpers/ruleTester';

const sql = (pwd: string) => `resource sql 'Microsoft.Sql/servers@2023-08-01' = {
  name: 'sql'
  location: 'westeurope'
  properties: {
    administratorLogin: 'sqladmin'
    administratorLoginPassword: ${pwd}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'secure param', code: `@secure()\nparam pwd string\n${sql('pwd')}` },
    { name: 'runtime value from Key Vault', code: `resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv'\n}\n${sql("kv.getSecret('sql')")}` },
    { name: 'existing server', code: "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n" },
    { name: 'AVM with a secure param', code: "@secure()\nparam pwd string\nmodule sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    administratorLoginPassword: pwd\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'literal password',
      code: sql("'P@ssw0rd-1234'"),
      errors: [{ messageId: 'insecure', line: 6, text: "'P@ssw0rd-1234'" }],
      output: `@secure()\nparam administratorLoginPassword string\n\n${sql('administratorLoginPassword')}`,
    },
    {
      name: 'plain param (fix adds @secure())',
      code: `param pwd string\n${sql('pwd')}`,
      errors: [{ line: 7, text: 'pwd' }],
      output: `@secure()\nparam pwd string\n${sql('pwd')}`,
    },
    {
      name: 'AVM module given a literal',
      code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    administratorLoginPassword: 'P@ssw0rd-1234'\n  }\n}\n",
      errors: [{ line: 4, text: "'P@ssw0rd-1234'" }],
      output: "@secure()\nparam administratorLoginPassword string\n\nmodule sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    administratorLoginPassword: administratorLoginPassword\n  }\n}\n",
    },
  ],
});
