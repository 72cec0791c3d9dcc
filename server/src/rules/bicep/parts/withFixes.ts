/**
 * Add fixes to the findings of a rule (not a rule: camelCase file), e.g. "Add a private endpoint
 * for this resource" after a propertyRule's own "Set publicNetworkAccess to 'Disabled'".
 */
import type { AnalysisDocument } from '../../../engine/document';
import type { Report, Rule, RuleContext } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { getBicep } from '../../../languages/bicep';
import type { ResourceSymbol } from '../../../languages/bicep';

/** The innermost non-existing resource of this document whose declaration contains the offset. */
export function resourceAt(doc: AnalysisDocument, offset: number): ResourceSymbol | undefined {
  if (doc.kind !== 'bicep') return undefined;
  let best: ResourceSymbol | undefined;
  for (const r of getBicep(doc).model.resources) {
    if (r.decl.start <= offset && offset < r.decl.end && (!best || r.decl.start >= best.decl.start)) best = r;
  }
  return best;
}

/**
 * Wrap `rule` so that each finding on a resource of this document also carries `extra(...)`
 * (appended after the rule's own fixes). `extra` is only asked for Bicep documents; it never
 * needs try/catch (a throw adds nothing).
 */
export function withExtraFixes<M extends string>(
  rule: Rule<M>,
  extra: (doc: AnalysisDocument, resource: ResourceSymbol, report: Report<M>) => readonly (Fix | undefined)[],
  /** The strongest disposition of the added fixes. */
  extraSafety: 'safe' | 'unsafe' = 'safe',
): Rule<M> {
  const fixable = rule.meta.fixable === 'unsafe' || extraSafety === 'unsafe' ? 'unsafe' : 'safe';
  return {
    meta: { ...rule.meta, fixable },
    ...(rule.relevant ? { relevant: rule.relevant.bind(rule) } : {}),
    create(context: RuleContext<M>) {
      const doc = context.document;
      const sub: RuleContext<M> = {
        ...context,
        report(rep: Report<M>) {
          let more: Fix[] = [];
          const r = resourceAt(doc, rep.span.start);
          if (r && !r.existing) {
            try {
              more = extra(doc, r, rep).filter((f): f is Fix => f !== undefined);
            } catch {
              more = [];
            }
          }
          context.report(more.length ? { ...rep, fixes: [...(rep.fixes ?? []), ...more] } : rep);
        },
      };
      return rule.create(sub);
    },
  };
}
