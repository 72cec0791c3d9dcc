import rule from '../../../server/src/rules/bicep/aml-ws-serverless-no-public-ip';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'no public IP', code: ws('    serverlessComputeSettings: {\n      serverlessComputeNoPublicIP: true\n    }') },
    { name: 'existing', code: "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {\n  name: 'ws'\n}\n" },
  ],
  invalid: [
    {
      name: 'false',
      code: ws('    serverlessComputeSettings: {\n      serverlessComputeNoPublicIP: false\n    }'),
      errors: [{ messageId: 'insecure', line: 5, text: 'false' }],
      output: ws('    serverlessComputeSettings: {\n      serverlessComputeNoPublicIP: true\n    }'),
    },
    {
      name: 'settings without the flag',
      code: ws("    serverlessComputeSettings: {\n      serverlessComputeCustomSubnet: 'subnet'\n    }"),
      errors: [{ messageId: 'absent', line: 4, text: 'serverlessComputeSettings' }],
      output: ws("    serverlessComputeSettings: {\n      serverlessComputeCustomSubnet: 'subnet'\n      serverlessComputeNoPublicIP: true\n    }"),
    },
  ],
});
