/**
 * sql-firewall-open: Azure SQL firewall rules that admit the whole internet, every Azure
 * customer's resources ("Allow Azure services"), or a very wide public range.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { BicepValue, Expr, Node, ResourceSymbol } from '../../languages/bicep';
import { walkTree } from '../../languages/bicep/visit';
import { anchorSpan, isAvmModule, isResourceOfType, locatePath, propertyState, relatedForOrigins, relevantForTypes } from './support';
import { AVM_SQL } from './parts/paasCommon';
import { topLevelOf } from './parts/graph';

const FIREWALL_RULES = 'Microsoft.Sql/servers/firewallRules';
/** More addresses than a /16 in one rule counts as "wide". */
const WIDE = 65536;

function ipToInt(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim());
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    n = n * 256 + o;
  }
  return n;
}

type Kind = 'any' | 'azure' | 'wide';

/** How open a start/end pair is, or undefined when it is narrow or unknown. */
export function openness(start: BicepValue | undefined, end: BicepValue | undefined): { kind: Kind; size: number } | undefined {
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  const s = ipToInt(start);
  const e = ipToInt(end);
  if (s === undefined || e === undefined) return undefined;
  if (s === 0 && e === 0) return { kind: 'azure', size: 0 };
  const size = e - s + 1;
  if (s === 0 && e === 0xffffffff) return { kind: 'any', size };
  if (size >= 0x80000000) return { kind: 'any', size };
  if (size > WIDE) return { kind: 'wide', size };
  return undefined;
}

/** The value of `expr` for one loop item: `item.field`, a literal, or a loop-independent expression. */
function itemValue(r: ResourceSymbol, expr: Expr, itemName: string, item: BicepValue): BicepValue | undefined {
  if (expr.kind === 'Member' && expr.object.kind === 'Var' && expr.object.name === itemName && expr.name) return field(item, expr.name.name);
  let uses = false;
  walkTree(expr as Node, (n) => {
    if (n.kind === 'Var' && n.name === itemName) uses = true;
    return !uses;
  });
  if (uses) return undefined;
  const v = r.model.evaluator.evaluate(expr);
  return v.kind === 'known' ? v.value : undefined;
}

function field(v: BicepValue, key: string): BicepValue | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as { readonly [k: string]: BicepValue };
  for (const k of Object.keys(o)) if (k.toLowerCase() === key.toLowerCase()) return o[k];
  return undefined;
}

/** Delete a whole top-level resource declaration (its lines, and one following blank line). */
function removeDeclarationFix(text: string, r: ResourceSymbol, title: string): Fix | undefined {
  const top = topLevelOf(r);
  if (top !== r) return undefined;
  let start = r.decl.start;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  if (text.slice(start, r.decl.start).trim() !== '') return undefined;
  let end = r.decl.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const lineBreak = () => {
    if (text.charCodeAt(end) === 13) end++;
    if (text.charCodeAt(end) === 10) end++;
  };
  lineBreak();
  const save = end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13) lineBreak();
  else {
    end = save;
    // no blank line after: take the blank line before instead
    let b = start;
    if (text.charCodeAt(b - 1) === 10) b--;
    if (text.charCodeAt(b - 1) === 13) b--;
    let c = b;
    while (c > 0 && (text[c - 1] === ' ' || text[c - 1] === '\t')) c--;
    if (b < start && c > 0 && (text.charCodeAt(c - 1) === 10 || text.charCodeAt(c - 1) === 13)) start = c;
  }
  return { title, edits: [{ start, end, newText: '' }], safety: 'unsafe' };
}

