import rule from '../../../server/src/rules/bicep/ai-connection-key-auth';
import { ruleTester } from '../../helpers/ruleTester';

const conn = (type: string, props: string) => `resource c '${type}@2025-06-01' = {\n  name: 'x/aoai'\n  properties: {\n    category: 'AzureOpenAI'\n    target: 'https://x.openai.azure.com'\n${props}\n  }\n}\n`;
const ML = 'Microsoft.MachineLearningServices/workspaces/connections';
const CS = 'Microsoft.CognitiveServices/accounts/connections';
const PROJ = 'Microsoft.CognitiveServices/accounts/projects/connections';

ruleTester(rule, {
  valid: [
    { name: 'Entra ID', code: conn(ML, "    authType: 'AAD'") },
    { name: 'managed identity', code: conn(CS, "    authType: 'ManagedIdentity'") },
    { name: 'unknown', code: `param t string\n${conn(PROJ, '    authType: t')}` },
  ],
  invalid: [
    {
      name: 'API key on a workspace connection: authType set to AAD and credentials removed',
      code: conn(ML, "    authType: 'ApiKey'\n    credentials: {\n      key: keyParam\n    }").replace("resource c", "@secure()\nparam keyParam string\nresource c"),
      errors: [{ line: 8, text: "'ApiKey'", message: "authType is 'ApiKey'" }],
      output: conn(ML, "    authType: 'AAD'").replace("resource c", "@secure()\nparam keyParam string\nresource c"),
      fixTitles: ["Set authType to 'AAD' and remove the credentials"],
    },
    {
      name: 'account key on a Foundry project connection, case-insensitive',
      code: conn(PROJ, "    authType: 'accountkey'"),
      errors: [{ line: 6 }],
      output: conn(PROJ, "    authType: 'AAD'"),
    },
    {
      name: 'from a param default',
      code: `param auth string = 'PAT'\n${conn(CS, '    authType: auth')}`,
      errors: [{ line: 7, related: ["Default of param auth: 'PAT'"] }],
      output: `param auth string = 'AAD'\n${conn(CS, '    authType: auth')}`,
    },
  ],
});
