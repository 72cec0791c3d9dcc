/**
 * aks-api-server-access: the Kubernetes API server should not be reachable from the whole
 * internet: a private cluster, public network access disabled, or authorized IP ranges.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, Span } from '../../engine/types';
import type { BicepValue, ModuleSymbol, ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, resourceView, relevantForTypes } from './support';
import type { ResourceView } from './support';
import { setPropertiesFix } from './parts/editCompose';
import { AVM_AKS, MANAGED_CLUSTERS, isBroadRange } from './parts/platform';

type MessageId = 'open' | 'broadRanges';

type Verdict = 'secure' | 'open' | 'broad' | 'unknown';

/** Every possible value satisfies `test` (false when unknown or absent). */
function known(view: ResourceView, path: string, test: (v: BicepValue) => boolean): boolean | undefined {
  const s = view.state(path);
  if (s.kind === 'absent') return false;
  if (s.kind === 'unknown' || s.incomplete) return undefined;
  if (s.options.every((o) => test(o.value))) return true;
  if (s.options.every((o) => !test(o.value))) return false;
  return undefined;
}

function verdict(view: ResourceView, base: string, pnaPath: string, pnaAbsentDisabled: boolean): Verdict {
  const priv = known(view, `${base}.enablePrivateCluster`, (v) => v === true);
  if (priv === true) return 'secure';
  const pnaState = view.state(pnaPath);
  const pnaOff = pnaState.kind === 'absent' ? pnaAbsentDisabled : known(view, pnaPath, (v) => typeof v === 'string' && v.toLowerCase() === 'disabled');
  if (pnaOff === true) return 'secure';
  const rangesState = view.state(`${base}.authorizedIPRanges`);
  if (rangesState.kind === 'unknown' || (rangesState.kind === 'values' && rangesState.incomplete)) return 'unknown';
  if (priv === undefined || pnaOff === undefined) return 'unknown';
  if (rangesState.kind === 'values') {
    const lists = rangesState.options.map((o) => o.value);
    if (lists.every((l) => Array.isArray(l) && l.length > 0 && !l.some((x) => isBroadRange(x)))) return 'secure';
    if (lists.some((l) => Array.isArray(l) && l.some((x) => isBroadRange(x)))) return 'broad';
    if (lists.some((l) => Array.isArray(l) && l.includes(null))) return 'unknown';
  }
  return 'open';
}

export default defineRule<MessageId>({
  meta: {
    id: 'aks-api-server-access',
    description: 'AKS API servers should be private or restricted to authorized IP ranges.',
    category: 'network',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      open: 'The API server of cluster {{resource}} is reachable from the whole internet (no private cluster, no authorizedIPRanges); make it a private cluster or list the allowed ranges in apiServerAccessProfile.authorizedIPRanges.',
      broadRanges: 'The API server of cluster {{resource}} authorizes {{range}}, i.e. (nearly) the whole internet; list specific ranges in apiServerAccessProfile.authorizedIPRanges or make it a private cluster.',
    },
    tags: ['PSRule:Azure.AKS.AuthorizedIPs', 'CKV_AZURE_6', 'TA-000023', 'ASB-NS-2'],
  },
  relevant: relevantForTypes([MANAGED_CLUSTERS], { avmModules: [AVM_AKS] }),
  create(context) {
    const doc = context.document;
    const check = (sym: ResourceSymbol | ModuleSymbol, isModule: boolean) => {
      const view = resourceView(sym);
      const base = isModule ? 'params.apiServerAccessProfile' : 'properties.apiServerAccessProfile';
      // the AVM module's publicNetworkAccess default is 'Disabled'
      const v = verdict(view, base, isModule ? 'params.publicNetworkAccess' : 'properties.publicNetworkAccess', isModule);
      if (v === 'secure' || v === 'unknown') return;
      const fallback: Span = { start: sym.nameSpan.start, end: sym.nameSpan.end };
      if (v === 'broad') {
        const st = view.state(`${base}.authorizedIPRanges`);
        const range = st.kind === 'values' ? st.options.flatMap((o) => (Array.isArray(o.value) ? (o.value as BicepValue[]) : [])).find((x) => isBroadRange(x)) : undefined;
        context.report({ span: anchorSpan(st.location, fallback), messageId: 'broadRanges', data: { resource: sym.name, range: `'${String(range)}'` } });
        return;
      }
      const loc = view.state(`${base}.enablePrivateCluster`).location;
      const span = loc.property?.value ? { start: loc.property.value.start, end: loc.property.value.end } : anchorSpan(view.state(`${base}.authorizedIPRanges`).location, anchorSpan(loc, fallback));
      const f = setPropertiesFix(doc, sym, [{ path: `${base}.enablePrivateCluster`, valueText: 'true' }], 'Make the cluster private (enablePrivateCluster: true)', 'unsafe');
      const fixes: Fix[] = f ? [f] : [];
      context.report({ span, messageId: 'open', data: { resource: sym.name }, fixes });
    };
    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, [MANAGED_CLUSTERS])) return;
        check(r, false);
      },
      bicepModule(m) {
        if (doc.kind !== 'bicep' || !isAvmModule(m, AVM_AKS)) return;
        check(m, true);
      },
    };
  },
});
