/**
 * kv-access-policy-broad: Key Vault access policies should grant least-privilege verbs, not
 * `all` (every operation, including backup, restore and purge) or `purge`.
 */
import type { AnalysisDocument } from '../../engine/document';
import { defineRule } from '../../engine/rule';
import type { Fix, Span } from '../../engine/types';
import type { ArrayExpr, BicepValue, ModuleSymbol, ResourceSymbol } from '../../languages/bicep';
import { isAvmModule, isResourceOfType, relevantForTypes } from './support';
import { arrayItems, writtenAt } from './parts/arrayItems';
import { AVM_KEY_VAULT, KEY_VAULTS, KV_ACCESS_POLICIES, field } from './parts/platform';

const KINDS = ['keys', 'secrets', 'certificates', 'storage'] as const;
const BROAD = ['all', 'purge'];

function stringItems(a: ArrayExpr): string[] | undefined {
  const out: string[] = [];
  for (const it of a.items) {
    if (it.kind !== 'String' || it.exprs.length > 0) return undefined;
    out.push(it.segments[0] ?? '');
  }
  return out;
}

/** The array literal rewritten without `all` / `purge` (`all` becomes `get` + `list`). */
function leastPrivilegeFix(doc: AnalysisDocument, a: ArrayExpr, kind: string): Fix | undefined {
  const verbs = stringItems(a);
  if (!verbs) return undefined;
  const hadAll = verbs.some((v) => v.toLowerCase() === 'all');
  const kept = verbs.filter((v) => !BROAD.includes(v.toLowerCase()));
  if (hadAll) for (const v of ['get', 'list']) if (!kept.some((k) => k.toLowerCase() === v)) kept.push(v);
  const text = doc.text;
  const multiline = /[\r\n]/.test(text.slice(a.start, a.end));
  let newText: string;
  if (kept.length === 0) newText = '[]';
  else if (multiline) {
    const base = doc.indentAt(a.start);
    const first = a.items[0];
    const itemIndent = first && doc.indentAt(first.start).length > base.length ? doc.indentAt(first.start) : `${base}  `;
    newText = `[${kept.map((v) => `${doc.eol}${itemIndent}'${v}'`).join('')}${doc.eol}${base}]`;
  } else newText = `[${kept.map((v) => `'${v}'`).join(', ')}]`;
  const title = hadAll ? `Replace 'all' ${kind} permissions with 'get' and 'list'` : `Remove 'purge' from the ${kind} permissions`;
  return { title, edits: [{ start: a.start, end: a.end, newText }], safety: 'unsafe' };
}

export default defineRule({
  meta: {
    id: 'kv-access-policy-broad',
    description: "Key Vault access policies should not grant 'all' or 'purge' permissions.",
    category: 'identity',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      broad: 'Access policy {{index}} of {{resource}} grants {{verbs}} on {{kind}}, i.e. more than the workload needs (including deleting and purging); grant explicit verbs such as get and list, or move to Azure RBAC.',
    },
    tags: ['PSRule:Azure.KeyVault.AccessPolicy', 'ASB-PA-7'],
  },
  relevant: relevantForTypes([KEY_VAULTS, KV_ACCESS_POLICIES], { avmModules: [AVM_KEY_VAULT] }),
  create(context) {
    const doc = context.document;
    const check = (sym: ResourceSymbol | ModuleSymbol, path: string) => {
      const list = arrayItems(sym, path);
      for (const [i, item] of list.items.entries()) {
        for (const kind of KINDS) {
          const broad = new Set<string>();
          for (const v of item.values) {
            const verbs = field(field(v, 'permissions'), kind);
            if (!Array.isArray(verbs)) continue;
            for (const x of verbs as readonly BicepValue[]) if (typeof x === 'string' && BROAD.includes(x.toLowerCase())) broad.add(x.toLowerCase());
          }
          if (broad.size === 0) continue;
          const written = writtenAt(item.object, `permissions.${kind}`);
          let span: Span = item.span;
          const fixes: Fix[] = [];
          if (written && written.kind === 'Array') {
            const el = written.items.find((it) => it.kind === 'String' && it.exprs.length === 0 && BROAD.includes((it.segments[0] ?? '').toLowerCase()));
            span = el ? { start: el.start, end: el.end } : { start: written.start, end: written.end };
            const f = leastPrivilegeFix(doc, written, kind);
            if (f) fixes.push(f);
          } else if (written) span = { start: written.start, end: written.end };
          context.report({
            span,
            messageId: 'broad',
            data: { index: `#${i + 1}`, resource: sym.name, verbs: [...broad].map((b) => `'${b}'`).join(' and '), kind },
            fixes,
          });
        }
      }
    };
    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, [KEY_VAULTS, KV_ACCESS_POLICIES])) return;
        check(r, 'properties.accessPolicies');
      },
      bicepModule(m) {
        if (doc.kind !== 'bicep' || !isAvmModule(m, AVM_KEY_VAULT)) return;
        check(m, 'params.accessPolicies');
      },
    };
  },
});
