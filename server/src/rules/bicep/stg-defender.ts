/**
 * stg-defender: a `Microsoft.Security/defenderForStorageSettings` resource on a Storage
 * account should not switch Microsoft Defender for Storage, malware scanning on upload or
 * sensitive data discovery off. Without the resource the subscription plan decides, which a
 * template cannot see, so absence is not flagged.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { Known } from '../../languages/bicep';
import { anchorSpan, formatValue, isResourceOfType, propertyState, relatedForOrigins, valueFix, valueMatches, relevantForTypes } from './support';
import { DEFENDER_FOR_STORAGE } from './parts/platform';

type MessageId = 'off';

const CHECKS: readonly { path: string; what: string }[] = [
  { path: 'properties.isEnabled', what: 'Microsoft Defender for Storage' },
  { path: 'properties.malwareScanning.onUpload.isEnabled', what: 'malware scanning on upload' },
  { path: 'properties.sensitiveDataDiscovery.isEnabled', what: 'sensitive data discovery' },
];

export default defineRule<MessageId>({
  meta: {
    id: 'stg-defender',
    description: 'Microsoft Defender for Storage settings should keep Defender, malware scanning and sensitive data discovery enabled.',
    category: 'governance',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      off: '{{what}} is turned off for storage account settings {{resource}} ({{path}} is {{value}}), so threats against the training data and uploaded files go undetected; set it to true.',
    },
    tags: ['PSRule:Azure.Storage.DefenderCloud', 'PSRule:Azure.Storage.Defender.MalwareScan', 'PSRule:Azure.Storage.Defender.DataScan', 'ASB-LT-1'],
  },
  relevant: relevantForTypes([DEFENDER_FOR_STORAGE]),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, [DEFENDER_FOR_STORAGE])) return;
        for (const [i, c] of CHECKS.entries()) {
          const state = propertyState(r, c.path);
          if (state.kind !== 'values') continue;
          const bad = state.options.filter((o) => valueMatches(o.value, [false]));
          if (bad.length === 0) continue;
          const option = bad[0] as Known;
          const span = anchorSpan(state.location, { start: r.nameSpan.start, end: r.nameSpan.end });
          const valueText = formatValue(option.value);
          const fix = valueFix(doc, state.location, option, { title: `Set ${c.path.slice('properties.'.length)} to true`, valueText: 'true' });
          const fixes: Fix[] = fix ? [fix] : [];
          const what = c.what[0]?.toUpperCase() + c.what.slice(1);
          context.report({
            span,
            messageId: 'off',
            data: { what, resource: r.name, path: c.path.slice('properties.'.length), value: valueText },
            confidence: bad.length === state.options.length && !state.incomplete ? 'high' : 'medium',
            related: relatedForOrigins(doc, option.origins, { valueText, exclude: [span] }),
            fixes,
          });
          if (i === 0) return; // Defender off: the sub-settings do not matter
        }
      },
    };
  },
});
