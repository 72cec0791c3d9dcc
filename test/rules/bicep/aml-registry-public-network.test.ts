import rule from '../../../server/src/rules/bicep/aml-registry-public-network';
import { ruleTester } from '../../helpers/ruleTester';

const reg = (props: string) => `resource reg 'Microsoft.MachineLearningServices/registries@2024-10-01' = {\n  name: 'reg'\n  location: 'westeurope'\n  properties: {\n${props}\n  }\n}\n`;
const avm = (params: string) => `module reg 'br/public:avm/res/machine-learning-services/registry:0.1.0' = {\n  params: {\n    name: 'reg'\n${params}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: reg("    publicNetworkAccess: 'Disabled'") },
    { name: 'AVM with private endpoints (the module disables public access)', code: avm("    privateEndpoints: [\n      {\n        subnetResourceId: 'subnet'\n      }\n    ]") },
  ],
  invalid: [
    { name: 'enabled', code: reg("    publicNetworkAccess: 'Enabled'"), errors: [{ messageId: 'insecure', line: 5 }], output: reg("    publicNetworkAccess: 'Disabled'") },
    { name: 'absent', code: reg("    regionDetails: []"), errors: [{ messageId: 'absent', line: 4 }], output: reg("    regionDetails: []\n    publicNetworkAccess: 'Disabled'") },
    {
      name: 'AVM without private endpoints or the param',
      code: avm("    location: 'westeurope'"),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: avm("    location: 'westeurope'\n    publicNetworkAccess: 'Disabled'"),
    },
  ],
});
