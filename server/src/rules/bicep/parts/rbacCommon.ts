/**
 * Shared facts for the role assignment rules (not a rule: camelCase file). Built-in role
 * definition GUIDs checked against the AVM corpus (`builtInRoleNames` maps of avm/res modules).
 */
import type { BicepModel, Expr, Node, ResourceSymbol } from '../../../languages/bicep';
import { walkTree } from '../../../languages/bicep/visit';
import { isResourceOfType, locatePath, propertyState } from '../support';
import { referencedResources } from './graph';

export interface PrivilegedRole {
  readonly name: string;
  /** Can grant access to others (privilege escalation), not only manage resources. */
  readonly delegates: boolean;
  /** Full control of resources (flagged at any scope). */
  readonly owner: boolean;
}

/** Privileged built-in roles by lower-cased GUID. */
export const PRIVILEGED_ROLES: ReadonlyMap<string, PrivilegedRole> = new Map([
  ['8e3af657-a8ff-443c-a75c-2fe8c4bcb635', { name: 'Owner', delegates: true, owner: true }],
  ['b24988ac-6180-42a0-ab88-20f7382dd24c', { name: 'Contributor', delegates: false, owner: false }],
  ['18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', { name: 'User Access Administrator', delegates: true, owner: false }],
  ['f58310d9-a9f6-439a-9e8d-f62e7b41a168', { name: 'Role Based Access Control Administrator', delegates: true, owner: false }],
]);

/** The same roles by the names AVM modules accept in `roleDefinitionIdOrName` (lower-cased). */
export const PRIVILEGED_ROLE_NAMES: ReadonlyMap<string, string> = new Map([
  ['owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
  ['contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'],
  ['user access administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
  ['role based access control administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'],
  ['role based access control administrator (preview)', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'],
]);

const GUID_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i;
const GUID_ONLY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A role GUID from a role definition id, a GUID or an AVM role name; undefined otherwise. */
export function roleGuidOf(text: string): string | undefined {
  const byName = PRIVILEGED_ROLE_NAMES.get(text.trim().toLowerCase());
  if (byName) return byName;
  const m = GUID_AT_END.exec(text);
  return m ? (m[1] as string).toLowerCase() : undefined;
}

/**
 * The role GUIDs a `roleDefinitionId` expression may designate: its evaluated values, else the
 * GUID literals it is built from (`subscriptionResourceId('…/roleDefinitions', '<guid>')`, vars
 * followed), or an `existing` roleDefinitions resource it refers to.
 */
export function roleGuids(model: BicepModel, expr: Expr | undefined, evaluate: (e: Expr) => readonly unknown[] | undefined): string[] {
  if (!expr) return [];
  const out = new Set<string>();
  const values = evaluate(expr);
  if (values && values.length > 0) {
    for (const v of values) if (typeof v === 'string') {
      const g = roleGuidOf(v);
      if (g) out.add(g);
    }
    if (out.size > 0) return [...out];
  }
  for (const r of referencedResources(model, expr)) {
    if (!isResourceOfType(r, ['Microsoft.Authorization/roleDefinitions'])) continue;
    const st = propertyState(r, 'name');
    if (st.kind === 'values') for (const o of st.options) if (typeof o.value === 'string' && GUID_ONLY.test(o.value)) out.add(o.value.toLowerCase());
  }
  let budget = 2000;
  const visit = (e: Expr, depth: number) => {
    walkTree(e as Node, (n) => {
      if (--budget < 0) return false;
      if (n.kind === 'String' && n.exprs.length === 0 && GUID_ONLY.test(n.segments[0] ?? '')) out.add((n.segments[0] as string).toLowerCase());
      if (n.kind === 'Var' && depth < 3) {
        const sym = model.lookup(n.name);
        if (sym?.kind === 'var' && sym.value) visit(sym.value, depth + 1);
      }
      return undefined;
    });
  };
  // only when the expression names a role definition (not a guid() seed or a principal id)
  if (/roleDefinitions/i.test(model.slice(expr)) || expr.kind === 'String') visit(expr, 0);
  return [...out];
}

/** How broad a role assignment's scope is: a resource, or the deployment / resource group / subscription. */
export function assignmentScope(r: ResourceSymbol): { kind: 'resource' | 'broad'; text: string } {
  const scope = locatePath(r.body, 'scope').property?.value;
  if (!scope) {
    const ts = (r.model.targetScope ?? 'resourceGroup').toLowerCase();
    const text = ts === 'subscription' ? 'the subscription' : ts === 'managementgroup' ? 'the management group' : ts === 'tenant' ? 'the tenant' : 'the resource group';
    return { kind: 'broad', text };
  }
  if (scope.kind === 'Call' && !scope.target && /^(resourcegroup|subscription|managementgroup|tenant)$/i.test(scope.name.name)) {
    return { kind: 'broad', text: `the ${scope.name.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}` };
  }
  const target = [...referencedResources(r.model, scope)][0];
  if (target && /^microsoft\.resources\/resourcegroups$/i.test(target.typeLower ?? '')) return { kind: 'broad', text: `resource group ${target.name}` };
  return { kind: 'resource', text: target ? target.name : r.model.slice(scope) };
}
