import rule from '../../../server/src/rules/bicep/ai-connection-shared-to-all';
import { ruleTester } from '../../helpers/ruleTester';

const conn = (auth: string, shared: string) => `resource c 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {\n  name: 'acct/conn'\n  properties: {\n    category: 'AzureOpenAI'\n    target: 'https://x.openai.azure.com'\n    authType: '${auth}'\n${shared}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'Entra ID connection shared', code: conn('AAD', '    isSharedToAll: true') },
    { name: 'key connection not shared', code: conn('ApiKey', '    isSharedToAll: false') },
    { name: 'key connection, absent', code: conn('ApiKey', "    metadata: {}") },
  ],
  invalid: [
    {
      name: 'key connection shared with everyone',
      code: conn('ApiKey', '    isSharedToAll: true'),
      errors: [{ line: 7, text: 'true' }],
      output: conn('ApiKey', '    isSharedToAll: false'),
    },
  ],
});
