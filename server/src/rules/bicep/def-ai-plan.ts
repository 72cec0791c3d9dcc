/**
 * def-ai-plan: Defender for AI services (threat protection for Azure OpenAI / AI services:
 * jailbreak and prompt-injection attempts, sensitive-data leaks, anomalous use) should be on in a
 * subscription that runs AI workloads.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { getBicep } from '../../languages/bicep';
import { isLiteralNode, nodeAt } from './support';
import { avmPlanEntries, isSecurityCenterModule, planEntries, pricingResources } from './parts/defenderCommon';
import type { PlanEntry } from './parts/defenderCommon';
import { insertAfterResourceEdit, layoutLines } from './parts/snippets';

const isAi = (e: PlanEntry) => e.name?.toLowerCase() === 'ai';
const isFree = (e: PlanEntry) => e.tier?.toLowerCase() === 'free';

export default defineRule({
  meta: {
    id: 'def-ai-plan',
    description: "Subscriptions running AI workloads should enable the Defender for AI services plan (pricings 'AI', tier Standard).",
    category: 'governance',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      free: "The Defender for AI services plan is set to the Free tier, so prompt-injection and jailbreak attempts, sensitive-data exposure and anomalous use of Azure OpenAI raise no alert; set pricingTier to 'Standard'.",
      missing: "This file configures Defender for Cloud plans but not the Defender for AI services plan ('AI'), which stays Free; add a Microsoft.Security/pricings resource named 'AI' with pricingTier 'Standard'.",
    },
    tags: ['ASB-LT-1'],
  },
  create(context) {
    const doc = context.document;
    const tierFix = (e: PlanEntry): Fix | undefined =>
      e.tierExpr && isLiteralNode(nodeAt(doc, e.tierExpr)) ? { title: "Set pricingTier to 'Standard'", edits: [{ start: e.tierExpr.start, end: e.tierExpr.end, newText: "'Standard'" }], safety: 'safe' } : undefined;

    return {
      documentEnd() {
        if (doc.kind !== 'bicep') return;
        const pricings = pricingResources(doc);
        let anyAi = false;
        let allKnown = true;
        for (const p of pricings) {
          const entries = planEntries(p);
          for (const e of entries) {
            if (e.name === undefined) allKnown = false;
            if (!isAi(e)) continue;
            anyAi = true;
            if (isFree(e)) {
              const fix = p.loop ? undefined : tierFix(e);
              context.report({ span: e.at, messageId: 'free', fixes: fix ? [fix] : [] });
            }
          }
        }
        const last = pricings[pricings.length - 1];
        if (last && !anyAi && allKnown) {
          const lines = [
            "resource defenderForAi 'Microsoft.Security/pricings@2024-01-01' = {",
            "  name: 'AI'",
            '  properties: {',
            "    pricingTier: 'Standard'",
            '  }',
            '}',
          ];
          const taken = getBicep(doc).model.lookup('defenderForAi');
          const edit = taken ? undefined : insertAfterResourceEdit(doc, last, layoutLines(doc, lines));
          context.report({ span: (pricings[0] ?? last).nameSpan, messageId: 'missing', fixes: edit ? [{ title: 'Add the Defender for AI services plan', edits: [edit], safety: 'safe' }] : [] });
        }
        for (const m of getBicep(doc).model.modules) {
          if (!isSecurityCenterModule(m)) continue;
          const entries = avmPlanEntries(m);
          if (!entries) continue;
          const ai = entries.find(isAi);
          if (ai && isFree(ai)) context.report({ span: ai.at, messageId: 'free', fixes: [tierFix(ai)].filter((f): f is Fix => !!f) });
          else if (!ai && entries.every((e) => e.name !== undefined)) context.report({ span: m.nameSpan, messageId: 'missing' });
        }
      },
    };
  },
});
