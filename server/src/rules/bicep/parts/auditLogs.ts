/**
 * "This resource sends its audit logs somewhere" rules (kv-audit-logs, acr-audit-logs,
 * aks-audit-logs): not a rule, a factory (camelCase file).
 *
 * A resource of the types is covered by a `Microsoft.Insights/diagnosticSettings` resource of
 * the same file whose `scope` is the resource and whose `logs` enable the required categories
 * (or the `audit` / `allLogs` category group). An AVM module is covered by its
 * `diagnosticSettings` param (an entry without `logCategoriesAndGroups` means `allLogs`).
 * Nothing is guessed: logs that cannot be evaluated, a diagnostic setting whose scope cannot
 * be resolved, or a module of the file that receives the resource (it may add the setting)
 * count as covered.
 */
import type { AnalysisDocument } from '../../../engine/document';
import { defineRule } from '../../../engine/rule';
import type { Rule } from '../../../engine/rule';
import type { Category, Fix, Severity, Span } from '../../../engine/types';
import { getBicep, walkTree } from '../../../languages/bicep';
import type { BicepModel, BicepValue, Expr, ModuleSymbol, ResourceSymbol } from '../../../languages/bicep';
import { insertDeclarationEdit, insertPropertyFix, isAvmModule, isResourceOfType, locatePath, relevantForTypes, uniqueSymbolName } from '../support';
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

type MessageId = 'missing' | 'noAudit' | 'avmMissing' | 'avmNoAudit';

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

/** Names of symbols an expression references (identifiers). */
function referencedNames(e: Expr | undefined): Set<string> {
  const out = new Set<string>();
  if (!e) return out;
  walkTree(e, (n) => {
    if (n.kind === 'Var') out.add(n.name);
  });
  return out;
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
      fixable: 'unsafe',
      messages: {
        missing: `${spec.label} {{resource}} has no diagnostic setting in this file that sends its audit logs (${required}, or the 'audit' category group) to Log Analytics, so access to it leaves no trace.`,
        noAudit: `Diagnostic setting {{setting}} of {{resource}} does not collect the audit logs (${required}, or the 'audit' category group); add categoryGroup: 'audit'.`,
        avmMissing: `${spec.label} module {{resource}} is not given diagnosticSettings, so its audit logs (${required}) are not collected; pass diagnosticSettings with a workspaceResourceId.`,
        avmNoAudit: `The diagnosticSettings passed to ${spec.label.toLowerCase()} module {{resource}} do not collect the audit logs (${required}, or the 'audit' / 'allLogs' category group).`,
      },
      ...(spec.tags ? { tags: spec.tags } : {}),
    },
    relevant: relevantForTypes(spec.resourceTypes, { avmModules: spec.avmModule ? [spec.avmModule] : [] }),
    create(context) {
      const doc = context.document;

      const check = (model: BicepModel) => {
        const targets = model.resources.filter((r) => !r.existing && isResourceOfType(r, spec.resourceTypes));
        if (targets.length === 0) return; // nothing of these types here: skip the file-wide work below
        const settings = model.resources.filter((r) => !r.existing && isResourceOfType(r, [DIAGNOSTIC_SETTINGS]));
        const legacy = model.resources.some((r) => (r.typeLower ?? '').endsWith('/providers/diagnosticsettings'));
        // diagnostic settings whose scope we cannot resolve might cover anything
        const unresolved = settings.some((s) => {
          const scope = locatePath(s.body, 'scope').property?.value;
          return !scope || !model.resourceRef(scope);
        });
        const moduleRefs = new Set<string>();
        for (const m of model.modules) for (const n of referencedNames(m.params ?? m.body)) moduleRefs.add(n);
        for (const r of targets) {
          const mine = settings.filter((s) => {
            const scope = locatePath(s.body, 'scope').property?.value;
            return scope !== undefined && model.resourceRef(scope) === r;
          });
          if (mine.length === 0) {
            if (legacy || unresolved || moduleRefs.has(r.name)) continue;
            context.report({ span: { start: r.nameSpan.start, end: r.nameSpan.end }, messageId: 'missing', data: { resource: r.name }, fixes: addSettingFix(doc, r) });
            continue;
          }
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
        if (list.kind === 'absent' || list.items.length === 0) {
          const at = list.location.property?.key ?? list.location.deepest?.key;
          context.report({ span: at ? { start: at.start, end: at.end } : fallback, messageId: 'avmMissing', data: { resource: m.name }, fixes: avmFix(doc, m) });
          return;
        }
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

/** Param declaration + a diagnostic setting resource after the declaration of `r`. */
function addSettingFix(doc: AnalysisDocument, r: ResourceSymbol): Fix[] {
  if (r.loop || r.nestedIn || r.condition) return [];
  const eol = doc.eol;
  const ws = uniqueSymbolName(doc, 'logAnalyticsWorkspaceId');
  const sym = uniqueSymbolName(doc, `${r.name}Diagnostics`);
  const indent = doc.indentAt(r.decl.start);
  if (indent !== '') return [];
  const lines = [
    `resource ${sym} 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {`,
    `  name: 'audit-logs'`,
    `  scope: ${r.name}`,
    `  properties: {`,
    `    workspaceId: ${ws}`,
    `    logs: [`,
    `      {`,
    `        categoryGroup: 'audit'`,
    `        enabled: true`,
    `      }`,
    `    ]`,
    `  }`,
    `}`,
  ];
  const declEnd = r.decl.end;
  const param = insertDeclarationEdit(doc, `@description('Log Analytics workspace that receives the audit logs.')${eol}param ${ws} string`);
  if (param.start > r.decl.start && param.start < declEnd) return [];
  return [
    {
      title: 'Add a diagnostic setting that sends the audit logs to Log Analytics',
      edits: [param, { start: declEnd, end: declEnd, newText: `${eol}${eol}${lines.join(eol)}` }],
      safety: 'unsafe',
    },
  ];
}

/** AVM: a `diagnosticSettings` entry (the module defaults to `allLogs`) and a workspace param. */
function avmFix(doc: AnalysisDocument, m: ModuleSymbol): Fix[] {
  if (!m.params) return [];
  const eol = doc.eol;
  const ws = uniqueSymbolName(doc, 'logAnalyticsWorkspaceId');
  const prop = insertPropertyFix(doc, m.body, 'params.diagnosticSettings', `[\n  {\n    workspaceResourceId: ${ws}\n  }\n]`, 'x');
  const edit = prop?.edits[0];
  if (!edit) return [];
  const param = insertDeclarationEdit(doc, `@description('Log Analytics workspace that receives the audit logs.')${eol}param ${ws} string`);
  if (param.start > m.decl.start && param.start < m.decl.end) return [];
  return [{ title: 'Pass diagnosticSettings with a Log Analytics workspace', edits: [param, edit], safety: 'unsafe' }];
}
