/**
 * rbac-user-principal: access granted to individual users in templates is hard to review and
 * outlives role changes; assign groups (or workload identities) instead.
 */
import { propertyRule } from './support';

const AVM = ['avm/ptn/authorization/role-assignment', 'avm/res/authorization/role-assignment/mg-scope', 'avm/res/authorization/role-assignment/sub-scope', 'avm/res/authorization/role-assignment/rg-scope'];

export default propertyRule({
  id: 'rbac-user-principal',
  description: 'Role assignments in templates should target groups or service principals rather than individual users.',
  category: 'identity',
  severity: 'info',
  tags: ['PSRule:Azure.RBAC.UseGroups', 'ASB-PA-7'],
  appliesTo: ['bicep', 'bicepparam'],
  resourceTypes: ['Microsoft.Authorization/roleAssignments'],
  path: 'properties.principalType',
  insecure: ['User'],
  absent: 'secure',
  message: 'Role assignment {{resource}} grants access to an individual user (principalType is {{value}}); assign an Entra ID group instead, so that access follows group membership and can be reviewed in one place.',
  avm: AVM.map((module) => ({ module, param: 'principalType' })),
});
