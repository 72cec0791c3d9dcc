/**
 * aml-compute-node-public-ip: compute clusters and instances whose nodes get public IP
 * addresses (`enable_node_public_ip` absent or true; the SDK default is true).
 */
import { mergeRules } from '../bicep/support';
import bicepPart from '../bicep/parts/amlComputeNodePublicIp';
import { defineRule } from '../../engine/rule';
import { fixOf, isFalse, missingAnchor, scalarText, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

const KINDS = new Set(['amlCompute', 'computeInstance']);

const yamlRule = defineRule({
  meta: {
    id: 'aml-compute-node-public-ip',
    description: 'Azure ML compute clusters and instances should not give their nodes public IP addresses.',
    category: 'network',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      missing:
        'enable_node_public_ip is not set, so every node of this {{label}} gets a public IP address reachable from the internet. Set enable_node_public_ip: false (with a subnet or a workspace managed network).',
      enabled: 'enable_node_public_ip: true gives every node of this {{label}} a public IP address reachable from the internet. Set it to false (with a subnet or a workspace managed network).',
    },
    tags: ['ASB-NS-2'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (!KINDS.has(d.kind)) return;
        const node = d.get('enable_node_public_ip');
        if (isFalse(node)) return;
        const value = scalarText(node ?? null);
        if (node !== undefined && node !== null && value === undefined) return; // a collection: schema problem
        const hasSubnet = scalarText(d.nodeAt(['network_settings', 'subnet'])) !== undefined;
        const fixes = fixOf(
          'Set enable_node_public_ip: false',
          setKeyEdit(d.document.text, d.root, 'enable_node_public_ip', false, ['network_settings', 'size', 'type', 'name']),
          // without a subnet (or a managed network) creation of a no-public-IP compute fails
          hasSubnet ? 'safe' : 'unsafe',
        );
        const data = { label: d.info.label };
        if (value === undefined) context.report({ span: missingAnchor(d), messageId: 'missing', data, fixes });
        else context.report({ span: valueOrKeySpan(d, 'enable_node_public_ip'), messageId: 'enabled', data, fixes, confidence: 'high' });
      },
    };
  },
});

/** The same check on Bicep: the Azure ML resource's property (see ../bicep/parts/amlComputeNodePublicIp.ts). */
export default mergeRules(yamlRule, bicepPart);
