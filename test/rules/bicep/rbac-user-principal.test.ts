import rule from '../../../server/src/rules/bicep/rbac-user-principal';
import { ruleTester } from '../../helpers/ruleTester';

const ra = (type: string) => `resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid('x')\n  properties: {\n    principalId: 'p'\n    roleDefinitionId: 'r'\n    principalType: ${type}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'group', code: ra("'Group'") },
    { name: 'service principal', code: ra("'ServicePrincipal'") },
    { name: 'unknown', code: `param t string\n${ra('t')}` },
    { name: 'absent', code: "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid('x')\n  properties: {\n    principalId: 'p'\n    roleDefinitionId: 'r'\n  }\n}\n" },
  ],
  invalid: [
    { name: 'user', code: ra("'User'"), errors: [{ messageId: 'insecure', line: 6, text: "'User'" }] },
    { name: 'from a param default', code: `param t string = 'User'\n${ra('t')}`, errors: [{ line: 7, related: ["Default of param t: 'User'"] }] },
    { name: 'AVM module', code: "module ra 'br/public:avm/ptn/authorization/role-assignment:0.2.0' = {\n  params: {\n    principalId: 'p'\n    roleDefinitionIdOrName: 'Reader'\n    principalType: 'User'\n  }\n}\n", errors: [{ line: 5 }] },
  ],
});
