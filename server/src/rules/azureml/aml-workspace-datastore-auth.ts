/**
 * aml-workspace-datastore-auth: workspaces whose built-in datastores (workspaceblobstore,
 * workspacefilestore, …) authenticate with the storage account key
 * (`system_datastores_auth_mode` absent or `accesskey`).
 */
import { isCollection } from 'yaml';
import { defineRule } from '../../engine/rule';
import { WORKSPACE_KINDS, fixOf, isCompleteSpec, lowerValue, missingAnchor, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-workspace-datastore-auth',
    description: 'Azure ML workspaces should let their system datastores use identity-based access instead of the storage account key.',
    category: 'identity',
    severity: 'info',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      missing:
        'system_datastores_auth_mode is not set, so the default datastores of this {{label}} use the storage account key (accesskey), and shared-key access cannot be turned off on the storage account. Set system_datastores_auth_mode: identity.',
      accessKey: 'system_datastores_auth_mode: accesskey makes the default datastores use the storage account key. Set it to identity so that shared-key access can be disabled on the storage account.',
    },
    tags: ['ASB-IM-1'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (!WORKSPACE_KINDS.has(d.kind)) return;
        const value = lowerValue(d, 'system_datastores_auth_mode');
        if ((value !== undefined && value !== 'accesskey') || isCollection(d.get('system_datastores_auth_mode'))) return;
        if (value === undefined && !isCompleteSpec(d)) return;
        const fixes = fixOf(
          'Set system_datastores_auth_mode: identity',
          setKeyEdit(d.document.text, d.root, 'system_datastores_auth_mode', 'identity', ['storage_account', 'location', 'display_name', 'name']),
          'safe',
        );
        if (value === undefined) context.report({ span: missingAnchor(d), messageId: 'missing', data: { label: d.info.label }, fixes });
        else context.report({ span: valueOrKeySpan(d, 'system_datastores_auth_mode'), messageId: 'accessKey', fixes, confidence: 'high' });
      },
    };
  },
});
