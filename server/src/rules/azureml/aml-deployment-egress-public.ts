/**
 * aml-deployment-egress-public: managed online deployments whose containers can reach the
 * internet (`egress_public_network_access` absent or `enabled`). This is the legacy network
 * isolation switch; a workspace managed virtual network is the newer way, which a single
 * file cannot see, hence the low confidence.
 */
import { isCollection } from 'yaml';
import { defineRule } from '../../engine/rule';
import { fixOf, lowerValue, matchCase, missingAnchor, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-deployment-egress-public',
    description: 'Managed online deployments should not have outbound access to the internet.',
    category: 'network',
    severity: 'info',
    confidence: 'low',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      missing:
        'egress_public_network_access is not set, so the scoring container can send data to any internet host (unless the workspace has a managed virtual network). Set egress_public_network_access: disabled.',
      enabled:
        'egress_public_network_access: {{value}} lets the scoring container send data to any internet host. Set it to disabled (the deployment then reaches the model, ACR and storage through private endpoints).',
    },
    tags: ['ASB-NS-2', 'CWE-200'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (d.kind !== 'managedOnlineDeployment') return;
        const value = lowerValue(d, 'egress_public_network_access');
        if (value === 'disabled' || isCollection(d.get('egress_public_network_access'))) return;
        const raw = d.getString('egress_public_network_access');
        const fixes = fixOf(
          'Set egress_public_network_access: disabled',
          setKeyEdit(d.document.text, d.root, 'egress_public_network_access', matchCase(raw, 'disabled'), ['instance_count', 'instance_type', 'endpoint_name', 'name']),
          'safe',
        );
        if (value === undefined) context.report({ span: missingAnchor(d), messageId: 'missing', fixes });
        else context.report({ span: valueOrKeySpan(d, 'egress_public_network_access'), messageId: 'enabled', data: { value: raw?.trim() ?? value }, fixes, confidence: 'medium' });
      },
    };
  },
});
