import rule from '../../../server/src/rules/bicep/ai-key-retrieval';
import { ruleTester } from '../../helpers/ruleTester';

const acct = `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'oai-contoso'
}
`;

ruleTester(rule, {
  valid: [
    { name: 'endpoint only, identity-based', code: `${acct}output endpoint string = acct.properties.endpoint\n` },
    { name: 'listKeys on another type (Event Hubs rule)', code: "resource rule 'Microsoft.EventHub/namespaces/authorizationRules@2024-01-01' existing = {\n  name: 'ns/send'\n}\nvar cs = rule.listKeys().primaryConnectionString\n" },
    { name: 'a function named like a list call on an unknown target', code: 'param id string\nvar k = listKeys(id, \'2023-01-01\')\n' },
  ],
  invalid: [
    {
      name: 'member call on an existing AI account',
      code: `${acct}var key = acct.listKeys().key1\n`,
      errors: [{ line: 4, text: 'acct.listKeys()', message: 'AI account acct', related: ['Existing resource acct is declared here'] }],
    },
    {
      name: 'listAdminKeys on a Search service in an app setting',
      code: "resource search 'Microsoft.Search/searchServices@2025-05-01' = {\n  name: 'srch'\n  location: 'westeurope'\n  sku: {\n    name: 'standard'\n  }\n}\nresource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  properties: {\n    siteConfig: {\n      appSettings: [\n        {\n          name: 'SEARCH_KEY'\n          value: search.listAdminKeys().primaryKey\n        }\n      ]\n    }\n  }\n}\n",
      errors: [{ line: 15, text: 'search.listAdminKeys()', message: 'Search Index Data Reader' }],
    },
    {
      name: 'plain listKeys over resourceId() of a Storage account',
      code: "param saName string\nvar key = listKeys(resourceId('Microsoft.Storage/storageAccounts', saName), '2023-01-01').keys[0].value\n",
      errors: [{ line: 2, message: "Storage account resourceId('Microsoft.Storage/storageAccounts', …)" }],
    },
    {
      name: 'listKeys(sa.id, …) and listQueryKeys on a search service',
      code: "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\nresource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 'srch'\n}\noutput k string = listKeys(sa.id, '2023-01-01').keys[0].value\noutput q string = search.listQueryKeys().value[0].key\n",
      errors: [{ line: 7, message: 'Storage account sa' }, { line: 8, text: 'search.listQueryKeys()' }],
    },
  ],
});
