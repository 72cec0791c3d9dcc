import rule from '../../../server/src/rules/bicep/aml-endpoint-identity';
import { ruleTester } from '../../helpers/ruleTester';

const ep = (identity: string) => `resource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {\n  name: 'ws/ep'\n  location: 'westeurope'\n${identity}  properties: {\n    authMode: 'AADToken'\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'system-assigned', code: ep("  identity: {\n    type: 'SystemAssigned'\n  }\n") },
    { name: 'user-assigned', code: ep("  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: {\n      '/subscriptions/x/uami': {}\n    }\n  }\n") },
  ],
  invalid: [
    {
      name: 'none',
      code: ep("  identity: {\n    type: 'None'\n  }\n"),
      errors: [{ messageId: 'insecure', line: 5, text: "'None'" }],
      output: ep("  identity: {\n    type: 'SystemAssigned'\n  }\n"),
    },
    {
      name: 'absent: the identity block is inserted',
      code: ep(''),
      errors: [{ messageId: 'absent', line: 1, text: 'ep' }],
      output: "resource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {\n  name: 'ws/ep'\n  location: 'westeurope'\n  properties: {\n    authMode: 'AADToken'\n  }\n  identity: {\n    type: 'SystemAssigned'\n  }\n}\n",
      fixTitles: ["Set identity type to 'SystemAssigned'"],
    },
  ],
});
