/**
 * srch-local-auth: AI Search services should accept Microsoft Entra ID tokens, not only API
 * keys. `disableLocalAuth: true` (or, while migrating, `authOptions: { aadOrApiKey: … }`)
 * is secure; absent / false with `apiKeyOnly` (the platform default) is not.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, Span } from '../../engine/types';
import type { Known, ModuleSymbol, ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, formatValue, isAvmModule, isInDocument, isLiteralNode, isResourceOfType, nodeAt, relatedForOrigins, relevantForTypes, resourceView, valueFix, valueMatches } from './support';
import type { ResourceView } from './support';
import { setPropertiesFix } from './parts/editCompose';
import { AVM_SEARCH, SEARCH_SERVICES, field } from './parts/platform';

type MessageId = 'insecure' | 'absent';

/** `authOptions` lets Microsoft Entra ID in (`aadOrApiKey`): true / false / undefined (unknown). */
function allowsEntra(view: ResourceView, path: string): boolean | undefined {
  const s = view.state(path);
  if (s.kind === 'absent') return false;
  if (s.kind === 'unknown' || s.incomplete) return undefined;
  const has = s.options.map((o) => field(o.value, 'aadOrApiKey') !== undefined && field(o.value, 'aadOrApiKey') !== null);
  if (has.every(Boolean)) return true;
  if (has.some(Boolean)) return undefined;
  return s.options.some((o) => o.partial) ? undefined : false;
}

export default defineRule<MessageId>({
  meta: {
    id: 'srch-local-auth',
    description: 'Azure AI Search services should disable API key authentication in favour of Microsoft Entra ID.',
    category: 'identity',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: 'Search service {{resource}} accepts API keys only ({{property}} is {{value}} and authOptions does not allow Microsoft Entra ID); set disableLocalAuth: true and grant callers Search Index Data Reader / Contributor roles.',
      absent: 'Search service {{resource}} does not set disableLocalAuth, so it accepts API keys only (the default authOptions is apiKeyOnly); set disableLocalAuth: true and grant callers Search Index Data Reader / Contributor roles.',
    },
    tags: ['ASB-IM-1'],
  },
  relevant: relevantForTypes([SEARCH_SERVICES], { avmModules: [AVM_SEARCH] }),
  create(context) {
    const doc = context.document;

    const check = (sym: ResourceSymbol | ModuleSymbol, isModule: boolean) => {
      const view = resourceView(sym);
      const dlaPath = isModule ? 'params.disableLocalAuth' : 'properties.disableLocalAuth';
      const aoPath = isModule ? 'params.authOptions' : 'properties.authOptions';
      const state = view.state(dlaPath);
      const fallback: Span = { start: sym.nameSpan.start, end: sym.nameSpan.end };
      if (state.kind === 'unknown') return;
      if (state.kind === 'absent' && isModule) return; // the AVM default is true
      if (state.kind === 'values') {
        const bad = state.options.filter((o) => o.value === null ? !isModule : valueMatches(o.value, [false]));
        if (bad.length === 0) return;
        const entra = allowsEntra(view, aoPath);
        if (entra !== false) return;
        const option = bad.find((o) => o.value !== null) ?? (bad[0] as Known);
        const span = anchorSpan(state.location, fallback);
        const fixes: Fix[] = [];
        const origin = option.origins[0];
        const written = state.location.property?.value;
        const literalHere = !!(origin && written && isInDocument(doc, origin.file) && origin.span.start === written.start && origin.span.end === written.end && isLiteralNode(nodeAt(doc, origin.span)));
        if (!isModule && literalHere && state.options.length === 1) {
          const f = setPropertiesFix(doc, sym, [{ path: dlaPath, valueText: 'true' }, { path: aoPath, remove: true }], 'Set disableLocalAuth to true and remove authOptions');
          if (f) fixes.push(f);
        } else if (isModule || view.state(aoPath).kind === 'absent') {
          const f = valueFix(doc, state.location, option, { title: 'Set disableLocalAuth to true', valueText: 'true' });
          if (f) fixes.push(f);
        }
        const valueText = formatValue(option.value);
        context.report({
          span,
          messageId: 'insecure',
          data: { resource: sym.name, property: 'disableLocalAuth', value: valueText },
          confidence: bad.length === state.options.length && !state.incomplete ? 'high' : 'medium',
          related: relatedForOrigins(doc, option.origins, { valueText, exclude: [span] }),
          fixes,
        });
        return;
      }
      // absent on a resource: keys only unless authOptions lets Entra ID in
      if (allowsEntra(view, aoPath) !== false) return;
      const aoLoc = view.state(aoPath).location;
      const span = aoLoc.property?.key ? { start: aoLoc.property.key.start, end: aoLoc.property.key.end } : anchorSpan(state.location, fallback);
      const f = setPropertiesFix(doc, sym, [{ path: dlaPath, valueText: 'true' }, { path: aoPath, remove: true }], aoLoc.property ? 'Set disableLocalAuth to true and remove authOptions' : 'Set disableLocalAuth to true');
      context.report({ span, messageId: 'absent', data: { resource: sym.name }, fixes: f ? [f] : [] });
    };

    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, [SEARCH_SERVICES])) return;
        check(r, false);
      },
      bicepModule(m) {
        if (doc.kind !== 'bicep' || !isAvmModule(m, AVM_SEARCH)) return;
        check(m, true);
      },
    };
  },
});
