import rule from '../../../../server/src/rules/bicep/parts/amlComputeNodePublicIp';
import { ruleTester } from '../../../helpers/ruleTester';

const compute = (type: string, inner: string) => `resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  name: 'ws/c'\n  properties: {\n    computeType: '${type}'\n    properties: {\n${inner}\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'no public IP', code: compute('AmlCompute', '      enableNodePublicIp: false') },
    { name: 'attached compute', code: compute('Kubernetes', "      namespace: 'x'") },
  ],
  invalid: [
    { name: 'true', code: compute('ComputeInstance', '      enableNodePublicIp: true'), errors: [{ messageId: 'insecure', line: 6 }], output: compute('ComputeInstance', '      enableNodePublicIp: false') },
    { name: 'absent (default true)', code: compute('AmlCompute', "      vmSize: 'x'"), errors: [{ messageId: 'absent', line: 5 }], output: compute('AmlCompute', "      vmSize: 'x'\n      enableNodePublicIp: false") },
  ],
});
