import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/rbac-delegation-unconstrained';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const UAA = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
const RBAC_ADMIN = 'f58310d9-a9f6-439a-9e8d-f62e7b41a168';
const ra = (role: string, extra = '') => `resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid('x')\n  properties: {\n    principalId: 'p'\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${role}')\n${extra}  }\n}\n`;
const CONDITION = "    condition: '''((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${1:5e0bd9bd-7b93-4f28-af87-19fc36ad61bd}})) AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${1:5e0bd9bd-7b93-4f28-af87-19fc36ad61bd}}))'''\n    conditionVersion: '2.0'\n";

ruleTester(rule, {
  valid: [
    { name: 'with a condition', code: ra(UAA, "    condition: '((!(ActionMatches{\\'Microsoft.Authorization/roleAssignments/write\\'})))'\n    conditionVersion: '2.0'\n") },
    { name: 'other role', code: ra('5e0bd9bd-7b93-4f28-af87-19fc36ad61bd') },
    { name: 'condition from a param', code: `param cond string\n${ra(UAA, '    condition: cond\n')}` },
  ],
  invalid: [
    { name: 'User Access Administrator without condition', code: ra(UAA), errors: [{ messageId: 'unconstrained', line: 5, message: 'User Access Administrator' }], output: ra(UAA, CONDITION) },
    { name: 'RBAC Administrator with an empty condition', code: ra(RBAC_ADMIN, "    condition: ''\n"), errors: [{ message: 'Role Based Access Control Administrator' }] },
    {
      name: 'AVM role assignment module',
      code: "module ra 'br/public:avm/ptn/authorization/role-assignment:0.2.0' = {\n  params: {\n    principalId: 'p'\n    roleDefinitionIdOrName: 'User Access Administrator'\n  }\n}\n",
      errors: [{ line: 4 }],
    },
  ],
});

it('rbac-delegation-unconstrained: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: ra(UAA), title: 'Add a condition limiting the roles it can assign' });
});
