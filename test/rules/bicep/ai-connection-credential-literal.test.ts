import rule from '../../../server/src/rules/bicep/ai-connection-credential-literal';
import { ruleTester } from '../../helpers/ruleTester';

const conn = (creds: string, before = '') => `${before}resource c 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01' = {\n  name: 'ws/search'\n  properties: {\n    category: 'CognitiveSearch'\n    authType: 'ApiKey'\n    target: 'https://x.search.windows.net'\n    credentials: {\n${creds}\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'secure param', code: conn('      key: searchKey', '@secure()\nparam searchKey string\n') },
    { name: 'runtime value from listAdminKeys()', code: conn("      key: search.listAdminKeys().primaryKey", "resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 's'\n}\n") },
    { name: 'identifiers are not secrets', code: conn("      clientId: '00000000-0000-0000-0000-000000000000'\n      tenantId: 'contoso.onmicrosoft.com'\n      clientSecret: secret", '@secure()\nparam secret string\n') },
  ],
  invalid: [
    {
      name: 'literal key: moved into a new @secure() param',
      code: conn("      key: 'not-a-real-key-value'"),
      errors: [{ line: 8, text: "'not-a-real-key-value'", message: 'credentials.key from a hard-coded value' }],
      output: "@secure()\nparam cKey string\n\nresource c 'Microsoft.MachineLearningServices/workspaces/connections@2024-10-01' = {\n  name: 'ws/search'\n  properties: {\n    category: 'CognitiveSearch'\n    authType: 'ApiKey'\n    target: 'https://x.search.windows.net'\n    credentials: {\n      key: cKey\n    }\n  }\n}\n",
    },
    {
      name: 'param without @secure(): the fix adds it',
      code: conn('      keys: {\n        apiKey: apiKey\n      }', 'param location string\nparam apiKey string\n'),
      errors: [{ line: 11, text: 'apiKey', message: 'credentials.keys.apiKey from param apiKey', related: ['param apiKey is not @secure()'] }],
      output: conn('      keys: {\n        apiKey: apiKey\n      }', 'param location string\n@secure()\nparam apiKey string\n'),
    },
    {
      name: 'a var built from a literal (no fix)',
      code: conn('      pat: token', "var token = 'ghp_${uniqueString('x')}'\n"),
      errors: [{ line: 9, related: ['Hard-coded here'] }],
    },
  ],
});
