/**
 * aml-compute-admin-password: password login configured for compute nodes or an attached
 * VM (`ssh_settings.admin_password`). The password sits in the file and SSH accepts
 * guessable credentials; an SSH key (`ssh_key_value`, `ssh_private_key_file`) does not.
 */
import { defineRule } from '../../engine/rule';
import { isNotASecret } from '../../secrets';
import { findPair, fixOf, keySpanOfPair, mapAt, removeKeyEdit, replaceKeyEdit, scalarText } from './amlRuleSupport';

const KINDS = new Set(['amlCompute', 'computeInstance', 'vmCompute', 'kubernetesCompute', 'synapseSparkCompute']);

export default defineRule({
  meta: {
    id: 'aml-compute-admin-password',
    description: 'Azure ML compute should use SSH keys rather than an administrator password written in the file.',
    category: 'secrets',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['azureml'],
    fixable: 'unsafe',
    messages: {
      password:
        'ssh_settings.admin_password turns on password login for this {{label}} and keeps the password in the file{{placeholder}}. Use {{keyField}} (an SSH key) instead.',
    },
    tags: ['CWE-259', 'CWE-798', 'ASB-IM-6'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (!KINDS.has(d.kind)) return;
        const ssh = mapAt(d.root, 'ssh_settings');
        const pair = findPair(ssh, 'admin_password');
        if (!ssh || !pair) return;
        const value = scalarText(pair.value);
        if (value === undefined || value.length === 0) return;
        const keyField = d.kind === 'vmCompute' ? 'ssh_private_key_file' : 'ssh_key_value';
        const text = d.document.text;
        const hasKey = scalarText(findPair(ssh, keyField)?.value) !== undefined;
        const fixes = hasKey
          ? fixOf('Remove admin_password', removeKeyEdit(text, ssh, 'admin_password'), 'unsafe')
          : fixOf(
              `Replace admin_password with ${keyField}`,
              replaceKeyEdit(text, ssh, 'admin_password', `${keyField}: ${keyField === 'ssh_key_value' ? '<ssh-public-key>' : '<path-to-private-key>'}`),
              'unsafe',
            );
        const placeholder = isNotASecret(value);
        context.report({
          span: keySpanOfPair(pair) ?? d.keySpan('ssh_settings'),
          messageId: 'password',
          data: { label: d.info.label, keyField, placeholder: placeholder ? ' (here a placeholder, to be replaced by a real password)' : '' },
          fixes,
          confidence: placeholder ? 'medium' : 'high',
        });
      },
    };
  },
});
