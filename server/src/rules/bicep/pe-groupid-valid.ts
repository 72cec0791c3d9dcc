/**
 * pe-groupid-valid: a private endpoint's groupIds must name a sub-resource of its target
 * (`blob` on a Cognitive Services account fails or connects the wrong endpoint).
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { getBicep } from '../../languages/bicep';
import type { BicepModel, ObjectExpr } from '../../languages/bicep';
import { isAvmModule, locatePath, relevantForTypes } from './support';
import { AVM_PRIVATE_ENDPOINT, PRIVATE_ENDPOINTS, connectionObjects, referencedTypes } from './parts/graph';
import { PRIVATE_LINK } from './parts/snippets';

function valid(typeLower: string, groupId: string): boolean {
  const facts = PRIVATE_LINK[typeLower];
  if (!facts) return true;
  const g = groupId.toLowerCase();
  if (facts.groupIds.some((x) => x.toLowerCase() === g)) return true;
  // deployment slots: `sites-<slot>`
  return typeLower === 'microsoft.web/sites' && g.startsWith('sites-');
}

export default defineRule({
  meta: {
    id: 'pe-groupid-valid',
    description: "Private endpoint groupIds should name a sub-resource of the target resource's type.",
    category: 'network',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      invalid: "Group id '{{groupId}}' is not a sub-resource of a {{label}} (valid: {{valid}}); the private endpoint fails to deploy or connects the wrong endpoint.",
    },
    tags: ['ASB-NS-2'],
  },
  relevant: relevantForTypes([PRIVATE_ENDPOINTS], { avmModules: [AVM_PRIVATE_ENDPOINT] }),
  create(context) {
    const doc = context.document;

    const checkConnection = (model: BicepModel, conn: ObjectExpr, prefix: string) => {
      const target = locatePath(conn, `${prefix}privateLinkServiceId`).property?.value;
      const types = [...referencedTypes(model, target)].filter((t) => PRIVATE_LINK[t]);
      if (types.length !== 1) return;
      const type = types[0] as string;
      const facts = PRIVATE_LINK[type];
      if (!facts) return;
      const groups = locatePath(conn, `${prefix}groupIds`).property?.value;
      if (!groups || groups.kind !== 'Array') return;
      for (const item of groups.items) {
        if (item.kind !== 'String' || item.exprs.length > 0) continue;
        const g = item.segments[0] ?? '';
        if (valid(type, g)) continue;
        const choices = facts.groupIds.slice(0, 4);
        const fixes: Fix[] = choices.map((c) => ({ title: `Use group id '${c}'`, edits: [{ start: item.start, end: item.end, newText: `'${c}'` }], safety: choices.length === 1 ? 'safe' : 'unsafe' }));
        context.report({
          span: { start: item.start, end: item.end },
          messageId: 'invalid',
          data: { groupId: g, label: facts.label, valid: facts.groupIds.map((x) => `'${x}'`).join(', ') },
          fixes,
        });
      }
    };

    return {
      documentEnd() {
        if (doc.kind !== 'bicep') return;
        const { model } = getBicep(doc);
        for (const pe of model.resources) {
          if (pe.existing || pe.typeLower !== PRIVATE_ENDPOINTS) continue;
          for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
            for (const conn of connectionObjects(locatePath(pe.body, `properties.${key}`).property?.value)) checkConnection(model, conn, 'properties.');
          }
        }
        for (const m of model.modules) {
          if (!isAvmModule(m, AVM_PRIVATE_ENDPOINT)) continue;
          for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
            for (const conn of connectionObjects(locatePath(m.body, `params.${key}`).property?.value)) checkConnection(model, conn, 'properties.');
          }
        }
      },
    };
  },
});
