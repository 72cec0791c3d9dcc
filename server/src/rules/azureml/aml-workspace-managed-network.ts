/**
 * aml-workspace-managed-network: workspaces, hubs and feature stores without a managed
 * virtual network (`managed_network.isolation_mode` absent or `disabled`). With the option
 * `requireApprovedOutbound`, `allow_internet_outbound` is reported too.
 */
import { isMap } from 'yaml';
import type { YAMLMap } from 'yaml';
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { WORKSPACE_KINDS, findPair, fixOf, insertBlockEdit, isCompleteSpec, missingAnchor, replaceKeyEdit, scalarText, setKeyEdit, spanOf } from './amlRuleSupport';

const MODES = ['allow_only_approved_outbound', 'allow_internet_outbound'] as const;

export default defineRule({
  meta: {
    id: 'aml-workspace-managed-network',
    description: 'Azure ML workspaces and hubs should isolate their compute in a managed virtual network (managed_network.isolation_mode).',
    category: 'network',
    severity: 'info',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'unsafe',
    messages: {
      missing:
        'This {{label}} has no managed virtual network, so its compute and serverless jobs get unrestricted outbound access unless you manage a virtual network yourself. Set managed_network.isolation_mode: allow_only_approved_outbound.',
      disabled: 'managed_network.isolation_mode: disabled leaves compute without a managed virtual network. Use allow_only_approved_outbound (or at least allow_internet_outbound).',
      internet:
        'managed_network.isolation_mode: allow_internet_outbound lets compute send data to any internet host. Use allow_only_approved_outbound with outbound rules for what the workloads need.',
    },
    tags: ['ASB-NS-1', 'CWE-200'],
    optionsSchema: {
      type: 'object',
      properties: {
        requireApprovedOutbound: { type: 'boolean', description: 'Also report `allow_internet_outbound` (default false).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireApprovedOutbound: false },
  },
  create(context) {
    const strict = context.options['requireApprovedOutbound'] === true;
    return {
      azuremlDocument(d) {
        if (!WORKSPACE_KINDS.has(d.kind)) return;
        const text = d.document.text;
        const mnNode = d.get('managed_network');
        const mn = isMap(mnNode) ? (mnNode as YAMLMap) : undefined;
        const modePair = mn ? findPair(mn, 'isolation_mode') : undefined;
        const mode = scalarText(modePair?.value)?.toLowerCase();
        if (mode === 'allow_only_approved_outbound') return;
        if (mode === 'allow_internet_outbound') {
          if (!strict) return;
          const fixes = fixOf(`Set isolation_mode: ${MODES[0]}`, mn && setKeyEdit(text, mn, 'isolation_mode', MODES[0]), 'unsafe');
          context.report({ span: spanOf(modePair?.value) ?? d.keySpan('managed_network'), messageId: 'internet', fixes });
          return;
        }
        if (mode !== undefined && mode !== 'disabled') return; // unknown value: the schema rule reports it
        if (mn === undefined && mnNode !== undefined && mnNode !== null && scalarText(mnNode) !== undefined) return;
        if (mode === undefined && mn === undefined && !isCompleteSpec(d)) return; // update fragment
        const fixes: Fix[] = MODES.flatMap((m) => {
          const title = `Set managed_network isolation_mode: ${m}`;
          if (mn) return fixOf(title, setKeyEdit(text, mn, 'isolation_mode', m), 'unsafe');
          if (mnNode === null || d.pair('managed_network')) return fixOf(title, replaceKeyEdit(text, d.root, 'managed_network', `managed_network:\n  isolation_mode: ${m}`), 'unsafe');
          return fixOf(title, insertBlockEdit(text, d.root, `managed_network:\n  isolation_mode: ${m}`, ['public_network_access', 'image_build_compute', 'location', 'display_name', 'name']), 'unsafe');
        });
        if (mode === 'disabled') context.report({ span: spanOf(modePair?.value) ?? d.keySpan('managed_network'), messageId: 'disabled', fixes, confidence: 'high' });
        else context.report({ span: d.pair('managed_network') ? d.keySpan('managed_network') : missingAnchor(d), messageId: 'missing', data: { label: d.info.label }, fixes });
      },
    };
  },
});
