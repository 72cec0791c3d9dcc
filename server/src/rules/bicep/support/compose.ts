/**
 * One rule id across file kinds: `mergeRules(yamlRule, bicepPart)` keeps the first rule's
 * metadata (id, description, severity, options) and adds the other rules' file kinds,
 * messages and hooks. Used when an Azure ML YAML rule and a Bicep rule check the same
 * setting (e.g. `aml-endpoint-key-auth`: `auth_mode: key` in YAML, `authMode: 'Key'` in Bicep).
 *
 * Message ids of the added rules that clash with the first rule's are prefixed with the
 * added rule's first file kind (`insecure` → `bicepInsecure`).
 */
import type { Hooks } from '../../../engine/hooks';
import type { Report, Rule, RuleContext, RuleMeta } from '../../../engine/rule';
import type { FileKind } from '../../../engine/types';

function camel(prefix: string, id: string): string {
  // split, not /[^A-Za-z0-9]+([A-Za-z0-9])/g, which is quadratic on a long run of separators
  const [head = '', ...rest] = prefix.split(/[^A-Za-z0-9]+/);
  const p = head + rest.map((w) => (w[0]?.toUpperCase() ?? '') + w.slice(1)).join('');
  return `${p}${id[0]?.toUpperCase() ?? ''}${id.slice(1)}`;
}

export function mergeRules(primary: Rule, ...others: readonly Rule[]): Rule {
  const messages: Record<string, string> = { ...(primary.meta.messages as Record<string, string>) };
  const appliesTo: FileKind[] = [...primary.meta.appliesTo];
  const renames: Map<string, string>[] = [];
  let fixable = primary.meta.fixable;
  for (const r of others) {
    const map = new Map<string, string>();
    const prefix = r.meta.appliesTo[0] ?? 'other';
    for (const [id, text] of Object.entries(r.meta.messages as Record<string, string>)) {
      const name = Object.prototype.hasOwnProperty.call(messages, id) && messages[id] !== text ? camel(prefix, id) : id;
      map.set(id, name);
      messages[name] = text;
    }
    renames.push(map);
    for (const k of r.meta.appliesTo) if (!appliesTo.includes(k)) appliesTo.push(k);
    if (r.meta.fixable === 'unsafe' || (r.meta.fixable === 'safe' && fixable === false)) fixable = r.meta.fixable;
  }
  const meta: RuleMeta = { ...primary.meta, appliesTo, messages, fixable };
  const all = [primary, ...others];
  return {
    meta,
    // relevant when a part that applies to the document is (a part without the test always is)
    relevant(document) {
      return all.some((r) => r.meta.appliesTo.includes(document.kind) && (r.relevant ? r.relevant(document) : true));
    },
    create(context: RuleContext): Hooks {
      const parts: Hooks[] = [];
      const kind = context.document.kind;
      if (primary.meta.appliesTo.includes(kind)) parts.push(primary.create({ ...context, meta: primary.meta } as RuleContext));
      others.forEach((r, i) => {
        if (!r.meta.appliesTo.includes(kind)) return;
        const map = renames[i] as Map<string, string>;
        const sub: RuleContext = {
          ...context,
          meta: r.meta,
          report: (rep: Report) => context.report({ ...rep, messageId: map.get(rep.messageId) ?? rep.messageId }),
        };
        parts.push(r.create(sub));
      });
      if (parts.length === 1) return parts[0] as Hooks;
      const merged: Record<string, (payload: never) => void> = {};
      for (const h of parts) {
        for (const [name, fn] of Object.entries(h) as [string, ((p: never) => void) | undefined][]) {
          if (typeof fn !== 'function') continue;
          const bound = fn.bind(h);
          const prev = merged[name];
          merged[name] = prev ? (p: never) => {
            prev(p);
            bound(p);
          } : bound;
        }
      }
      return merged as Hooks;
    },
  };
}
