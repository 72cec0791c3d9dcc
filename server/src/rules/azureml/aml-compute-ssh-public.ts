/**
 * aml-compute-ssh-public: the SSH port of compute nodes open to the internet. On a cluster
 * an absent `ssh_public_access_enabled` is sent as `NotSpecified`, which leaves the port
 * open on public nodes unless the cluster is in a virtual network; an explicit `true` opens
 * it on clusters and instances.
 */
import { mergeRules } from '../bicep/support';
import bicepPart from '../bicep/parts/amlComputeSshPublic';
import { defineRule } from '../../engine/rule';
import { fixOf, isFalse, isTrue, missingAnchor, scalarText, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

const yamlRule = defineRule({
  meta: {
    id: 'aml-compute-ssh-public',
    description: 'Azure ML compute should not expose its SSH port to the internet.',
    category: 'network',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      notSpecified:
        'ssh_public_access_enabled is not set and the cluster has no subnet, so the SSH port is open on every public node{{password}}. Set ssh_public_access_enabled: false.',
      enabled: 'ssh_public_access_enabled: true opens the SSH port of this {{label}} to the internet{{password}}. Set it to false and reach the nodes through a virtual network or Azure Bastion.',
    },
    tags: ['ASB-NS-2', 'CWE-284'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (d.kind !== 'amlCompute' && d.kind !== 'computeInstance') return;
        const node = d.get('ssh_public_access_enabled');
        const hasPassword = scalarText(d.nodeAt(['ssh_settings', 'admin_password'])) !== undefined;
        const password = hasPassword ? ', with password login' : '';
        const fixes = fixOf(
          'Set ssh_public_access_enabled: false',
          setKeyEdit(d.document.text, d.root, 'ssh_public_access_enabled', false, ['ssh_settings', 'network_settings', 'size', 'type', 'name']),
          'safe',
        );
        if (isTrue(node)) {
          context.report({ span: valueOrKeySpan(d, 'ssh_public_access_enabled'), messageId: 'enabled', data: { label: d.info.label, password }, fixes, confidence: 'high' });
          return;
        }
        if (d.kind !== 'amlCompute' || scalarText(node ?? null) !== undefined) return;
        if (node !== undefined && node !== null) return; // a collection: schema problem
        if (scalarText(d.nodeAt(['network_settings', 'subnet'])) !== undefined) return; // NotSpecified + VNet = closed
        if (isFalse(d.get('enable_node_public_ip'))) return; // no public nodes to open the port on
        context.report({ span: missingAnchor(d), messageId: 'notSpecified', data: { password }, fixes, confidence: hasPassword ? 'high' : 'medium' });
      },
    };
  },
});

/** The same check on Bicep: the Azure ML resource's property (see ../bicep/parts/amlComputeSshPublic.ts). */
export default mergeRules(yamlRule, bicepPart);
