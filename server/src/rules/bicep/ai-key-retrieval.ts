/**
 * ai-key-retrieval: `listKeys()` / `listAdminKeys()` / `listQueryKeys()` on an AI account, a
 * Search service or a Storage account wires key-based data-plane access into the deployment;
 * a managed identity with a data-plane role needs no key at all.
 */
import type { AnalysisDocument } from '../../engine/document';
import { defineRule } from '../../engine/rule';
import type { RelatedLocation } from '../../engine/types';
import { getBicep, walkTree } from '../../languages/bicep';
import type { BicepModel, CallExpr, Expr, ResourceSymbol } from '../../languages/bicep';
import { COG_ACCOUNTS, SEARCH_SERVICES, STORAGE_ACCOUNTS } from './parts/platform';

const KEY_CALLS = /^(?:listKeys|listAdminKeys|listQueryKeys)$/i;
/** A file that can hold one of those calls (linear: literal alternatives, no nested quantifier). */
const MENTIONS_KEY_CALL = /list(?:admin|query)?keys/i;

/** Data-plane role to suggest per type (lower-cased). */
const ROLE: Readonly<Record<string, { label: string; role: string }>> = {
  [COG_ACCOUNTS.toLowerCase()]: { label: 'AI account', role: 'Cognitive Services OpenAI User / Cognitive Services User' },
  [SEARCH_SERVICES.toLowerCase()]: { label: 'Search service', role: 'Search Index Data Reader / Contributor' },
  [STORAGE_ACCOUNTS.toLowerCase()]: { label: 'Storage account', role: 'Storage Blob Data Reader / Contributor' },
};

interface Target {
  readonly type: string;
  readonly name: string;
  readonly resource: ResourceSymbol | undefined;
}

function stringLiteral(e: Expr | undefined): string | undefined {
  return e && e.kind === 'String' && e.exprs.length === 0 ? e.segments[0] : undefined;
}

/** What a list*() call reads the keys of: `x.listKeys()`, `listKeys(x.id, …)`, `listKeys(resourceId('T', …), …)`. */
function targetOf(model: BicepModel, call: CallExpr): Target | undefined {
  const fromResource = (r: ResourceSymbol | undefined): Target | undefined => (r && r.typeLower ? { type: r.typeLower, name: r.name, resource: r } : undefined);
  if (call.target) return fromResource(model.resourceRef(call.target));
  const arg = call.args[0];
  if (!arg) return undefined;
  if (arg.kind === 'Member' && arg.name?.name.toLowerCase() === 'id') return fromResource(model.resourceRef(arg.object));
  if (arg.kind === 'Call' && !arg.target && /^(?:resourceId|subscriptionResourceId)$/i.test(arg.name.name)) {
    const t = stringLiteral(arg.args[0]);
    if (t) return { type: t.toLowerCase(), name: `resourceId('${t}', …)`, resource: undefined };
  }
  return undefined;
}

function findCalls(doc: AnalysisDocument): { call: CallExpr; target: Target }[] {
  const { tree, model } = getBicep(doc);
  const out: { call: CallExpr; target: Target }[] = [];
  walkTree(tree, (n) => {
    if (n.kind !== 'Call' || !KEY_CALLS.test(n.name.name)) return;
    const target = targetOf(model, n);
    if (target && ROLE[target.type]) out.push({ call: n, target });
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'ai-key-retrieval',
    description: 'Templates should not read the keys of AI accounts, Search services or Storage accounts with list*() but grant managed identities data-plane roles.',
    category: 'identity',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: false,
    messages: {
      keys: '{{call}}() reads the keys of {{kind}} {{target}}, wiring key-based access into the deployment; give the caller a managed identity with a data-plane role ({{role}}) and disable local authentication instead.',
    },
    tags: ['ASB-IM-1', 'CWE-522'],
  },
  create(context) {
    const doc = context.document;
    return {
      documentEnd() {
        if (doc.kind !== 'bicep' || !MENTIONS_KEY_CALL.test(doc.text)) return; // no such call: no tree walk
        for (const { call, target } of findCalls(doc)) {
          const info = ROLE[target.type] as { label: string; role: string };
          const related: RelatedLocation[] = [];
          if (target.resource) related.push({ message: `${target.resource.existing ? 'Existing resource' : 'Resource'} ${target.name} is declared here`, span: { start: target.resource.nameSpan.start, end: target.resource.nameSpan.end } });
          context.report({
            span: { start: call.start, end: call.end },
            messageId: 'keys',
            data: { call: call.name.name, kind: info.label, target: target.name, role: info.role },
            related,
          });
        }
      },
    };
  },
});
