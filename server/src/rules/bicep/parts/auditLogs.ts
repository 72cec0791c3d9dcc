/**
 * "This resource's diagnostic settings collect its audit logs" rules (kv-audit-logs,
 * acr-audit-logs, aks-audit-logs): not a rule, a factory (camelCase file).
 *
 * A resource with no diagnostic setting at all is `diag-missing`'s finding (one finding per
 * resource, with its fix); these rules report the settings that exist but leave the audit logs
 * out. A setting is a `Microsoft.Insights/diagnosticSettings` resource of the same file whose
 * `scope` is the resource; it covers the requirement when its `logs` enable the required
 * categories (or the `audit` / `allLogs` category group). An AVM module is covered by its
 * `diagnosticSettings` param (an entry without `logCategoriesAndGroups` means `allLogs`).
 * Nothing is guessed: logs that cannot be evaluated count as covered.
 */
import type { AnalysisDocument } from '../../../engine/document';
import { defineRule } from '../../../engine/rule';
import type { Rule } from '../../../engine/rule';
import type { Category, Severity, Span } from '../../../engine/types';
import { getBicep } from '../../../languages/bicep';
import type { BicepModel, BicepValue, ModuleSymbol } from '../../../languages/bicep';
import { isAvmModule, isResourceOfType, locatePath, relevantForTypes } from '../support';
import { arrayItems } from './arrayItems';
import { DIAGNOSTIC_SETTINGS, field } from './platform';

export interface AuditLogsSpec {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly category?: Category;
  readonly tags?: readonly string[];
  readonly resourceTypes: readonly string[];
  /** `Key vault`, `Registry`, `Cluster` (messages). */
  readonly label: string;
  /** Every group must have one enabled category (or the `audit` / `allLogs` group). */
  readonly required: readonly (readonly string[])[];
  /** AVM modules with a `diagnosticSettings` param. */
  readonly avmModule?: string;
}

type MessageId = 'noAudit' | 'avmNoAudit';

const AUDIT_GROUPS = ['audit', 'alllogs'];

function lower(v: BicepValue | undefined): string | undefined {
  return typeof v === 'string' ? v.toLowerCase() : undefined;
}

/** The logs of a diagnostic setting cover the requirement (undefined: cannot tell). */
function logsCover(logs: readonly BicepValue[] | undefined, required: readonly (readonly string[])[], groupKey: string): boolean | undefined {
  if (!logs) return undefined;
  const enabled = logs.filter((l) => l && typeof l === 'object' && !Array.isArray(l) && field(l, 'enabled') !== false);
  if (enabled.some((l) => AUDIT_GROUPS.includes(lower(field(l, groupKey)) ?? ''))) return true;
  const cats = new Set(enabled.map((l) => lower(field(l, 'category'))).filter((c): c is string => !!c));
  return required.every((group) => group.some((c) => cats.has(c.toLowerCase())));
}

function requiredText(required: readonly (readonly string[])[]): string {
  return required.map((g) => g.join(' or ')).join(' and ');
}

export function auditLogsRule(spec: AuditLogsSpec): Rule<MessageId> {
  const required = requiredText(spec.required);
  return defineRule<MessageId>({
    meta: {
      id: spec.id,
      description: spec.description,
      category: spec.category ?? 'governance',
      severity: spec.severity,
      confidence: 'medium',
      appliesTo: ['bicep'],
      fixable: false,
      messages: {
        noAudit: `Diagnostic setting {{setting}} of {{resource}} does not collect the audit logs (${required}, or the 'audit' category group); add categoryGroup: 'audit'.`,
        avmNoAudit: `The diagnosticSettings passed to ${spec.label.toLowerCase()} module {{resource}} do not collect the audit logs (${required}, or the 'audit' / 'allLogs' category group).`,
      },
      ...(spec.tags ? { tags: spec.tags } : {}),
    },
    relevant: relevantForTypes(spec.resourceTypes, { avmModules: spec.avmModule ? [spec.avmModule] : [] }),
    create(context) {
      const check = (model: BicepModel) => {
        const targets = model.resources.filter((r) => !r.existing && isResourceOfType(r, spec.resourceTypes));
        if (targets.length === 0) return; // nothing of these types here: skip the file-wide work below
        const settings = model.resources.filter((r) => !r.existing && isResourceOfType(r, [DIAGNOSTIC_SETTINGS]));
        if (settings.length === 0) return; // no setting at all: diag-missing reports each resource
        for (const r of targets) {
          const mine = settings.filter((s) => {
            const scope = locatePath(s.body, 'scope').property?.value;
            return scope !== undefined && model.resourceRef(scope) === r;
          });
          if (mine.length === 0) continue; // diag-missing's finding
          const verdicts = mine.map((s) => {
            const list = arrayItems(s, 'properties.logs');
            if (list.kind === 'unknown') return { s, ok: undefined as boolean | undefined, list };
            if (list.kind === 'absent') return { s, ok: false, list };
            if (list.items.some((i) => i.values.length === 0)) return { s, ok: undefined, list };
            return { s, ok: logsCover(list.items.flatMap((i) => i.values), spec.required, 'categoryGroup'), list };
          });
          if (verdicts.some((v) => v.ok !== false)) continue;
          const first = verdicts[0];
          if (!first) continue;
          const loc = first.list.location;
          const span: Span = loc.property?.key ? { start: loc.property.key.start, end: loc.property.key.end } : { start: first.s.nameSpan.start, end: first.s.nameSpan.end };
          context.report({ span, messageId: 'noAudit', data: { setting: first.s.name, resource: r.name }, fixes: [] });
        }
      };

      const checkAvm = (m: ModuleSymbol) => {
        if (!spec.avmModule || !isAvmModule(m, spec.avmModule)) return;
        const list = arrayItems(m, 'params.diagnosticSettings');
        if (list.kind === 'unknown') return;
        const fallback: Span = { start: m.nameSpan.start, end: m.nameSpan.end };
        if (list.kind === 'absent' || list.items.length === 0) return; // diag-missing's finding
        for (const item of list.items) {
          if (item.values.length === 0) return; // cannot tell
          for (const v of item.values) {
            const groups = field(v, 'logCategoriesAndGroups');
            if (groups === undefined || groups === null) return; // module default: allLogs
            if (!Array.isArray(groups)) return;
            if (logsCover(groups as readonly BicepValue[], spec.required, 'categoryGroup') !== false) return;
          }
        }
        const p = list.location.property;
        context.report({ span: p?.value ? { start: p.value.start, end: p.value.end } : fallback, messageId: 'avmNoAudit', data: { resource: m.name }, fixes: [] });
      };

      return {
        documentEnd(d: AnalysisDocument) {
          if (d.kind !== 'bicep') return;
          const { model } = getBicep(d);
          check(model);
          for (const m of model.modules) checkAvm(m);
        },
      };
    },
  });
}
