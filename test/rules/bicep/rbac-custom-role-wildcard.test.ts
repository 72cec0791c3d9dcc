import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/rbac-custom-role-wildcard';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const role = (perm: string) => `resource role 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {\n  name: guid('role')\n  properties: {\n    roleName: 'ai-operator'\n    permissions: [\n      {\n${perm}\n      }\n    ]\n    assignableScopes: [\n      resourceGroup().id\n    ]\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'explicit actions', code: role("        actions: [\n          'Microsoft.CognitiveServices/accounts/read'\n        ]") },
    { name: 'wildcard under a provider', code: role("        actions: [\n          'Microsoft.CognitiveServices/accounts/*/read'\n        ]") },
    { name: 'existing role', code: "resource role 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {\n  name: 'x'\n}\n" },
  ],
  invalid: [
    {
      name: 'actions *',
      code: role("        actions: [\n          '*'\n        ]"),
      errors: [{ messageId: 'wildcard', line: 8, text: "'*'", message: 'every action' }],
      output: role("        actions: [\n          '${1:Microsoft.Resources/subscriptions/resourceGroups/read}'\n        ]"),
    },
    {
      name: 'dataActions * from a var',
      code: `var data = [\n  '*'\n]\n${role('        dataActions: data')}`,
      errors: [{ messageId: 'wildcard', line: 8, message: 'every data action' }],
    },
  ],
});

it('rbac-custom-role-wildcard: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: role("        actions: [\n          '*'\n        ]"), title: "Replace '*' with the actions the role needs" });
});
