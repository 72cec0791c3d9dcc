import rule from '../../../server/src/rules/bicep/aif-project-identity';
import { ruleTester } from '../../helpers/ruleTester';

const account = `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'aif-contoso'
  location: 'swedencentral'
  kind: 'AIServices'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    allowProjectManagement: true
  }
}
`;
const project = (extra: string) => `${account}
resource project 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {
  parent: acct
  name: 'proj-chat'
  location: 'swedencentral'
${extra}  properties: {
    displayName: 'Chat'
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'project with a system-assigned identity', code: project("  identity: {\n    type: 'SystemAssigned'\n  }\n") },
    { name: 'account alone (not a project)', code: account },
    { name: 'existing project', code: "resource p 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' existing = {\n  name: 'aif/proj'\n}\n" },
  ],
  invalid: [
    {
      name: 'project without identity (parent: spelling)',
      code: project(''),
      errors: [{ messageId: 'absent', line: 13, text: 'project' }],
      output: project('').replace("    displayName: 'Chat'\n  }\n}", "    displayName: 'Chat'\n  }\n  identity: {\n    type: 'SystemAssigned'\n  }\n}"),
      fixTitles: ['Add a system-assigned managed identity'],
    },
    {
      name: 'nested project with type None',
      code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {\n  name: 'aif'\n  kind: 'AIServices'\n  resource proj 'projects' = {\n    name: 'p'\n    identity: {\n      type: 'None'\n    }\n  }\n}\n",
      errors: [{ messageId: 'insecure', line: 7, text: "'None'" }],
      output: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {\n  name: 'aif'\n  kind: 'AIServices'\n  resource proj 'projects' = {\n    name: 'p'\n    identity: {\n      type: 'SystemAssigned'\n    }\n  }\n}\n",
    },
    {
      name: "'account/project' name spelling",
      code: "resource proj 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {\n  name: 'aif/p'\n  location: 'swedencentral'\n}\n",
      errors: [{ messageId: 'absent', text: 'proj' }],
      output: "resource proj 'Microsoft.CognitiveServices/accounts/projects@2025-06-01' = {\n  name: 'aif/p'\n  location: 'swedencentral'\n  identity: {\n    type: 'SystemAssigned'\n  }\n}\n",
    },
  ],
});
