/**
 * Rules where several properties of one resource must all be secure (AKS: `aadProfile.managed`
 * + `aadProfile.enableAzureRBAC`; workload identity + OIDC issuer; …): one finding per resource
 * listing what is wrong, one fix setting every insecure property. Not a rule (camelCase file).
 */
import { defineRule } from '../../../engine/rule';
import type { Rule } from '../../../engine/rule';
import type { Category, Fix, RelatedLocation, Severity, Span } from '../../../engine/types';
import type { BicepValue, Known, ModuleSymbol, ResourceSymbol } from '../../../languages/bicep';
import { anchorSpan, formatValue, isAvmModule, isInDocument, isLiteralNode, isResourceOfType, nodeAt, relatedForOrigins, relevantForTypes, resourceView } from '../support';
import type { AbsentVerdict, ResourceView } from '../support';
import { setPropertiesFix } from './editCompose';
import type { PropertyChange } from './editCompose';

export interface PropertyCheck {
  /** Dotted path from the body (`properties.x.y`, or `params.x` for AVM modules). */
  readonly path: string;
  /** How the property is named in messages (default: the path without `properties.` / `params.`). */
  readonly label?: string;
  readonly insecure: (v: BicepValue, view: ResourceView) => boolean;
  readonly absent: AbsentVerdict | ((view: ResourceView) => AbsentVerdict);
  /** Bicep source of the secure value (no fix for this property when omitted). */
  readonly valueText?: string | ((view: ResourceView) => string | undefined);
  /** What to do about this property, for `{{remedy}}` (e.g. `set upgradeChannel to 'stable' or 'patch'`). */
  readonly remedy?: string;
}

export interface MultiPropertySpec {
  readonly id: string;
  readonly description: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly tags?: readonly string[];
  readonly resourceTypes: readonly string[];
  readonly when?: (view: ResourceView) => boolean;
  readonly checks: readonly PropertyCheck[];
  /**
   * Placeholders: `{{resource}}`, `{{problems}}` (e.g. `oidcIssuerProfile.enabled is not set`),
   * `{{remedy}}` (the `remedy` of each failing check, joined: only what is wrong is asked for).
   */
  readonly message: string;
  readonly fixTitle: string;
  readonly avm?: { readonly module: string; readonly checks: readonly PropertyCheck[]; readonly when?: (view: ResourceView) => boolean };
}

interface Problem {
  readonly check: PropertyCheck;
  readonly text: string;
  readonly span: Span;
  readonly option: Known | undefined;
  readonly literal: boolean;
  readonly valueText: string | undefined;
}

function labelOf(c: PropertyCheck): string {
  return c.label ?? c.path.replace(/^(properties|params)\./, '');
}

export function multiPropertyRule(spec: MultiPropertySpec): Rule<'insecure'> {
  return defineRule<'insecure'>({
    meta: {
      id: spec.id,
      description: spec.description,
      category: spec.category,
      severity: spec.severity,
      confidence: 'high',
      appliesTo: ['bicep'],
      fixable: 'unsafe',
      messages: { insecure: spec.message },
      ...(spec.tags ? { tags: spec.tags } : {}),
    },
    relevant: relevantForTypes(spec.resourceTypes, { avmModules: spec.avm ? [spec.avm.module] : [] }),
    create(context) {
      const doc = context.document;
      const run = (sym: ResourceSymbol | ModuleSymbol, checks: readonly PropertyCheck[], when: ((v: ResourceView) => boolean) | undefined) => {
        const view = resourceView(sym);
        try {
          if (when && !when(view)) return;
        } catch {
          return;
        }
        const fallback: Span = { start: sym.nameSpan.start, end: sym.nameSpan.end };
        const problems: Problem[] = [];
        let partial = false;
        for (const c of checks) {
          const state = view.state(c.path);
          let valueText: string | undefined;
          try {
            valueText = typeof c.valueText === 'function' ? c.valueText(view) : c.valueText;
          } catch {
            valueText = undefined;
          }
          if (state.kind === 'unknown') continue;
          if (state.kind === 'absent') {
            let verdict: AbsentVerdict = 'secure';
            try {
              verdict = typeof c.absent === 'function' ? c.absent(view) : c.absent;
            } catch {
              verdict = 'secure';
            }
            if (verdict === 'insecure') problems.push({ check: c, text: `${labelOf(c)} is not set`, span: anchorSpan(state.location, fallback), option: undefined, literal: true, valueText });
            continue;
          }
          const bad = state.options.filter((o) => {
            if (o.value === null) return (typeof c.absent === 'function' ? c.absent(view) : c.absent) === 'insecure';
            try {
              return c.insecure(o.value, view);
            } catch {
              return false;
            }
          });
          if (bad.length === 0) continue;
          if (bad.length < state.options.length || state.incomplete) partial = true;
          const option = bad.find((o) => o.value !== null) ?? (bad[0] as Known);
          const origin = option.origins[0];
          const written = state.location.property?.value;
          const literal = !!(origin && written && isInDocument(doc, origin.file) && origin.span.start === written.start && origin.span.end === written.end && isLiteralNode(nodeAt(doc, origin.span)));
          problems.push({ check: c, text: `${labelOf(c)} is ${formatValue(option.value)}`, span: anchorSpan(state.location, fallback), option, literal, valueText });
        }
        if (problems.length === 0) return;
        const first = problems[0] as Problem;
        const fixes: Fix[] = [];
        if (problems.every((p) => p.valueText !== undefined)) {
          const changes: PropertyChange[] = problems.map((p) => ({ path: p.check.path, valueText: p.valueText as string }));
          const f = setPropertiesFix(doc, sym, changes, spec.fixTitle, problems.every((p) => p.literal) ? 'safe' : 'unsafe');
          if (f) fixes.push(f);
        }
        const related: RelatedLocation[] = [];
        for (const p of problems.slice(1)) related.push({ message: `Also: ${p.text}`, span: p.span });
        if (first.option) related.push(...relatedForOrigins(doc, first.option.origins, { valueText: formatValue(first.option.value), exclude: [first.span] }));
        context.report({
          span: first.span,
          messageId: 'insecure',
          data: { resource: sym.name, problems: problems.map((p) => p.text).join(', '), remedy: remedyOf(problems) },
          confidence: partial ? 'medium' : 'high',
          related,
          fixes,
        });
      };
      return {
        bicepResource(r) {
          if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, spec.resourceTypes)) return;
          run(r, spec.checks, spec.when);
        },
        bicepModule(m) {
          if (doc.kind !== 'bicep' || !spec.avm || !isAvmModule(m, spec.avm.module)) return;
          run(m, spec.avm.checks, spec.avm.when);
        },
      };
    },
  });
}

/** The failing checks' remedies, `a`, `a and b`, `a, b and c` (falls back to naming the properties). */
function remedyOf(problems: readonly { readonly check: PropertyCheck }[]): string {
  const parts = problems.map((p) => p.check.remedy ?? `set ${labelOf(p.check)}`);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] as string}`;
}
