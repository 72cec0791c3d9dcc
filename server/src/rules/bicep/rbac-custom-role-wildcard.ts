/**
 * rbac-custom-role-wildcard: a custom role whose actions (or data actions) are '*' is an Owner
 * in disguise.
 */
import { defineRule } from '../../engine/rule';
import type { BicepValue, Expr, ObjectExpr } from '../../languages/bicep';
import { anchorSpan, isResourceOfType, locatePath, propertyState, relevantForTypes } from './support';
import { snippetFix } from './parts/snippets';

function items(v: BicepValue | undefined): readonly BicepValue[] {
  return Array.isArray(v) ? (v as readonly BicepValue[]) : [];
}

function field(v: BicepValue, key: string): BicepValue | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  return (v as { readonly [k: string]: BicepValue })[key];
}

/** The literal '*' items of `actions` / `dataActions` arrays written in the permissions array. */
function starLiterals(permissions: Expr | undefined): { key: string; node: Expr }[] {
  const out: { key: string; node: Expr }[] = [];
  if (!permissions || permissions.kind !== 'Array') return out;
  for (const p of permissions.items) {
    if (p.kind !== 'Object') continue;
    for (const key of ['actions', 'dataActions']) {
      const arr = locatePath(p as ObjectExpr, key).property?.value;
      if (!arr || arr.kind !== 'Array') continue;
      for (const i of arr.items) if (i.kind === 'String' && i.exprs.length === 0 && i.segments[0] === '*') out.push({ key, node: i });
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'rbac-custom-role-wildcard',
    description: "Custom role definitions should list the actions they allow instead of '*'.",
    category: 'identity',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      wildcard: "Custom role {{resource}} allows every {{what}} ('*'): anyone assigned it can do everything an Owner can on its assignable scopes. List the actions the role needs.",
    },
    tags: ['CKV_AZURE_39', 'TA-000020', 'ASB-PA-7'],
  },
  relevant: relevantForTypes(['Microsoft.Authorization/roleDefinitions']),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Authorization/roleDefinitions'])) return;
        const st = propertyState(r, 'properties.permissions');
        if (st.kind !== 'values') return;
        let what: string | undefined;
        for (const o of st.options) {
          for (const p of items(o.value)) {
            if (items(field(p, 'actions')).includes('*')) what = 'action';
            else if (!what && items(field(p, 'dataActions')).includes('*')) what = 'data action';
          }
        }
        if (!what) return;
        const prop = locatePath(r.body, 'properties.permissions').property;
        const stars = starLiterals(prop?.value);
        const first = stars[0];
        const span = first ? { start: first.node.start, end: first.node.end } : anchorSpan(st.location, r.nameSpan);
        const fix = first
          ? snippetFix(doc, 'Replace \'*\' with the actions the role needs', [{ start: first.node.start, end: first.node.end, newText: first.key === 'actions' ? "'${1:Microsoft.Resources/subscriptions/resourceGroups/read}'" : "'${1:Microsoft.CognitiveServices/accounts/OpenAI/*/read}'" }], 'unsafe')
          : undefined;
        context.report({ span, messageId: 'wildcard', data: { resource: r.name, what }, fixes: fix ? [fix] : [] });
      },
    };
  },
});
