/**
 * rbac-privileged-role: workload identities and users should get least-privilege data-plane roles
 * on the resources they use, not Owner, Contributor, User Access Administrator or Role Based
 * Access Control Administrator.
 */
import { defineRule } from '../../engine/rule';
import type { ModuleSymbol } from '../../languages/bicep';
import { anchorSpan, avmRef, isResourceOfType, locatePath, propertyState } from './support';
import { PRIVILEGED_ROLES, assignmentScope, roleGuidOf, roleGuids } from './parts/rbacCommon';

/** AVM modules that assign one role at a subscription, management group or resource group scope. */
const AVM_ASSIGNMENT_MODULES = new Set([
  'avm/ptn/authorization/role-assignment',
  'avm/res/authorization/role-assignment/mg-scope',
  'avm/res/authorization/role-assignment/sub-scope',
  'avm/res/authorization/role-assignment/rg-scope',
]);

export default defineRule({
  meta: {
    id: 'rbac-privileged-role',
    description: 'Role assignments should not grant Owner, Contributor, User Access Administrator or RBAC Administrator broadly; use least-privilege roles on the specific resource.',
    category: 'identity',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: false,
    messages: {
      broad: 'Role assignment {{resource}} grants {{role}} on {{scope}}: the principal can {{power}} everything there. Grant a least-privilege role (for example Cognitive Services OpenAI User, Search Index Data Reader, Storage Blob Data Reader) on the specific resource.',
      resource: 'Role assignment {{resource}} grants {{role}} on {{scope}}: the principal can {{power}}. Grant a least-privilege data-plane role instead.',
      avmItem: 'Module {{resource}} assigns {{role}} on the resource it deploys: the principal can {{power}}. Grant a least-privilege data-plane role instead.',
    },
    tags: ['CWE-250', 'PSRule:Azure.RBAC.LimitOwner', 'ASB-PA-7'],
  },
  create(context) {
    const evaluate = (model: Parameters<typeof roleGuids>[0]) => (e: Parameters<Parameters<typeof roleGuids>[2]>[0]) => {
      try {
        const v = model.evaluator.evaluate(e);
        return v.kind === 'known' ? [v.value] : v.kind === 'oneOf' ? v.options.map((o) => o.value) : undefined;
      } catch {
        return undefined;
      }
    };
    const power = (guid: string) => {
      const role = PRIVILEGED_ROLES.get(guid);
      if (!role) return 'change';
      if (role.owner) return 'change and delete resources and grant anyone access to';
      if (role.delegates) return 'grant any role, including Owner, to anyone on';
      return 'change and delete';
    };

    const checkAvmItems = (m: ModuleSymbol) => {
      const list = locatePath(m.body, 'params.roleAssignments').property?.value;
      if (!list || list.kind !== 'Array') return;
      for (const item of list.items) {
        if (item.kind !== 'Object') continue;
        const prop = locatePath(item, 'roleDefinitionIdOrName').property;
        if (!prop?.value) continue;
        for (const guid of roleGuids(m.model, prop.value, evaluate(m.model))) {
          const role = PRIVILEGED_ROLES.get(guid);
          // a resource-scoped Contributor is left alone; Owner and the delegating roles are not
          if (!role || !role.delegates) continue;
          context.report({ span: { start: prop.value.start, end: prop.value.end }, messageId: 'avmItem', data: { resource: m.name, role: role.name, power: `${power(guid)} that resource` } });
          break;
        }
      }
    };

    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Authorization/roleAssignments'])) return;
        const prop = locatePath(r.body, 'properties.roleDefinitionId');
        const guids = roleGuids(r.model, prop.property?.value, evaluate(r.model));
        const guid = guids.find((g) => PRIVILEGED_ROLES.has(g));
        if (!guid) return;
        const role = PRIVILEGED_ROLES.get(guid) as { name: string; delegates: boolean; owner: boolean };
        const scope = assignmentScope(r);
        if (scope.kind === 'resource' && !role.delegates) return;
        const st = propertyState(r, 'properties.roleDefinitionId');
        context.report({
          span: anchorSpan(st.location, r.nameSpan),
          messageId: scope.kind === 'broad' ? 'broad' : 'resource',
          data: { resource: r.name, role: role.name, scope: scope.kind === 'broad' ? scope.text : `resource ${scope.text}`, power: scope.kind === 'broad' ? power(guid) : `${power(guid)} that resource` },
          confidence: guids.length > 1 ? 'medium' : 'high',
        });
      },
      bicepModule(m) {
        const ref = avmRef(m);
        if (!ref) return;
        if (AVM_ASSIGNMENT_MODULES.has(ref.module)) {
          const prop = locatePath(m.body, 'params.roleDefinitionIdOrName').property;
          if (!prop?.value) return;
          const v = m.model.evaluator.evaluateIn(m, prop.value);
          const value = v.kind === 'known' ? v.value : undefined;
          const guid = typeof value === 'string' ? roleGuidOf(value) : undefined;
          const role = guid ? PRIVILEGED_ROLES.get(guid) : undefined;
          if (!role || !guid) return;
          context.report({ span: { start: prop.value.start, end: prop.value.end }, messageId: 'broad', data: { resource: m.name, role: role.name, scope: 'its scope (a subscription, management group or resource group)', power: power(guid) } });
          return;
        }
        if (ref.module.startsWith('avm/res/')) checkAvmItems(m);
      },
    };
  },
});
