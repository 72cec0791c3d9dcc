import rule from '../../../server/src/rules/bicep/cosmos-local-auth';
import { ruleTester } from '../../helpers/ruleTester';

const acct = (props: string, extra = '') => `resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: 'cosmos'
  location: 'westeurope'
${extra}  properties: {
    databaseAccountOfferType: 'Standard'
${props ? `${props}\n` : ''}  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'local auth disabled', code: acct('    disableLocalAuth: true') },
    { name: 'unknown param', code: `param dla bool\n${acct('    disableLocalAuth: dla')}` },
    { name: 'MongoDB account (no Entra data plane)', code: acct('    disableLocalAuth: false', "  kind: 'MongoDB'\n") },
    { name: 'Cassandra capability', code: acct("    capabilities: [\n      {\n        name: 'EnableCassandra'\n      }\n    ]") },
    { name: 'existing account', code: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {\n  name: 'cosmos'\n}\n" },
    { name: 'AVM module with its secure default', code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'literal false',
      code: acct('    disableLocalAuth: false'),
      errors: [{ messageId: 'insecure', line: 6, column: 23, text: 'false' }],
      output: acct('    disableLocalAuth: true'),
      fixTitles: ['Set disableLocalAuth to true'],
    },
    {
      name: 'absent (keys enabled by default)',
      code: acct(''),
      errors: [{ messageId: 'absent', line: 4, text: 'properties' }],
      output: acct('    disableLocalAuth: true'),
    },
    {
      name: 'NoSQL kind explicit, from a param default (unsafe fix)',
      code: `param dla bool = false\n${acct('    disableLocalAuth: dla', "  kind: 'GlobalDocumentDB'\n")}`,
      errors: [{ line: 8, text: 'dla', related: ['Default of param dla: false'] }],
      output: `param dla bool = true\n${acct('    disableLocalAuth: dla', "  kind: 'GlobalDocumentDB'\n")}`,
      fixTitles: ['Change the default of param dla to true'],
    },
    {
      name: 'AVM module passing false',
      code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n    disableLocalAuthentication: false\n  }\n}\n",
      errors: [{ line: 4, text: 'false' }],
      output: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n    disableLocalAuthentication: true\n  }\n}\n",
    },
  ],
});
