/**
 * aml-registry-public-access: Azure ML registries reachable from the internet
 * (`public_network_access` absent — the default is enabled — or `enabled`).
 */
import { isCollection } from 'yaml';
import { defineRule } from '../../engine/rule';
import { fixOf, lowerValue, matchCase, missingAnchor, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-registry-public-access',
    description: 'Azure ML registries should disable public network access and be reached through private endpoints.',
    category: 'network',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      missing:
        'public_network_access is not set, so this registry (models, components and environments shared across workspaces) is reachable from the internet. Set public_network_access: disabled and use private endpoints.',
      enabled: 'public_network_access: {{value}} makes this registry reachable from the internet. Set it to disabled and use private endpoints.',
    },
    tags: ['ASB-NS-2'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (d.kind !== 'registry') return;
        const value = lowerValue(d, 'public_network_access');
        if (value === 'disabled' || isCollection(d.get('public_network_access'))) return;
        const raw = d.getString('public_network_access');
        const fixes = fixOf(
          'Set public_network_access: disabled',
          setKeyEdit(d.document.text, d.root, 'public_network_access', matchCase(raw, 'disabled'), ['location', 'tags', 'name']),
          'safe',
        );
        if (value === undefined) context.report({ span: missingAnchor(d), messageId: 'missing', fixes });
        else context.report({ span: valueOrKeySpan(d, 'public_network_access'), messageId: 'enabled', data: { value: raw?.trim() ?? value }, fixes, confidence: 'high' });
      },
    };
  },
});
