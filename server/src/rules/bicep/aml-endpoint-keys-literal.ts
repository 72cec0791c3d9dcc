/**
 * aml-endpoint-keys-literal: online endpoint keys written in the template (a literal or a param
 * without @secure()) end up in the deployment history; let the service generate them.
 */
import { defineRule } from '../../engine/rule';
import type { ObjectExpr } from '../../languages/bicep';
import { isResourceOfType, judgeSensitiveValue, locatePath, removePropertyFix, clip, relevantForTypes } from './support';
import { ML_ONLINE_ENDPOINTS } from './parts/amlCommon';

const KEYS = ['primaryKey', 'secondaryKey'];

export default defineRule({
  meta: {
    id: 'aml-endpoint-keys-literal',
    description: 'Azure Machine Learning online endpoint keys should not be set from hard-coded values or params without @secure().',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: 'Online endpoint {{resource}} sets keys.{{property}} from {{source}}: the key is stored in the deployment history. Remove the keys block so that the service generates the keys, or pass them through a @secure() param.',
    },
    tags: ['CWE-798', 'ASB-IM-8'],
  },
  relevant: relevantForTypes([ML_ONLINE_ENDPOINTS]),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [ML_ONLINE_ENDPOINTS])) return;
        const keys = locatePath(r.body, 'properties.keys');
        const obj = keys.property?.value;
        if (!obj || obj.kind !== 'Object') return;
        for (const name of KEYS) {
          const p = locatePath(obj as ObjectExpr, name).property;
          if (!p?.value) continue;
          const judged = judgeSensitiveValue(doc, r.model, p.value, `${clip(r.name)}${name[0]?.toUpperCase()}${name.slice(1)}`);
          if (!judged) continue;
          const remove = keys.property && keys.object ? removePropertyFix(doc, keys.object, keys.property, 'Remove the keys block', 'unsafe') : undefined;
          context.report({
            span: { start: p.value.start, end: p.value.end },
            messageId: 'insecure',
            data: { resource: clip(r.name), property: clip(name), source: judged.source },
            related: judged.related,
            fixes: [...(remove ? [remove] : []), ...judged.fixes],
          });
        }
      },
    };
  },
});
