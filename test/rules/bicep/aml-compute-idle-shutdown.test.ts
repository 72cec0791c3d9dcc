import rule from '../../../server/src/rules/bicep/aml-compute-idle-shutdown';
import { ruleTester } from '../../helpers/ruleTester';

const compute = (type: string, inner: string) => `resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  name: 'ws/ci'\n  properties: {\n    computeType: '${type}'\n    properties: {\n${inner}\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'idle shutdown set', code: compute('ComputeInstance', "      idleTimeBeforeShutdown: 'PT30M'") },
    { name: 'clusters scale to zero instead', code: compute('AmlCompute', "      vmSize: 'Standard_DS3_v2'") },
  ],
  invalid: [
    {
      name: 'absent',
      code: compute('ComputeInstance', "      vmSize: 'Standard_DS3_v2'"),
      errors: [{ messageId: 'absent', line: 5, text: 'properties' }],
      output: compute('ComputeInstance', "      vmSize: 'Standard_DS3_v2'\n      idleTimeBeforeShutdown: 'PT60M'"),
      fixTitles: ["Set idleTimeBeforeShutdown to 'PT60M'"],
    },
  ],
});
