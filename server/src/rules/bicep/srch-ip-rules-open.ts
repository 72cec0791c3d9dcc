/**
 * srch-ip-rules-open: an IP firewall rule of 0.0.0.0/0 (or another /8-or-wider range) on a
 * Search service admits the whole internet while looking restricted.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { ModuleSymbol, ResourceSymbol } from '../../languages/bicep';
import { isAvmModule, isResourceOfType, relevantForTypes } from './support';
import { arrayItems, writtenAt } from './parts/arrayItems';
import { removeArrayItemEdit } from './parts/editCompose';
import { AVM_SEARCH, SEARCH_SERVICES, field, isBroadRange } from './parts/platform';

export default defineRule({
  meta: {
    id: 'srch-ip-rules-open',
    description: 'Azure AI Search IP firewall rules should not admit 0.0.0.0/0 or other very broad ranges.',
    category: 'network',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      broad: "IP rule {{value}} of Search service {{resource}} admits (nearly) the whole internet, so the firewall restricts nothing; allow specific CIDR ranges or use a private endpoint.",
    },
    tags: ['ASB-NS-2'],
  },
  relevant: relevantForTypes([SEARCH_SERVICES], { avmModules: [AVM_SEARCH] }),
  create(context) {
    const doc = context.document;
    const check = (sym: ResourceSymbol | ModuleSymbol, path: string) => {
      const list = arrayItems(sym, path);
      const written = list.location.property?.value;
      for (const item of list.items) {
        const bad = item.values.map((v) => field(v, 'value')).find((v) => isBroadRange(v));
        if (bad === undefined) continue;
        const valueExpr = writtenAt(item.object, 'value');
        const span = valueExpr ? { start: valueExpr.start, end: valueExpr.end } : item.span;
        const fixes: Fix[] = [];
        // removing the only rule would leave no IP restriction at all: offer it only when others remain
        if (item.expr && written && written.kind === 'Array' && written.items.length > 1) {
          const edit = removeArrayItemEdit(doc.text, written, item.expr);
          if (edit) fixes.push({ title: `Remove the IP rule ${String(bad)}`, edits: [edit], safety: 'safe' });
        }
        context.report({ span, messageId: 'broad', data: { value: `'${String(bad).slice(0, 40)}'`, resource: sym.name }, fixes });
      }
    };
    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, [SEARCH_SERVICES])) return;
        check(r, 'properties.networkRuleSet.ipRules');
      },
      bicepModule(m) {
        if (doc.kind !== 'bicep' || !isAvmModule(m, AVM_SEARCH)) return;
        check(m, 'params.networkRuleSet.ipRules');
      },
    };
  },
});
