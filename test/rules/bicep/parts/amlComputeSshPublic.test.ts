import rule from '../../../../server/src/rules/bicep/parts/amlComputeSshPublic';
import { ruleTester } from '../../../helpers/ruleTester';

const compute = (type: string, inner: string) => `resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  name: 'ws/c'\n  properties: {\n    computeType: '${type}'\n    properties: {\n${inner}\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'instance: SSH off by default', code: compute('ComputeInstance', "      vmSize: 'x'") },
    { name: 'instance: disabled', code: compute('ComputeInstance', "      sshSettings: {\n        sshPublicAccess: 'Disabled'\n      }") },
    { name: 'cluster in a VNet with NotSpecified', code: compute('AmlCompute', "      remoteLoginPortPublicAccess: 'NotSpecified'\n      subnet: {\n        id: 'subnet'\n      }") },
    { name: 'cluster: disabled', code: compute('AmlCompute', "      remoteLoginPortPublicAccess: 'Disabled'") },
  ],
  invalid: [
    {
      name: 'instance: enabled',
      code: compute('ComputeInstance', "      sshSettings: {\n        sshPublicAccess: 'Enabled'\n      }"),
      errors: [{ messageId: 'insecure', line: 7, message: "sshPublicAccess is 'Enabled'" }],
      output: compute('ComputeInstance', "      sshSettings: {\n        sshPublicAccess: 'Disabled'\n      }"),
    },
    {
      name: 'cluster: NotSpecified outside a VNet',
      code: compute('AmlCompute', "      remoteLoginPortPublicAccess: 'NotSpecified'"),
      errors: [{ messageId: 'insecure', line: 6 }],
      output: compute('AmlCompute', "      remoteLoginPortPublicAccess: 'Disabled'"),
    },
    {
      name: 'cluster: absent outside a VNet',
      code: compute('AmlCompute', "      vmSize: 'x'"),
      errors: [{ messageId: 'absent', line: 5 }],
      output: compute('AmlCompute', "      vmSize: 'x'\n      remoteLoginPortPublicAccess: 'Disabled'"),
    },
  ],
});
