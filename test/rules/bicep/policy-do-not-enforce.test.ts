import rule from '../../../server/src/rules/bicep/policy-do-not-enforce';
import { ruleTester } from '../../helpers/ruleTester';

const pa = (mode: string) => `targetScope = 'subscription'\n\nresource pa 'Microsoft.Authorization/policyAssignments@2025-03-01' = {\n  name: 'deny-public-ai'\n  properties: {\n    policyDefinitionId: 'def'\n${mode}  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'default', code: pa("    enforcementMode: 'Default'\n") },
    { name: 'absent (Default)', code: pa('') },
    { name: 'unknown', code: `param m string\n${pa('    enforcementMode: m\n')}` },
    { name: 'AVM default', code: "targetScope = 'subscription'\nmodule pa 'br/public:avm/res/authorization/policy-assignment/sub-scope:0.1.0' = {\n  params: {\n    name: 'pa'\n    policyDefinitionId: 'def'\n  }\n}\n" },
  ],
  invalid: [
    { name: 'DoNotEnforce', code: pa("    enforcementMode: 'DoNotEnforce'\n"), errors: [{ messageId: 'insecure', line: 7, text: "'DoNotEnforce'" }], output: pa("    enforcementMode: 'Default'\n") },
    {
      name: 'param default',
      code: `param mode string = 'DoNotEnforce'\n${pa('    enforcementMode: mode\n')}`,
      errors: [{ line: 8, related: ["Default of param mode: 'DoNotEnforce'"] }],
      output: `param mode string = 'Default'\n${pa('    enforcementMode: mode\n')}`,
    },
    {
      name: 'AVM DoNotEnforce',
      code: "targetScope = 'subscription'\nmodule pa 'br/public:avm/res/authorization/policy-assignment/sub-scope:0.1.0' = {\n  params: {\n    name: 'pa'\n    policyDefinitionId: 'def'\n    enforcementMode: 'DoNotEnforce'\n  }\n}\n",
      errors: [{ line: 6 }],
      output: "targetScope = 'subscription'\nmodule pa 'br/public:avm/res/authorization/policy-assignment/sub-scope:0.1.0' = {\n  params: {\n    name: 'pa'\n    policyDefinitionId: 'def'\n    enforcementMode: 'Default'\n  }\n}\n",
    },
  ],
});
