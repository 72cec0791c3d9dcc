/**
 * policy-do-not-enforce: a policy assignment in DoNotEnforce mode only reports: its deny and
 * deployIfNotExists effects do not apply.
 */
import { propertyRule } from './support';
import type { ResourceView } from './support';

const AUDIT_EFFECTS = new Set(['audit', 'auditifnotexists', 'disabled']);

/** Every known option of a string property, lower-cased; undefined when any is unknown or not a string. */
function strings(r: ResourceView, path: string): string[] | undefined {
  const st = r.state(path);
  if (st.kind !== 'values' || st.incomplete) return undefined;
  const out: string[] = [];
  for (const o of st.options) {
    if (typeof o.value !== 'string') return undefined;
    out.push(o.value.toLowerCase());
  }
  return out;
}

/**
 * The assignment only audits, so DoNotEnforce takes nothing away: its `effect` parameter is
 * Audit / AuditIfNotExists / Disabled, or it calls itself an audit (`Audit VMs that…` as its
 * display name, `audit-…` as its name): the effect of a built-in definition is not in the file.
 */
function auditOnly(r: ResourceView, prefix: string): boolean {
  const effect = strings(r, `${prefix}parameters.effect.value`);
  if (effect && effect.length > 0 && effect.every((e) => AUDIT_EFFECTS.has(e))) return true;
  for (const path of [`${prefix}displayName`, r.module ? 'params.name' : 'name']) {
    const names = strings(r, path);
    if (names && names.length > 0 && names.every((n) => /^audit(?![a-z])/.test(n.trim()))) return true;
  }
  return false;
}

const AVM = ['avm/ptn/authorization/policy-assignment', 'avm/res/authorization/policy-assignment/mg-scope', 'avm/res/authorization/policy-assignment/sub-scope', 'avm/res/authorization/policy-assignment/rg-scope'];

export default propertyRule({
  id: 'policy-do-not-enforce',
  description: "Policy assignments should be enforced (enforcementMode 'Default'), not left in 'DoNotEnforce'.",
  category: 'governance',
  severity: 'warning',
  tags: ['ASB-PV-2'],
  resourceTypes: ['Microsoft.Authorization/policyAssignments'],
  when: (r) => !auditOnly(r, 'properties.'),
  path: 'properties.enforcementMode',
  insecure: ['DoNotEnforce'],
  absent: 'secure',
  secureValue: "'Default'",
  message: "Policy assignment {{resource}} is not enforced (enforcementMode is {{value}}): its deny and deployIfNotExists effects do not apply, so non-compliant AI resources can be created; set enforcementMode to 'Default' once the assignment has been evaluated.",
  avm: AVM.map((module) => ({ module, param: 'enforcementMode', when: (m: ResourceView) => !auditOnly(m, 'params.') })),
});
