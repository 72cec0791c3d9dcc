/**
 * diag-no-destination: a diagnostic setting without a destination sends its logs nowhere.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { getBicep, insertPropertyEdit } from '../../languages/bicep';
import type { BicepValue, ResourceSymbol } from '../../languages/bicep';
import { avmRef, isResourceOfType, locatePath, propertyState } from './support';
import { paramRef, snippetFix } from './parts/snippets';

const DESTINATIONS = ['workspaceId', 'storageAccountId', 'eventHubAuthorizationRuleId', 'marketplacePartnerId'];
const AVM_DESTINATIONS = ['workspaceResourceId', 'storageAccountResourceId', 'eventHubAuthorizationRuleResourceId', 'marketplacePartnerResourceId', 'useThisWorkspace'];

export default defineRule({
  meta: {
    id: 'diag-no-destination',
    description: 'Diagnostic settings should send logs to a destination, preferably a Log Analytics workspace.',
    category: 'governance',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      none: 'Diagnostic setting {{resource}} has no destination (workspaceId, storageAccountId, eventHubAuthorizationRuleId or marketplacePartnerId), so its logs go nowhere; add workspaceId.',
    },
    tags: ['ASB-LT-5'],
  },
  create(context) {
    const doc = context.document;

    const fixFor = (d: ResourceSymbol): Fix | undefined => {
      if (!d.body) return undefined;
      const { model } = getBicep(doc);
      const law = model.resources.find((x) => x.typeLower === 'microsoft.operationalinsights/workspaces' && !x.loop && !x.nestedIn);
      const ws = law ? { ref: `\${1:${law.name}.id}`, edit: undefined } : paramRef(doc, 'logAnalyticsWorkspaceId', 'Resource id of the Log Analytics workspace that receives diagnostic logs.', 1, ['logAnalyticsWorkspaceResourceId', 'lawId', 'logAnalyticsId']);
      const e = insertPropertyEdit(doc.text, d.body, 'properties.workspaceId', ws.ref);
      if (!e) return undefined;
      const edits: TextEdit[] = [e];
      if (ws.edit) edits.push(ws.edit);
      return snippetFix(doc, 'Send the logs to a Log Analytics workspace', edits);
    };

    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Insights/diagnosticSettings'])) return;
        const states = DESTINATIONS.map((p) => propertyState(r, `properties.${p}`));
        if (!states.every((s) => s.kind === 'absent')) return;
        // properties computed elsewhere (a var, union()) may set one
        const props = locatePath(r.body, 'properties').property;
        if (props && props.value?.kind !== 'Object') return;
        const fix = fixFor(r);
        context.report({ span: r.nameSpan, messageId: 'none', data: { resource: r.name }, fixes: fix ? [fix] : [] });
      },
      bicepModule(m) {
        const ref = avmRef(m);
        if (!ref || !ref.module.startsWith('avm/res/')) return;
        const list = locatePath(m.body, 'params.diagnosticSettings').property?.value;
        if (!list || list.kind !== 'Array') return;
        for (const item of list.items) {
          if (item.kind !== 'Object' || item.items.some((i) => i.kind === 'Spread')) continue;
          if (AVM_DESTINATIONS.some((k) => locatePath(item, k).property)) continue;
          const v = m.model.evaluator.evaluateIn(m, item);
          if (v.kind === 'known' && AVM_DESTINATIONS.some((k) => (v.value as { readonly [x: string]: BicepValue } | null)?.[k] !== undefined)) continue;
          context.report({ span: { start: item.open, end: item.open + 1 }, messageId: 'none', data: { resource: `of module ${m.name}` } });
        }
      },
    };
  },
});
