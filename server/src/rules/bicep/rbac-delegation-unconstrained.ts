/**
 * rbac-delegation-unconstrained: User Access Administrator and RBAC Administrator assignments
 * should carry a condition limiting which roles (and principals) the holder may assign.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { insertPropertyEdit } from '../../languages/bicep';
import type { Expr } from '../../languages/bicep';
import { anchorSpan, avmRef, isResourceOfType, locatePath, propertyState } from './support';
import { PRIVILEGED_ROLES, roleGuidOf, roleGuids } from './parts/rbacCommon';
import { snippetFix } from './parts/snippets';

/** The delegating roles (can assign roles), not Owner (its delegation is covered by rbac-privileged-role). */
function isDelegationRole(guid: string): boolean {
  const r = PRIVILEGED_ROLES.get(guid);
  return !!r && r.delegates && !r.owner;
}

/** A condition allowing only the given role GUID to be assigned or removed (snippet, tab stop 1 mirrored). */
const CONDITION = "'''((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${1:5e0bd9bd-7b93-4f28-af87-19fc36ad61bd}})) AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${1:5e0bd9bd-7b93-4f28-af87-19fc36ad61bd}}))'''";

const AVM_ASSIGNMENT_MODULES = new Set([
  'avm/ptn/authorization/role-assignment',
  'avm/res/authorization/role-assignment/mg-scope',
  'avm/res/authorization/role-assignment/sub-scope',
  'avm/res/authorization/role-assignment/rg-scope',
]);

export default defineRule({
  meta: {
    id: 'rbac-delegation-unconstrained',
    description: 'User Access Administrator and RBAC Administrator role assignments should carry a condition that limits the roles they can assign.',
    category: 'identity',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      unconstrained: "Role assignment {{resource}} grants {{role}} without a condition, so the principal can assign any role — Owner included — to anyone; add a condition (conditionVersion '2.0') that limits the roles it may assign.",
    },
    tags: ['ASB-PA-7'],
  },
  create(context) {
    const doc = context.document;
    const evaluate = (model: Parameters<typeof roleGuids>[0]) => (e: Expr) => {
      try {
        const v = model.evaluator.evaluate(e);
        return v.kind === 'known' ? [v.value] : v.kind === 'oneOf' ? v.options.map((o) => o.value) : undefined;
      } catch {
        return undefined;
      }
    };
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Authorization/roleAssignments'])) return;
        const guid = roleGuids(r.model, locatePath(r.body, 'properties.roleDefinitionId').property?.value, evaluate(r.model)).find(isDelegationRole);
        if (!guid) return;
        const cond = propertyState(r, 'properties.condition');
        if (cond.kind === 'unknown') return;
        if (cond.kind === 'values' && cond.options.every((o) => typeof o.value === 'string' && o.value.trim() !== '')) return;
        let fix: Fix | undefined;
        if (cond.kind === 'absent' && r.body && !locatePath(r.body, 'properties.condition').property) {
          const e = insertPropertyEdit(doc.text, r.body, 'properties.condition', `${CONDITION}\nconditionVersion: '2.0'`);
          fix = e ? snippetFix(doc, 'Add a condition limiting the roles it can assign', [e]) : undefined;
        }
        const st = propertyState(r, 'properties.roleDefinitionId');
        context.report({ span: anchorSpan(st.location, r.nameSpan), messageId: 'unconstrained', data: { resource: r.name, role: PRIVILEGED_ROLES.get(guid)?.name ?? 'a delegating role' }, fixes: fix ? [fix] : [] });
      },
      bicepModule(m) {
        const ref = avmRef(m);
        if (!ref || !AVM_ASSIGNMENT_MODULES.has(ref.module)) return;
        const prop = locatePath(m.body, 'params.roleDefinitionIdOrName').property;
        if (!prop?.value) return;
        const v = m.model.evaluator.evaluateIn(m, prop.value);
        const guid = v.kind === 'known' && typeof v.value === 'string' ? roleGuidOf(v.value) : undefined;
        if (!guid || !isDelegationRole(guid)) return;
        const cond = propertyState(m, 'params.condition');
        if (cond.kind === 'unknown' || (cond.kind === 'values' && cond.options.every((o) => typeof o.value === 'string' && o.value.trim() !== ''))) return;
        context.report({ span: { start: prop.value.start, end: prop.value.end }, messageId: 'unconstrained', data: { resource: m.name, role: PRIVILEGED_ROLES.get(guid)?.name ?? 'a delegating role' } });
      },
    };
  },
});
