/**
 * policy-do-not-enforce: a policy assignment in DoNotEnforce mode only reports: its deny and
 * deployIfNotExists effects do not apply.
 */
import { propertyRule } from './support';

const AVM = ['avm/ptn/authorization/policy-assignment', 'avm/res/authorization/policy-assignment/mg-scope', 'avm/res/authorization/policy-assignment/sub-scope', 'avm/res/authorization/policy-assignment/rg-scope'];

export default propertyRule({
  id: 'policy-do-not-enforce',
  description: "Policy assignments should be enforced (enforcementMode 'Default'), not left in 'DoNotEnforce'.",
  category: 'governance',
  severity: 'warning',
  tags: ['ASB-PV-2'],
  resourceTypes: ['Microsoft.Authorization/policyAssignments'],
  path: 'properties.enforcementMode',
  insecure: ['DoNotEnforce'],
  absent: 'secure',
  secureValue: "'Default'",
  message: "Policy assignment {{resource}} is not enforced (enforcementMode is {{value}}): its deny and deployIfNotExists effects do not apply, so non-compliant AI resources can be created; set enforcementMode to 'Default' once the assignment has been evaluated.",
  avm: AVM.map((module) => ({ module, param: 'enforcementMode' })),
});
