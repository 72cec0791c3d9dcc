/**
 * bicep-outer-scope-nested-secrets: an inline nested deployment evaluated in the outer scope
 * writes the secure params and list*() results it uses into the deployment in clear text.
 */
import { defineRule } from '../../engine/rule';
import { anchorSpan, isResourceOfType, locatePath, propertyState, sameEnum, secretFlow, setPropertyFix, clip } from './support';

export default defineRule({
  meta: {
    id: 'bicep-outer-scope-nested-secrets',
    description: "Nested deployments that use secure params or list*() should evaluate expressions in the 'inner' scope.",
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      outer: "Nested deployment {{resource}} uses {{what}} but evaluates its template in the outer scope, so the secret is written into the deployment in clear text; set properties.expressionEvaluationOptions.scope to 'inner' (and pass values as parameters) or use a Bicep module.",
    },
    tags: ['CWE-532', 'bicep:secure-params-in-nested-deploy', 'PSRule:Azure.Deployment.OuterSecret'],
  },
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Resources/deployments'])) return;
        if (!locatePath(r.body, 'properties.template').property) return;
        const state = propertyState(r, 'properties.expressionEvaluationOptions.scope');
        if (state.kind === 'unknown') return;
        if (state.kind === 'values' && state.options.every((o) => sameEnum(o.value, 'inner'))) return;
        const flow = secretFlow(r.model, r.body);
        const what = flow.listCalls[0] ? `${clip(flow.listCalls[0].name.name)}()` : flow.secureParams[0] ? `secure param ${clip(flow.secureParams[0].name)}` : undefined;
        if (!what) return;
        const fix = setPropertyFix(doc, r.body, 'properties.expressionEvaluationOptions.scope', "'inner'", "Set expressionEvaluationOptions.scope to 'inner'", 'unsafe');
        context.report({
          span: anchorSpan(state.location, r.nameSpan),
          messageId: 'outer',
          data: { resource: clip(r.name), what },
          fixes: fix ? [fix] : [],
        });
      },
    };
  },
});
