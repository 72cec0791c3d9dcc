import rule from '../../../server/src/rules/bicep/aml-ws-managed-network';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (props: string, kind = '') => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n${kind}  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'approved outbound only', code: ws("    managedNetwork: {\n      isolationMode: 'AllowOnlyApprovedOutbound'\n    }") },
    { name: 'case-insensitive', code: ws("    managedNetwork: {\n      isolationMode: 'allowonlyapprovedoutbound'\n    }") },
    { name: 'project inherits the hub network', code: ws("    hubResourceId: 'x'", "  kind: 'Project'\n") },
    { name: 'unknown param', code: `param mode string\n${ws('    managedNetwork: {\n      isolationMode: mode\n    }')}` },
    { name: 'AVM module without the param', code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n    kind: 'Project'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'internet outbound',
      code: ws("    managedNetwork: {\n      isolationMode: 'AllowInternetOutbound'\n    }"),
      errors: [{ messageId: 'insecure', line: 5, text: "'AllowInternetOutbound'" }],
      output: ws("    managedNetwork: {\n      isolationMode: 'AllowOnlyApprovedOutbound'\n    }"),
    },
    {
      name: 'absent: the managedNetwork block is created',
      code: ws("    publicNetworkAccess: 'Disabled'"),
      errors: [{ messageId: 'absent', line: 3, text: 'properties' }],
      output: ws("    publicNetworkAccess: 'Disabled'\n    managedNetwork: {\n      isolationMode: 'AllowOnlyApprovedOutbound'\n    }"),
    },
    {
      name: 'AVM module without managedNetworkSettings (the module default is no managed network)',
      code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n  }\n}\n",
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n    managedNetworkSettings: {\n      isolationMode: 'AllowOnlyApprovedOutbound'\n    }\n  }\n}\n",
    },
    {
      name: 'ternary on a default',
      code: `param strict bool = false\n${ws("    managedNetwork: {\n      isolationMode: strict ? 'AllowOnlyApprovedOutbound' : 'Disabled'\n    }")}`,
      errors: [{ line: 6, text: "strict ? 'AllowOnlyApprovedOutbound' : 'Disabled'" }],
      output: `param strict bool = false\n${ws("    managedNetwork: {\n      isolationMode: 'AllowOnlyApprovedOutbound'\n    }")}`,
    },
  ],
});
