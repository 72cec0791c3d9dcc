import rule from '../../../server/src/rules/bicep/aml-compute-local-auth';
import { ruleTester } from '../../helpers/ruleTester';

const ws = "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {\n  name: 'ws'\n}\n";

ruleTester(rule, {
  valid: [
    {
      name: 'disabled (nested child)',
      code: `${ws}resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  parent: ws\n  name: 'ci'\n  properties: {\n    computeType: 'ComputeInstance'\n    disableLocalAuth: true\n  }\n}\n`,
    },
    {
      name: 'unknown param',
      code: `param dla bool\n${ws}resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  parent: ws\n  name: 'ci'\n  properties: {\n    computeType: 'ComputeInstance'\n    disableLocalAuth: dla\n  }\n}\n`,
    },
    {
      name: 'existing compute',
      code: "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' existing = {\n  name: 'ws/c'\n}\n",
    },
  ],
  invalid: [
    {
      name: 'false, parent property spelling',
      code: `${ws}resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  parent: ws\n  name: 'ci'\n  properties: {\n    computeType: 'ComputeInstance'\n    disableLocalAuth: false\n  }\n}\n`,
      errors: [{ messageId: 'insecure', line: 9, text: 'false' }],
      output: `${ws}resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  parent: ws\n  name: 'ci'\n  properties: {\n    computeType: 'ComputeInstance'\n    disableLocalAuth: true\n  }\n}\n`,
      fixTitles: ['Set disableLocalAuth to true'],
    },
    {
      name: 'absent, nested child spelling',
      code: "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n  resource cluster 'computes' = {\n    name: 'cpu'\n    location: 'westeurope'\n    properties: {\n      computeType: 'AmlCompute'\n    }\n  }\n}\n",
      errors: [{ messageId: 'absent', line: 9, text: 'properties' }],
      output: "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n  resource cluster 'computes' = {\n    name: 'cpu'\n    location: 'westeurope'\n    properties: {\n      computeType: 'AmlCompute'\n      disableLocalAuth: true\n    }\n  }\n}\n",
    },
    {
      name: "absent, 'parent/child' name spelling, single-line properties",
      code: "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  name: 'ws/cpu'\n  properties: { computeType: 'AmlCompute' }\n}\n",
      errors: [{ messageId: 'absent', line: 3 }],
      output: "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  name: 'ws/cpu'\n  properties: {\n    computeType: 'AmlCompute'\n    disableLocalAuth: true\n  }\n}\n",
    },
    {
      name: 'param default false',
      code: `param disableLocal bool = false\n${ws}resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  parent: ws\n  name: 'ci'\n  properties: {\n    disableLocalAuth: disableLocal\n  }\n}\n`,
      errors: [{ line: 9, text: 'disableLocal', related: ['Default of param disableLocal: false'] }],
      output: `param disableLocal bool = true\n${ws}resource ci 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {\n  parent: ws\n  name: 'ci'\n  properties: {\n    disableLocalAuth: disableLocal\n  }\n}\n`,
    },
  ],
});