export default defineRule({
  meta: {
    id: 'sql-firewall-open',
    description: 'Azure SQL firewall rules should not admit the whole internet, all Azure services or very wide address ranges.',
    category: 'network',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      any: 'Firewall rule {{resource}} admits every IPv4 address ({{start}}–{{end}}): the SQL server is open to the whole internet. Use a private endpoint or list the client ranges that need access.',
      azure: "Firewall rule {{resource}} is the 'Allow Azure services' rule (0.0.0.0–0.0.0.0): it admits resources of every Azure customer, not only yours. Use a private endpoint or virtual network rules instead.",
      wide: 'Firewall rule {{resource}} admits {{size}} public addresses ({{start}}–{{end}}); narrow it to the client ranges that need access, or use a private endpoint.',
    },
    tags: ['CKV_AZURE_11', 'PSRule:Azure.SQL.FirewallIPRange', 'PSRule:Azure.SQL.AllowAzureAccess', 'ASB-NS-2'],
  },
  relevant: relevantForTypes([FIREWALL_RULES], { avmModules: [AVM_SQL] }),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [FIREWALL_RULES])) return;
        const startProp = locatePath(r.body, 'properties.startIpAddress').property;
        const endProp = locatePath(r.body, 'properties.endIpAddress').property;
        if (!startProp?.value || !endProp?.value) return;
        const rank = { any: 3, azure: 2, wide: 1 } as const;
        let worst: { kind: Kind; size: number; start: string; end: string } | undefined;
        let several = false;
        const consider = (start: BicepValue | undefined, end: BicepValue | undefined) => {
          const open = openness(start, end);
          if (open && (!worst || rank[open.kind] > rank[worst.kind])) worst = { ...open, start: start as string, end: end as string };
        };
        const loopItems = r.loop?.item && r.loop.iterable ? r.model.evaluator.evaluate(r.loop.iterable) : undefined;
        if (r.loop?.item && loopItems?.kind === 'known' && Array.isArray(loopItems.value)) {
          // pair start and end per loop item (`rule.start` / `rule.end`)
          const itemName = r.loop.item.name;
          const items = loopItems.value as readonly BicepValue[];
          several = items.length > 1;
          for (const item of items) consider(itemValue(r, startProp.value, itemName, item), itemValue(r, endProp.value, itemName, item));
        } else {
          const a = propertyState(r, 'properties.startIpAddress');
          const b = propertyState(r, 'properties.endIpAddress');
          if (a.kind !== 'values' || b.kind !== 'values') return;
          several = a.options.length > 1 || b.options.length > 1 || a.incomplete || b.incomplete;
          for (const x of a.options) for (const y of b.options) consider(x.value, y.value);
        }
        if (!worst) return;
        const loc = locatePath(r.body, 'properties.startIpAddress');
        const span = anchorSpan(loc, r.nameSpan);
        const startState = propertyState(r, 'properties.startIpAddress');
        const related = startState.kind === 'values' && startState.options[0] ? relatedForOrigins(doc, startState.options[0].origins, { valueText: `'${worst.start}'`, exclude: [span] }) : [];
        const fix = !r.loop && loc.property?.value?.kind === 'String' ? removeDeclarationFix(doc.text, r, `Remove firewall rule ${r.name}`) : undefined;
        context.report({
          span,
          messageId: worst.kind,
          data: { resource: r.name, start: worst.start, end: worst.end, size: worst.size },
          confidence: several ? 'medium' : 'high',
          related,
          fixes: fix ? [fix] : [],
        });
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_SQL)) return;
        const prop = locatePath(m.body, 'params.firewallRules').property;
        const v = prop?.value;
        if (!v || v.kind !== 'Array') return;
        for (const item of v.items) {
          if (item.kind !== 'Object') continue;
          const ev = m.model.evaluator.evaluateIn(m, item);
          if (ev.kind !== 'known') continue;
          const start = field(ev.value, 'startIpAddress');
          const end = field(ev.value, 'endIpAddress');
          const open = openness(start, end);
          if (!open) continue;
          const name = field(ev.value, 'name');
          context.report({
            span: anchorSpan(locatePath(item, 'startIpAddress'), { start: item.start, end: item.end }),
            messageId: open.kind,
            data: { resource: typeof name === 'string' ? `'${name}' of module ${m.name}` : `of module ${m.name}`, start: start as string, end: end as string, size: open.size },
          });
        }
      },
    };
  },
});
