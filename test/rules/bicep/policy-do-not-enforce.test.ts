import rule from '../../../server/src/rules/bicep/policy-do-not-enforce';
import { ruleTester } from '../../helpers/ruleTester';

const pa = (mode: string) => `targetScope = 'subscription'\n\nresource pa 'Microsoft.Authorization/policyAssignments@2025-03-01' = {\n  name: 'deny-public-ai'\n  properties: {\n    policyDefinitionId: 'def'\n${mode}  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'default', code: pa("    enforcementMode: 'Default'\n") },
    { name: 'absent (Default)', code: pa('') },
    { name: 'unknown', code: `param m string\n${pa('    enforcementMode: m\n')}` },
    { name: 'audit effect parameter', code: pa("    enforcementMode: 'DoNotEnforce'\n    parameters: {\n      effect: {\n        value: 'AuditIfNotExists'\n      }\n    }\n") },
    { name: 'audit display name', code: pa("    enforcementMode: 'DoNotEnforce'\n    displayName: 'Audit VMs that do not use managed disks'\n") },
    {
      name: 'audit name',
      code: "targetScope = 'subscription'\n\nresource pa 'Microsoft.Authorization/policyAssignments@2025-03-01' = {\n  name: 'audit-vm-managed-disks'\n  properties: {\n    enforcementMode: 'DoNotEnforce'\n  }\n}\n",
    },
    {
      name: 'AVM audit effect parameter',
      code: "targetScope = 'subscription'\nmodule pa 'br/public:avm/res/authorization/policy-assignment/sub-scope:0.1.0' = {\n  params: {\n    name: 'pa'\n    policyDefinitionId: 'def'\n    enforcementMode: 'DoNotEnforce'\n    parameters: {\n      effect: {\n        value: 'Audit'\n      }\n    }\n  }\n}\n",
    },
    { name: 'AVM default', code: "targetScope = 'subscription'\nmodule pa 'br/public:avm/res/authorization/policy-assignment/sub-scope:0.1.0' = {\n  params: {\n    name: 'pa'\n    policyDefinitionId: 'def'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'deny effect parameter, a name that only mentions auditing',
      code: pa("    enforcementMode: 'DoNotEnforce'\n    displayName: 'Auditing and deny of public AI'\n    parameters: {\n      effect: {\n        value: 'Deny'\n      }\n    }\n"),
      errors: [{ messageId: 'insecure', line: 7 }],
      output: pa("    enforcementMode: 'Default'\n    displayName: 'Auditing and deny of public AI'\n    parameters: {\n      effect: {\n        value: 'Deny'\n      }\n    }\n"),
    },
    {
      name: 'effect chosen by a param that may deny',
      code: `param effect string = 'Deny'\n${pa("    enforcementMode: 'DoNotEnforce'\n    parameters: {\n      effect: {\n        value: effect\n      }\n    }\n")}`,
      errors: [{ messageId: 'insecure', line: 8 }],
      output: `param effect string = 'Deny'\n${pa("    enforcementMode: 'Default'\n    parameters: {\n      effect: {\n        value: effect\n      }\n    }\n")}`,
    },
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
