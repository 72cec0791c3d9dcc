import rule from '../../../server/src/rules/bicep/aoai-content-filter';
import { ruleTester } from '../../helpers/ruleTester';

const policy = (filters: string) => `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: 'oai-contoso'
}

resource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {
  parent: acct
  name: 'strict'
  properties: {
    basePolicyName: 'Microsoft.DefaultV2'
    mode: 'Blocking'
    contentFilters: [
${filters}
    ]
  }
}
`;
const filter = (name: string, source: string, enabled: string, blocking: string) => `      {
        name: '${name}'
        source: '${source}'
        severityThreshold: 'Medium'
        enabled: ${enabled}
        blocking: ${blocking}
      }`;

ruleTester(rule, {
  valid: [
    { name: 'every filter enabled and blocking', code: policy([filter('Hate', 'Prompt', 'true', 'true'), filter('Violence', 'Completion', 'true', 'true')].join('\n')) },
    { name: 'filters from an unknown param', code: "param filters array\nresource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {\n  name: 'oai/strict'\n  properties: {\n    contentFilters: filters\n  }\n}\n" },
    { name: 'deployment without raiPolicyName gets the default policy', code: "resource dep 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {\n  name: 'oai/gpt-4o'\n  properties: {\n    model: {\n      format: 'OpenAI'\n      name: 'gpt-4o'\n    }\n  }\n}\n" },
    { name: 'existing policy', code: "resource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' existing = {\n  name: 'oai/strict'\n}\n" },
  ],
  invalid: [
    {
      name: 'a disabled filter and a non-blocking one',
      code: policy([filter('Hate', 'Prompt', 'false', 'true'), filter('Violence', 'Completion', 'true', 'false')].join('\n')),
      errors: [
        { messageId: 'disabled', line: 16, text: 'false', message: "'Hate' (Prompt)" },
        { messageId: 'notBlocking', line: 24, text: 'false', message: "'Violence' (Completion)" },
      ],
      output: policy([filter('Hate', 'Prompt', 'true', 'true'), filter('Violence', 'Completion', 'true', 'true')].join('\n')),
    },
    {
      name: 'filters built in a loop from a var',
      code: "var names = [\n  'Hate'\n  'Sexual'\n]\nresource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {\n  name: 'oai/lax'\n  properties: {\n    contentFilters: [for n in names: {\n      name: n\n      source: 'Prompt'\n      enabled: true\n      blocking: false\n    }]\n  }\n}\n",
      errors: [{ messageId: 'notBlocking', line: 12 }],
      output: "var names = [\n  'Hate'\n  'Sexual'\n]\nresource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {\n  name: 'oai/lax'\n  properties: {\n    contentFilters: [for n in names: {\n      name: n\n      source: 'Prompt'\n      enabled: true\n      blocking: true\n    }]\n  }\n}\n",
    },
    {
      name: 'filters from a var (no fix: the value is not written here)',
      code: "var filters = [\n  {\n    name: 'Hate'\n    enabled: false\n  }\n]\nresource policy 'Microsoft.CognitiveServices/accounts/raiPolicies@2025-06-01' = {\n  name: 'oai/lax'\n  properties: {\n    contentFilters: filters\n  }\n}\n",
      errors: [{ messageId: 'disabled', line: 10, text: 'filters', message: "'Hate'" }],
    },
  ],
});
