/**
 * aml-endpoint-public-access: managed online endpoints whose scoring URI is reachable from
 * the internet (`public_network_access` absent or `enabled`).
 */
import { isCollection } from 'yaml';
import { defineRule } from '../../engine/rule';
import { fixOf, lowerValue, matchCase, missingAnchor, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-endpoint-public-access',
    description: 'Managed online endpoints should disable public network access so that scoring goes through the workspace private endpoint.',
    category: 'network',
    severity: 'info',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      missing:
        'public_network_access is not set, so the scoring endpoint is reachable from the internet{{auth}}. Set public_network_access: disabled to accept requests only through the workspace private endpoint.',
      enabled:
        'public_network_access: {{value}} makes the scoring endpoint reachable from the internet{{auth}}. Set it to disabled to accept requests only through the workspace private endpoint.',
    },
    tags: ['ASB-NS-2'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (d.kind !== 'managedOnlineEndpoint') return;
        const value = lowerValue(d, 'public_network_access');
        if (value === 'disabled' || isCollection(d.get('public_network_access'))) return;
        const mode = lowerValue(d, 'auth_mode');
        const keyAuth = mode === undefined || mode === 'key';
        const auth = keyAuth ? ' with key authentication' : '';
        const raw = d.getString('public_network_access');
        const fixes = fixOf(
          'Set public_network_access: disabled',
          setKeyEdit(d.document.text, d.root, 'public_network_access', matchCase(raw, 'disabled'), ['auth_mode', 'name', 'description']),
          'safe',
        );
        const confidence = keyAuth ? 'high' : 'medium';
        if (value === undefined) {
          context.report({ span: missingAnchor(d), messageId: 'missing', data: { auth }, fixes, confidence });
        } else {
          context.report({ span: valueOrKeySpan(d, 'public_network_access'), messageId: 'enabled', data: { value: raw?.trim() ?? value, auth }, fixes, confidence });
        }
      },
    };
  },
});
