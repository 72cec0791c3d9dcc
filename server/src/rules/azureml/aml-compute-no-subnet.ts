/**
 * aml-compute-no-subnet: compute clusters and instances created outside a virtual network
 * (`network_settings.subnet` absent). A workspace managed virtual network makes the subnet
 * unnecessary, which one file cannot tell: hence a hint with low confidence.
 */
import { defineRule } from '../../engine/rule';
import { missingAnchor, scalarText } from './amlRuleSupport';

export default defineRule({
  meta: {
    id: 'aml-compute-no-subnet',
    description: 'Azure ML compute clusters and instances should run in a virtual network subnet (or a workspace managed network).',
    category: 'network',
    severity: 'hint',
    confidence: 'low',
    appliesTo: ['azureml'],
    fixable: false,
    messages: {
      noSubnet:
        'This {{label}} has no network_settings.subnet: unless the workspace uses a managed virtual network, its nodes are not isolated in a network you control. Add network_settings with vnet_name and subnet.',
    },
    tags: ['ASB-NS-1'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (d.kind !== 'amlCompute' && d.kind !== 'computeInstance') return;
        if (scalarText(d.nodeAt(['network_settings', 'subnet'])) !== undefined) return;
        const span = d.pair('network_settings') ? d.keySpan('network_settings') : missingAnchor(d);
        context.report({ span, messageId: 'noSubnet', data: { label: d.info.label } });
      },
    };
  },
});
