/**
 * ai-connection-key-auth: Azure ML / AI Foundry connections should authenticate to their
 * target with Microsoft Entra ID (the workspace or project identity), not a stored secret.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { anchorSpan, formatValue, isResourceOfType, locatePath, propertyState, relatedForOrigins, removePropertyFix, valueFix, valueMatches, clip, relevantForTypes } from './support';
import { CONNECTION_TYPES, SECRET_AUTH_TYPES } from './parts/amlCommon';

export default defineRule({
  meta: {
    id: 'ai-connection-key-auth',
    description: 'Azure ML and AI Foundry connections should use Microsoft Entra ID (AAD) instead of keys, tokens or passwords.',
    category: 'identity',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: "Connection {{resource}} authenticates with a stored secret (authType is {{value}}); use authType 'AAD' and grant the workspace or project identity a role on the target instead.",
    },
    tags: ['ASB-IM-1'],
  },
  relevant: relevantForTypes(CONNECTION_TYPES),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, CONNECTION_TYPES)) return;
        const state = propertyState(r, 'properties.authType');
        if (state.kind !== 'values') return;
        const bad = state.options.filter((o) => o.value !== null && valueMatches(o.value, SECRET_AUTH_TYPES));
        const option = bad[0];
        if (!option) return;
        const span = anchorSpan(state.location, r.nameSpan);
        const valueText = formatValue(option.value);
        const fixes: Fix[] = [];
        const set = valueFix(doc, state.location, option, { title: "Set authType to 'AAD' and remove the credentials", valueText: "'AAD'" });
        if (set) {
          const edits: TextEdit[] = [...set.edits];
          const creds = locatePath(r.body, 'properties.credentials');
          if (creds.property && creds.object) {
            const rm = removePropertyFix(doc, creds.object, creds.property, 'x');
            if (rm) edits.push(...rm.edits);
          }
          // switching to Entra ID needs a role assignment on the target: never applied blindly
          fixes.push({ title: "Set authType to 'AAD' and remove the credentials", edits, safety: 'unsafe' });
        }
        context.report({
          span,
          messageId: 'insecure',
          data: { resource: clip(r.name), value: valueText },
          confidence: bad.length === state.options.length && !state.incomplete ? 'high' : 'medium',
          related: relatedForOrigins(doc, option.origins, { valueText, exclude: [span] }),
          fixes,
        });
      },
    };
  },
});
