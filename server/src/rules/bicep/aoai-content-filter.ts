/**
 * aoai-content-filter: custom RAI (content filter) policies of Azure OpenAI / AI Services
 * accounts should keep every filter enabled and blocking. A deployment without
 * `raiPolicyName` gets the default policy, which blocks, so only weakened policies are flagged.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { BicepValue } from '../../languages/bicep';
import { isLiteralNode, isResourceOfType, replaceFix, relevantForTypes } from './support';
import { arrayItems, writtenAt } from './parts/arrayItems';
import { COG_RAI_POLICIES, field } from './parts/platform';

type MessageId = 'disabled' | 'notBlocking';

function label(v: BicepValue | undefined): string {
  const name = field(v, 'name');
  const source = field(v, 'source');
  const parts: string[] = [];
  if (typeof name === 'string') parts.push(`'${name.slice(0, 40)}'`);
  if (typeof source === 'string') parts.push(`(${source.slice(0, 20)})`);
  return parts.length ? parts.join(' ') : 'without a name';
}

export default defineRule<MessageId>({
  meta: {
    id: 'aoai-content-filter',
    description: 'Custom content filter (RAI) policies of Azure OpenAI and AI Services accounts should keep every filter enabled and blocking.',
    category: 'governance',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      disabled: 'Content filter {{filter}} of RAI policy {{resource}} is turned off (enabled: false), so harmful prompts or completions of that category pass unchecked; set enabled: true.',
      notBlocking: 'Content filter {{filter}} of RAI policy {{resource}} only annotates (blocking: false), so harmful prompts or completions of that category are still served; set blocking: true.',
    },
    tags: ['ASB-AI-1'],
  },
  relevant: relevantForTypes([COG_RAI_POLICIES]),
  create(context) {
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [COG_RAI_POLICIES])) return;
        const list = arrayItems(r, 'properties.contentFilters');
        for (const item of list.items) {
          for (const [key, messageId] of [['enabled', 'disabled'], ['blocking', 'notBlocking']] as const) {
            const values = item.values.map((v) => field(v, key));
            if (!values.some((v) => v === false || v === 'false')) continue;
            const written = writtenAt(item.object, key);
            const span = written ? { start: written.start, end: written.end } : item.span;
            const fixes: Fix[] = written && isLiteralNode(written) && written.kind === 'Boolean' ? [replaceFix(span, 'true', `Set ${key} to true`)] : [];
            context.report({
              span,
              messageId,
              data: { filter: label(item.values[0]), resource: r.name },
              confidence: values.every((v) => v === false || v === 'false') ? 'high' : 'medium',
              fixes,
            });
          }
        }
      },
    };
  },
});
