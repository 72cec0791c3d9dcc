/**
 * def-workload-plans: the Defender plans that protect an AI workload's building blocks (storage,
 * Key Vault, containers, SQL, Cosmos DB, App Service, ARM, APIs, posture) should not be Free.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { getBicep } from '../../languages/bicep';
import { anchorSpan, isLiteralNode, nodeAt, propertyState, relevantForTypes } from './support';
import { AVM_SECURITY_CENTER, PRICINGS, avmPlanEntries, isSecurityCenterModule, planEntries, pricingResources } from './parts/defenderCommon';
import type { PlanEntry } from './parts/defenderCommon';

const WORKLOAD_PLANS = new Map(
  ['StorageAccounts', 'KeyVaults', 'Containers', 'SqlServers', 'SqlServerVirtualMachines', 'CosmosDbs', 'AppServices', 'Arm', 'Api', 'CloudPosture', 'OpenSourceRelationalDatabases', 'VirtualMachines'].map((n) => [n.toLowerCase(), n]),
);

export default defineRule({
  meta: {
    id: 'def-workload-plans',
    description: 'Defender for Cloud plans for the services an AI workload uses should be on the Standard tier, not Free.',
    category: 'governance',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      free: "The Defender for Cloud plan {{plan}} is set to the Free tier, so threats against those resources raise no alert; set pricingTier to 'Standard'.",
      avmDefault: 'Module {{resource}} is not given defenderPlans, so it sets every Defender for Cloud plan to the Free tier; pass defenderPlans with pricingTier Standard for the plans you use.',
    },
    tags: ['PSRule:Azure.Defender.Storage', 'PSRule:Azure.Defender.KeyVault', 'PSRule:Azure.Defender.Containers', 'CKV_AZURE_19', 'ASB-LT-1'],
  },
  relevant: relevantForTypes([PRICINGS], { avmModules: [AVM_SECURITY_CENTER] }),
  create(context) {
    const doc = context.document;
    const tierFix = (e: PlanEntry, loop: boolean): Fix | undefined =>
      !loop && e.tierExpr && isLiteralNode(nodeAt(doc, e.tierExpr)) ? { title: "Set pricingTier to 'Standard'", edits: [{ start: e.tierExpr.start, end: e.tierExpr.end, newText: "'Standard'" }], safety: 'safe' } : undefined;
    const report = (entries: readonly PlanEntry[], loop: boolean) => {
      const free = entries.filter((e) => e.name && WORKLOAD_PLANS.has(e.name.toLowerCase()) && e.tier?.toLowerCase() === 'free');
      if (free.length === 0) return;
      const first = free[0] as PlanEntry;
      // in a loop all items share one declaration: one finding naming every Free plan
      const plan = free.map((e) => WORKLOAD_PLANS.get((e.name as string).toLowerCase())).filter((n, i, a) => a.indexOf(n) === i).join(', ');
      if (loop || free.every((e) => e.at.start === first.at.start)) {
        const fix = tierFix(first, loop);
        context.report({ span: first.at, messageId: 'free', data: { plan }, fixes: fix ? [fix] : [] });
        return;
      }
      for (const e of free) {
        const fix = tierFix(e, loop);
        context.report({ span: e.at, messageId: 'free', data: { plan: WORKLOAD_PLANS.get((e.name as string).toLowerCase()) ?? '' }, fixes: fix ? [fix] : [] });
      }
    };
    return {
      documentEnd() {
        if (doc.kind !== 'bicep') return;
        for (const p of pricingResources(doc)) report(planEntries(p), !!p.loop);
        for (const m of getBicep(doc).model.modules) {
          if (!isSecurityCenterModule(m)) continue;
          const st = propertyState(m, 'params.defenderPlans');
          if (st.kind === 'absent' && !st.explicitNull) {
            context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'avmDefault', data: { resource: m.name } });
            continue;
          }
          const entries = avmPlanEntries(m);
          if (entries) report(entries, false);
        }
      },
    };
  },
});
