/**
 * aml-workspace-public-access: workspaces, hubs and feature stores reachable from the
 * internet (`public_network_access` enabled, or absent in a complete workspace spec).
 * Projects take their network settings from their hub and are not checked.
 */
import { isCollection } from 'yaml';
import { defineRule } from '../../engine/rule';
import { WORKSPACE_KINDS, fixOf, isCompleteSpec, lowerValue, matchCase, missingAnchor, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-workspace-public-access',
    description: 'Azure ML workspaces and hubs should disable public network access and be reached through private endpoints.',
    category: 'network',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      missing:
        'public_network_access is not set, so this {{label}} (studio, APIs, and its data plane) is reachable from the internet. Set public_network_access: disabled and use a private endpoint.',
      enabled: 'public_network_access: {{value}} makes this {{label}} reachable from the internet. Set it to disabled and use a private endpoint.',
    },
    tags: ['ASB-NS-2'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (!WORKSPACE_KINDS.has(d.kind)) return;
        const value = lowerValue(d, 'public_network_access');
        if (value === 'disabled' || isCollection(d.get('public_network_access'))) return;
        if (value === undefined && !isCompleteSpec(d)) return; // an update fragment: absent means unchanged
        const raw = d.getString('public_network_access');
        const fixes = fixOf(
          'Set public_network_access: disabled',
          setKeyEdit(d.document.text, d.root, 'public_network_access', matchCase(raw, 'disabled'), ['image_build_compute', 'location', 'display_name', 'name']),
          'safe',
        );
        const data = { label: d.info.label, value: raw?.trim() ?? '' };
        if (value === undefined) context.report({ span: missingAnchor(d), messageId: 'missing', data, fixes });
        else context.report({ span: valueOrKeySpan(d, 'public_network_access'), messageId: 'enabled', data, fixes, confidence: 'high' });
      },
    };
  },
});
