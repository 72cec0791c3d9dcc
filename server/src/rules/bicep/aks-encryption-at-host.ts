/**
 * aks-encryption-at-host: node pools should encrypt temp disks, caches and data flows to the
 * storage service at the host (model files and inference payloads land on the temp disk).
 */
import { defineRule } from '../../engine/rule';
import type { Fix, Span } from '../../engine/types';
import type { BicepValue, ModuleSymbol, ResourceSymbol } from '../../languages/bicep';
import { setPropertyEdit } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, locatePath, propertyState, relevantForTypes, valueFix } from './support';
import { arrayItems, writtenAt } from './parts/arrayItems';
import { AKS_AGENT_POOLS, AVM_AKS, MANAGED_CLUSTERS, field } from './parts/platform';

type MessageId = 'pool';

const TITLE = 'Set enableEncryptionAtHost to true';

function poolName(v: BicepValue | undefined): string {
  const n = field(v, 'name');
  return typeof n === 'string' ? `'${n.slice(0, 40)}'` : 'without a name';
}

export default defineRule<MessageId>({
  meta: {
    id: 'aks-encryption-at-host',
    description: 'AKS node pools should enable encryption at host.',
    category: 'encryption',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      pool: 'Node pool {{pool}} of {{resource}} does not encrypt at host (enableEncryptionAtHost is {{value}}), so temp disks and caches holding model files and payloads are not encrypted with platform or customer keys; set enableEncryptionAtHost: true (the EncryptionAtHost feature must be registered).',
    },
    tags: ['CKV_AZURE_227', 'ASB-DP-4'],
  },
  relevant: relevantForTypes([MANAGED_CLUSTERS, AKS_AGENT_POOLS], { avmModules: [AVM_AKS] }),
  create(context) {
    const doc = context.document;

    /** Pools written inside an array property (`agentPoolProfiles`, AVM `primaryAgentPoolProfiles` / `agentPools`). */
    const checkArray = (sym: ResourceSymbol | ModuleSymbol, path: string) => {
      for (const item of arrayItems(sym, path).items) {
        const written = writtenAt(item.object, 'enableEncryptionAtHost');
        let values: (BicepValue | undefined)[];
        if (item.object) {
          if (written) {
            const r = sym.model.evaluator.evaluateIn(sym, written);
            values = r.kind === 'known' ? [r.value] : r.kind === 'oneOf' ? r.options.map((o) => o.value) : [];
            if (values.length === 0) continue; // unknown
          } else if (item.object.items.some((i) => i.kind === 'Spread')) continue; // may come from the spread
          else values = [undefined];
        } else values = item.values.map((v) => field(v, 'enableEncryptionAtHost')).filter((v) => v === false); // computed: explicit false only
        if (!values.some((v) => v === undefined || v === null || v === false)) continue;
        const nameKey = item.object ? locatePath(item.object, 'name').property?.key : undefined;
        const span: Span = written ? { start: written.start, end: written.end } : nameKey ? { start: nameKey.start, end: nameKey.end } : item.object ? { start: item.object.open, end: item.object.open + 1 } : item.span;
        const fixes: Fix[] = [];
        if (item.object && (!written || written.kind === 'Boolean')) {
          const edit = setPropertyEdit(doc.text, item.object, 'enableEncryptionAtHost', 'true');
          if (edit) fixes.push({ title: TITLE, edits: [edit], safety: 'unsafe' });
        }
        const value = values.some((v) => v === false) ? 'false' : 'not set';
        context.report({ span, messageId: 'pool', data: { pool: poolName(item.values[0]), resource: sym.name, value }, fixes });
      }
    };

    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing) return;
        if (isResourceOfType(r, [MANAGED_CLUSTERS])) {
          checkArray(r, 'properties.agentPoolProfiles');
          return;
        }
        if (!isResourceOfType(r, [AKS_AGENT_POOLS])) return;
        const state = propertyState(r, 'properties.enableEncryptionAtHost');
        const fallback: Span = { start: r.nameSpan.start, end: r.nameSpan.end };
        if (state.kind === 'unknown') return;
        if (state.kind === 'values' && !state.options.some((o) => o.value === false || o.value === null)) return;
        const span = anchorSpan(state.location, fallback);
        let fixes: Fix[] = [];
        if (state.kind === 'values') {
          const option = state.options.find((o) => o.value === false) ?? state.options[0];
          const f = option ? valueFix(doc, state.location, option, { title: TITLE, valueText: 'true' }) : undefined;
          fixes = f ? [{ ...f, safety: 'unsafe' }] : [];
        } else {
          const edit = r.body ? setPropertyEdit(doc.text, r.body, 'properties.enableEncryptionAtHost', 'true') : undefined;
          if (edit) fixes = [{ title: TITLE, edits: [edit], safety: 'unsafe' }];
        }
        context.report({ span, messageId: 'pool', data: { pool: r.name, resource: r.parent?.name ?? 'its cluster', value: state.kind === 'values' ? 'false' : 'not set' }, fixes });
      },
      bicepModule(m) {
        if (doc.kind !== 'bicep' || !isAvmModule(m, AVM_AKS)) return;
        checkArray(m, 'params.primaryAgentPoolProfiles');
        checkArray(m, 'params.agentPools');
      },
    };
  },
});
