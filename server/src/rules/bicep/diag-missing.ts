/**
 * diag-missing: AI-relevant resources without diagnostic settings leave no audit trail of who
 * called the model, read the secret or changed the index. Cross-resource: looks at the whole file
 * (diagnosticSettings resources scoped to the resource, local modules that create them).
 */
import { defineRule } from '../../engine/rule';
import { getBicep } from '../../languages/bicep';
import type { ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, avmRef, locatePath, propertyState, sameEnum } from './support';
import { diagnosticIndex } from './parts/graph';
import { DIAG_AVM, DIAG_TYPES } from './parts/diagCommon';
import { addDiagnosticSettingsFix } from './parts/snippets';

export default defineRule({
  meta: {
    id: 'diag-missing',
    description: 'AI-relevant resources should have diagnostic settings that send their logs to Log Analytics.',
    category: 'governance',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: '{{label}} {{resource}} has no diagnostic settings in this deployment, so its audit and request logs are not kept; add a Microsoft.Insights/diagnosticSettings resource scoped to it (categoryGroup audit or allLogs) sending to Log Analytics.',
      avm: '{{label}} module {{resource}} is not given diagnosticSettings, so the resource it deploys keeps no audit or request logs; pass diagnosticSettings with a workspaceResourceId.',
    },
    tags: ['PSRule:Azure.KeyVault.Logs', 'PSRule:Azure.ACR.AuditLogs', 'PSRule:Azure.AKS.AuditLogs', 'TA-000001', 'ASB-LT-4'],
  },
  create(context) {
    const doc = context.document;
    return {
      documentEnd() {
        if (doc.kind !== 'bicep') return;
        const { model } = getBicep(doc);
        let index: ReturnType<typeof diagnosticIndex> | undefined; // built only when a resource needs it
        for (const r of model.resources) {
          const label = r.typeLower ? DIAG_TYPES[r.typeLower] : undefined;
          if (r.existing || !label || (index ??= diagnosticIndex(doc)).has(r)) continue;
          // a hub's project logs through its hub
          if (r.typeLower === 'microsoft.machinelearningservices/workspaces' && sameEnum(knownString(propertyState(r, 'kind')), 'Project')) continue;
          // an AVM module that redeploys the same resource (same type and name) carries its diagnostic settings
          if (redeployedByModule(r)) continue;
          const fix = addDiagnosticSettingsFix(doc, r);
          context.report({ span: r.nameSpan, messageId: 'missing', data: { label, resource: r.name }, fixes: fix ? [fix] : [] });
        }
        for (const m of model.modules) {
          const ref = avmRef(m);
          const label = ref ? DIAG_AVM[ref.module] : undefined;
          if (!label) continue;
          const st = propertyState(m, 'params.diagnosticSettings');
          if (st.kind !== 'absent' || st.explicitNull) continue;
          context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'avm', data: { label, resource: m.name } });
        }
      },
    };
  },
});

/** An AVM module of the resource's type is given the same name (the "create, then update with the module" pattern). */
function redeployedByModule(r: ResourceSymbol): boolean {
  const nameExpr = locatePath(r.body, 'name').property?.value;
  if (!nameExpr) return false;
  const text = r.model.slice(nameExpr);
  for (const m of r.model.modules) {
    const ref = avmRef(m);
    if (!ref || !DIAG_AVM[ref.module] || AVM_TYPE_OF[ref.module] !== r.typeLower) continue;
    const n = locatePath(m.body, 'params.name').property?.value;
    if (n && r.model.slice(n) === text) return true;
  }
  return false;
}

const AVM_TYPE_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DIAG_AVM).map(([ref, label]) => [ref, Object.entries(DIAG_TYPES).find(([, l]) => l === label)?.[0] ?? '']),
);

function knownString(st: ReturnType<typeof propertyState>): string | undefined {
  return st.kind === 'values' && st.options.length === 1 && typeof st.options[0]?.value === 'string' ? (st.options[0].value as string) : undefined;
}
