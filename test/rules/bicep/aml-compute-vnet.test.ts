import rule from '../../../server/src/rules/bicep/aml-compute-vnet';
import { ruleTester } from '../../helpers/ruleTester';

const compute = (type: string, inner: string, parent = "  parent: ws\n") => `resource cpu 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n${parent}  name: 'cpu'\n  properties: {\n    computeType: '${type}'\n    properties: {\n${inner}\n    }\n  }\n}\n`;
const wsExisting = "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {\n  name: 'ws'\n}\n";
const wsDeclared = (mode: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n    managedNetwork: {\n      isolationMode: '${mode}'\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'subnet set', code: wsExisting + compute('AmlCompute', "      subnet: {\n        id: '/subscriptions/x/subnets/a'\n      }") },
    { name: 'workspace managed network', code: wsDeclared('AllowOnlyApprovedOutbound') + compute('ComputeInstance', "      vmSize: 'Standard_DS3_v2'") },
    { name: 'attached compute type', code: wsExisting + compute('Kubernetes', "      namespace: 'default'") },
    { name: 'subnet from a param', code: `param subnetId string\n${wsExisting}${compute('AmlCompute', '      subnet: {\n        id: subnetId\n      }')}` },
  ],
  invalid: [
    {
      name: 'no subnet, workspace not in the file (medium confidence)',
      code: wsExisting + compute('AmlCompute', "      vmSize: 'Standard_DS3_v2'"),
      errors: [{ messageId: 'absent', line: 9, text: 'properties' }],
    },
    {
      name: 'no subnet, workspace without managed network',
      code: wsDeclared('Disabled') + compute('ComputeInstance', "      vmSize: 'Standard_DS3_v2'"),
      errors: [{ messageId: 'absent', line: 14 }],
    },
  ],
});
