import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/sql-entra-only';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const sql = (props: string) => `@secure()
param pwd string

resource sql 'Microsoft.Sql/servers@2023-08-01' = {
  name: 'sql'
  location: 'westeurope'
  properties: {
${props}
  }
}
`;
const LOGIN = "    administratorLogin: 'sqladmin'\n    administratorLoginPassword: pwd";
const admins = (aadOnly: string) => `    administrators: {\n      administratorType: 'ActiveDirectory'\n      login: 'sql-admins'\n      sid: '00000000-0000-0000-0000-000000000001'\n${aadOnly}    }`;

ruleTester(rule, {
  valid: [
    { name: 'Entra-only administrator', code: sql(admins('      azureADOnlyAuthentication: true\n')) },
    { name: 'SQL login, but Entra-only through the child resource', code: `${sql(LOGIN)}\nresource aadOnly 'Microsoft.Sql/servers/azureADOnlyAuthentications@2023-08-01' = {\n  parent: sql\n  name: 'Default'\n  properties: {\n    azureADOnlyAuthentication: true\n  }\n}\n` },
    { name: 'unknown', code: `param aadOnly bool\n${sql(admins('      azureADOnlyAuthentication: aadOnly\n'))}` },
    { name: 'existing', code: "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n" },
    { name: 'AVM with Entra-only', code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    administrators: {\n      azureADOnlyAuthentication: true\n      login: 'admins'\n      sid: 'x'\n    }\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'explicitly off',
      code: sql(`${LOGIN}\n${admins('      azureADOnlyAuthentication: false\n')}`),
      errors: [{ messageId: 'off', line: 14, text: 'false' }],
      output: sql(`${LOGIN}\n${admins('      azureADOnlyAuthentication: true\n')}`),
    },
    {
      name: 'SQL login with an Entra admin that is not exclusive',
      code: sql(`${LOGIN}\n${admins('')}`),
      errors: [{ messageId: 'absent', line: 8, text: "'sqladmin'" }],
      output: sql(`${LOGIN}\n${admins('      azureADOnlyAuthentication: true\n')}`),
    },
    {
      name: 'SQL login only (snippet adds an Entra administrator)',
      code: sql(LOGIN),
      errors: [{ messageId: 'absent', line: 8 }],
      output: sql(`${LOGIN}\n    administrators: {\n      administratorType: 'ActiveDirectory'\n      principalType: '\${1:Group}'\n      login: '\${2:sql-admins}'\n      sid: '\${3:00000000-0000-0000-0000-000000000000}'\n      tenantId: subscription().tenantId\n      azureADOnlyAuthentication: true\n    }`),
      fixTitles: ['Add a Microsoft Entra administrator with Entra-only authentication'],
    },
    {
      name: 'from a param default',
      code: `param aadOnly bool = false\n${sql(admins('      azureADOnlyAuthentication: aadOnly\n'))}`,
      errors: [{ messageId: 'off', related: ['Default of param aadOnly: false'] }],
      output: `param aadOnly bool = true\n${sql(admins('      azureADOnlyAuthentication: aadOnly\n'))}`,
    },
    {
      name: 'AVM module with a SQL login and no Entra admin',
      code: "@secure()\nparam pwd string\nmodule sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    administratorLogin: 'sqladmin'\n    administratorLoginPassword: pwd\n  }\n}\n",
      errors: [{ messageId: 'absent', line: 6 }],
    },
  ],
});

it('sql-entra-only: the administrator snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: sql(LOGIN), title: 'Add a Microsoft Entra administrator with Entra-only authentication' });
});
