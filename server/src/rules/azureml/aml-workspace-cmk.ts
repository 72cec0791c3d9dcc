/**
 * aml-workspace-cmk: workspaces encrypted with Microsoft-managed keys only (no
 * `customer_managed_key`). A compliance preference rather than a weakness: a hint.
 */
import { isMap } from 'yaml';
import { defineRule } from '../../engine/rule';
import { WORKSPACE_KINDS, isCompleteSpec, missingAnchor, scalarText } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-workspace-cmk',
    description: 'Azure ML workspaces holding sensitive data should encrypt it with a customer-managed key (customer_managed_key).',
    category: 'encryption',
    severity: 'hint',
    confidence: 'low',
    appliesTo: ['azureml'],
    fixable: false,
    messages: {
      missing:
        'This {{label}} has no customer_managed_key, so its data is encrypted with Microsoft-managed keys you cannot rotate or revoke. For sensitive data set customer_managed_key.key_vault and key_uri (only possible at creation).',
      incomplete: 'customer_managed_key needs both key_vault and key_uri.',
    },
    tags: ['ASB-DP-5'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (!WORKSPACE_KINDS.has(d.kind)) return;
        const cmk = d.get('customer_managed_key');
        if (isMap(cmk)) {
          const ok = scalarText(d.nodeAt(['customer_managed_key', 'key_vault'])) && scalarText(d.nodeAt(['customer_managed_key', 'key_uri']));
          if (!ok) context.report({ span: d.keySpan('customer_managed_key'), messageId: 'incomplete', confidence: 'medium' });
          return;
        }
        if (cmk !== undefined && cmk !== null) return;
        if (!isCompleteSpec(d)) return;
        context.report({ span: missingAnchor(d), messageId: 'missing', data: { label: d.info.label } });
      },
    };
  },
});
