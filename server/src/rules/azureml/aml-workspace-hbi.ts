/**
 * aml-workspace-hbi: workspaces not flagged as high business impact (`hbi_workspace`
 * absent or false). The flag can only be set at creation, so its fix is unsafe.
 */
import { defineRule } from '../../engine/rule';
import { WORKSPACE_KINDS, fixOf, isCompleteSpec, isTrue, missingAnchor, scalarText, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-workspace-hbi',
    description: 'Azure ML workspaces holding sensitive data should be created with the hbi_workspace flag.',
    category: 'encryption',
    severity: 'hint',
    confidence: 'low',
    appliesTo: ['azureml'],
    fixable: 'unsafe',
    messages: {
      missing:
        'hbi_workspace is not set: for sensitive data, a high-business-impact workspace encrypts the local scratch disks of compute and sends less diagnostic data to Microsoft. Set hbi_workspace: true (only possible at creation).',
      disabled:
        'hbi_workspace: false: for sensitive data, a high-business-impact workspace encrypts the local scratch disks of compute and sends less diagnostic data to Microsoft. Set it to true (only possible at creation).',
    },
    tags: ['ASB-DP-4'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (!WORKSPACE_KINDS.has(d.kind)) return;
        const node = d.get('hbi_workspace');
        if (isTrue(node)) return;
        const value = scalarText(node ?? null);
        if (node !== undefined && node !== null && value === undefined) return;
        if (value !== undefined && value.toLowerCase() !== 'false') return;
        if (value === undefined && !isCompleteSpec(d)) return;
        const fixes = fixOf('Set hbi_workspace: true', setKeyEdit(d.document.text, d.root, 'hbi_workspace', true, ['description', 'display_name', 'location', 'name']), 'unsafe');
        if (value === undefined) context.report({ span: missingAnchor(d), messageId: 'missing', fixes });
        else context.report({ span: valueOrKeySpan(d, 'hbi_workspace'), messageId: 'disabled', fixes, confidence: 'medium' });
      },
    };
  },
});
