import rule from '../../../server/src/rules/bicep/bicep-outer-scope-nested-secrets';
import { ruleTester } from '../../helpers/ruleTester';

const deployment = (options: string) => `@secure()\nparam adminPassword string\nresource nested 'Microsoft.Resources/deployments@2024-03-01' = {\n  name: 'nested'\n  properties: {\n    mode: 'Incremental'\n${options}    template: {\n      '$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'\n      contentVersion: '1.0.0.0'\n      resources: []\n      outputs: {\n        p: {\n          type: 'string'\n          value: adminPassword\n        }\n      }\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'inner scope', code: deployment("    expressionEvaluationOptions: {\n      scope: 'inner'\n    }\n") },
    { name: 'no secrets', code: "resource nested 'Microsoft.Resources/deployments@2024-03-01' = {\n  name: 'nested'\n  properties: {\n    mode: 'Incremental'\n    template: {\n      resources: []\n    }\n  }\n}\n" },
    { name: 'linked template (no inline template)', code: "@secure()\nparam pwd string\nresource nested 'Microsoft.Resources/deployments@2024-03-01' = {\n  name: 'nested'\n  properties: {\n    mode: 'Incremental'\n    templateLink: {\n      uri: 'https://example.org/t.json'\n    }\n    parameters: {\n      pwd: {\n        value: pwd\n      }\n    }\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'absent scope (outer)',
      code: deployment(''),
      errors: [{ line: 5, text: 'properties', message: 'secure param adminPassword' }],
      output: deployment('').replace("        }\n      }\n    }\n  }\n}\n", "        }\n      }\n    }\n    expressionEvaluationOptions: {\n      scope: 'inner'\n    }\n  }\n}\n"),
    },
    {
      name: 'explicit outer',
      code: deployment("    expressionEvaluationOptions: {\n      scope: 'outer'\n    }\n"),
      errors: [{ line: 8, text: "'outer'" }],
      output: deployment("    expressionEvaluationOptions: {\n      scope: 'inner'\n    }\n"),
    },
  ],
});
