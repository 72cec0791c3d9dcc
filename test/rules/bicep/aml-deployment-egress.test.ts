import rule from '../../../server/src/rules/bicep/aml-deployment-egress';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (managed: boolean) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n    managedNetwork: {\n      isolationMode: '${managed ? 'AllowOnlyApprovedOutbound' : 'Disabled'}'\n    }\n  }\n  resource ep 'onlineEndpoints' = {\n    name: 'ep'\n    location: 'x'\n    properties: {\n      authMode: 'AADToken'\n    }\n  }\n}\n`;
const dep = (props: string, kind = "  kind: 'Managed'\n") => `resource blue 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2024-10-01' = {\n  parent: ws::ep\n  name: 'blue'\n  location: 'x'\n${kind}  sku: {\n    name: 'Default'\n  }\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'egress disabled', code: ws(false) + dep("    egressPublicNetworkAccess: 'Disabled'") },
    { name: 'managed network governs egress', code: ws(true) + dep("    egressPublicNetworkAccess: 'Enabled'") },
    { name: 'absent, workspace not in the file', code: "resource d 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2024-10-01' = {\n  name: 'ws/ep/blue'\n  location: 'x'\n  properties: {\n    model: 'm'\n  }\n}\n" },
    { name: 'Kubernetes deployment', code: ws(false) + dep("    model: 'm'", "  kind: 'Kubernetes'\n") },
  ],
  invalid: [
    {
      name: 'explicitly enabled',
      code: ws(false) + dep("    egressPublicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 25, text: "'Enabled'" }],
      output: ws(false) + dep("    egressPublicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'absent, workspace without managed network',
      code: ws(false) + dep("    model: 'm'"),
      errors: [{ messageId: 'absent', line: 24 }],
      output: ws(false) + dep("    model: 'm'\n    egressPublicNetworkAccess: 'Disabled'"),
    },
  ],
});
