import rule from '../../../server/src/rules/bicep/rbac-privileged-role';
import { ruleTester } from '../../helpers/ruleTester';

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const UAA = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
const OPENAI_USER = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd';
const AOAI = "resource aoai 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'aoai'\n}\n\n";
const ra = (role: string, scope = '', head = '') => `${head}param principalId string\n\nresource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid(principalId, '${role.slice(0, 8)}')\n${scope}  properties: {\n    principalId: principalId\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${role}')\n    principalType: 'ServicePrincipal'\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'least-privilege role on a resource', code: ra(OPENAI_USER, '  scope: aoai\n', AOAI) },
    { name: 'least-privilege role at resource group scope', code: ra(OPENAI_USER) },
    { name: 'Contributor on one resource', code: ra(CONTRIBUTOR, '  scope: aoai\n', AOAI) },
    { name: 'unknown role (param)', code: "param roleId string\nresource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid(roleId)\n  properties: {\n    principalId: 'p'\n    roleDefinitionId: roleId\n  }\n}\n" },
    { name: 'existing assignment', code: "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' existing = {\n  name: 'x'\n}\n" },
    { name: 'AVM module item: Contributor on its resource', code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    roleAssignments: [\n      {\n        principalId: 'p'\n        roleDefinitionIdOrName: 'Contributor'\n      }\n    ]\n  }\n}\n" },
  ],
  invalid: [
    { name: 'Contributor on the resource group', code: ra(CONTRIBUTOR), errors: [{ messageId: 'broad', line: 7, message: 'grants Contributor on the resource group' }] },
    { name: 'Owner at subscription scope', code: ra(OWNER, '', "targetScope = 'subscription'\n"), errors: [{ messageId: 'broad', message: 'grants Owner on the subscription' }] },
    { name: 'User Access Administrator on one resource', code: ra(UAA, '  scope: aoai\n', AOAI), errors: [{ messageId: 'resource', message: 'User Access Administrator on resource aoai' }] },
    { name: 'scope: resourceGroup()', code: ra(CONTRIBUTOR, '  scope: resourceGroup()\n'), errors: [{ messageId: 'broad', message: 'on the resource group' }] },
    {
      name: 'role from a var map, in a loop',
      code: `var roles = {\n  owner: '${OWNER}'\n}\nparam principals array = [\n  'a'\n  'b'\n]\nresource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for p in principals: {\n  name: guid(p)\n  properties: {\n    principalId: p\n    roleDefinitionId: resourceId('Microsoft.Authorization/roleDefinitions', roles.owner)\n  }\n}]\n`,
      errors: [{ line: 12, message: 'Owner' }],
    },
    {
      name: 'existing role definition symbol',
      code: `resource owner 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {\n  name: '${OWNER}'\n}\nresource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid('x')\n  properties: {\n    principalId: 'p'\n    roleDefinitionId: owner.id\n  }\n}\n`,
      errors: [{ line: 8, text: 'owner.id', message: 'Owner' }],
    },
    {
      name: 'AVM role assignment module with Owner',
      code: "targetScope = 'subscription'\nmodule ra 'br/public:avm/res/authorization/role-assignment/sub-scope:0.1.0' = {\n  params: {\n    principalId: 'p'\n    roleDefinitionIdOrName: 'Owner'\n  }\n}\n",
      errors: [{ messageId: 'broad', line: 5, text: "'Owner'" }],
    },
    {
      name: 'AVM resource module item with User Access Administrator',
      code: `module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    roleAssignments: [\n      {\n        principalId: 'p'\n        roleDefinitionIdOrName: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${UAA}')\n      }\n    ]\n  }\n}\n`,
      errors: [{ messageId: 'avmItem', line: 7 }],
    },
  ],
});
