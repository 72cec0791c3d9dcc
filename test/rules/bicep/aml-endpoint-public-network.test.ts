import rule from '../../../server/src/rules/bicep/aml-endpoint-public-network';
import { ruleTester } from '../../helpers/ruleTester';

const ep = (props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {\n  name: 'ws'\n}\nresource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {\n  parent: ws\n  name: 'ep'\n  location: 'westeurope'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: ep("    authMode: 'AADToken'\n    publicNetworkAccess: 'Disabled'") },
    { name: 'batch endpoints have no such setting', code: "resource b 'Microsoft.MachineLearningServices/workspaces/batchEndpoints@2024-10-01' = {\n  name: 'ws/b'\n  location: 'x'\n  properties: {\n    authMode: 'AADToken'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'enabled',
      code: ep("    authMode: 'AADToken'\n    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 10, text: "'Enabled'" }],
      output: ep("    authMode: 'AADToken'\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'absent',
      code: ep("    authMode: 'AADToken'"),
      errors: [{ messageId: 'absent', line: 8 }],
      output: ep("    authMode: 'AADToken'\n    publicNetworkAccess: 'Disabled'"),
    },
  ],
});
