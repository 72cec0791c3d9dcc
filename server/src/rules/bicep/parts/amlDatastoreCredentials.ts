/**
 * The Bicep side of `aml-datastore-credentials` (the id is owned by the Azure ML YAML rule in
 * rules/azureml/): datastores should use identity-based access, not account keys, SAS tokens,
 * service principal secrets or certificates. Merge with `mergeRules(yamlRule, amlDatastoreCredentialsBicep)`.
 */
import { defineRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { anchorSpan, formatValue, isResourceOfType, locatePath, propertyState, relatedForOrigins, replaceValueFix, valueMatches, clip } from '../support';
import { ML_DATASTORES } from './amlCommon';

const SECRET_CREDENTIALS = ['AccountKey', 'Sas', 'ServicePrincipal', 'Certificate'];

export default defineRule({
  meta: {
    id: 'aml-datastore-credentials',
    description: 'Azure ML datastores should use identity-based access instead of stored credentials.',
    category: 'identity',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: "Datastore {{resource}} stores a credential in the workspace (credentialsType is {{value}}); use credentials: { credentialsType: 'None' } and grant the workspace identity (or the user) a data role on the storage instead.",
    },
    tags: ['ASB-IM-1'],
  },
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [ML_DATASTORES])) return;
        const state = propertyState(r, 'properties.credentials.credentialsType');
        if (state.kind !== 'values') return;
        const option = state.options.find((o) => o.value !== null && valueMatches(o.value, SECRET_CREDENTIALS));
        if (!option) return;
        const span = anchorSpan(state.location, r.nameSpan);
        const valueText = formatValue(option.value);
        const fixes: Fix[] = [];
        const creds = locatePath(r.body, 'properties.credentials').property;
        if (creds) {
          const f = replaceValueFix(doc, creds, "{\n  credentialsType: 'None'\n}", "Use identity-based access (credentialsType 'None')", 'unsafe');
          if (f) fixes.push(f);
        }
        context.report({
          span,
          messageId: 'insecure',
          data: { resource: clip(r.name), value: valueText },
          related: relatedForOrigins(doc, option.origins, { valueText, exclude: [span] }),
          fixes,
        });
      },
    };
  },
});
