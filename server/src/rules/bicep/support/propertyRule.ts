/**
 * `propertyRule(spec)`: a complete Bicep rule from a declaration of "this property of these
 * resource types is insecure when …, and when absent …". The kit does the rest:
 *
 * - every non-`existing` resource of the types, child resources in all three spellings,
 *   inside `for` loops (one finding per declaration) and `if` conditions;
 * - values resolved by the evaluator through params (defaults and .bicepparam files),
 *   vars, ternaries, `union()`, spreads and loop items; unknown values never fire;
 * - enum comparison case-insensitive; `absent` semantics per rule (API-version aware);
 * - related locations at the origin of the value (param default, .bicepparam line, …);
 * - fixes: replace a literal (safe), change a param default (unsafe), overwrite a computed
 *   value (unsafe), insert a missing property with intermediate objects (safe);
 * - Azure Verified Modules (`br/public:avm/res/…`) whose params map onto the property;
 * - local modules: a caller passing an insecure literal is flagged at the value it passes;
 * - .bicepparam files: an insecure assignment is flagged in the .bicepparam itself.
 */
import type { AnalysisDocument } from '../../../engine/document';
import type { Hooks } from '../../../engine/hooks';
import { defineRule } from '../../../engine/rule';
import type { Rule, RuleContext } from '../../../engine/rule';
import type { Category, Confidence, FileKind, Fix, RelatedLocation, Severity, Span } from '../../../engine/types';
import { Evaluator, getBicep, resolveModuleParams } from '../../../languages/bicep';
import type { BicepValue, Known, ModuleResolution, ModuleSymbol, ObjectProperty, ResourceSymbol } from '../../../languages/bicep';
import { avmRef } from './avm';
import { insertPropertyFix, replaceFix, replaceValueFix, valueFix, isLiteralNode, nodeAt } from './fixes';
import { isInDocument, relatedAt, relatedForOrigins } from './provenance';
import { indexHas, isResourceOfType, resourceView, symbolIndex, typeSet } from './resources';
import { dependsOnAny, paramDepsOfPath, passedParamNames } from './paramDeps';
import type { SymbolIndex } from './resources';
import type { ResourceView } from './resources';
import { anchorSpan, clip, formatValue, valueMatches } from './values';
import type { PathLocation, PropertyState } from './values';

export type AbsentVerdict = 'insecure' | 'secure';

/** Values that are insecure: a list (strings case-insensitive) or a predicate. */
export type InsecureSpec = readonly (string | number | boolean)[] | ((value: BicepValue, resource: ResourceView) => boolean);

/** How an AVM module's param maps onto the rule's property. */
export interface AvmParamMapping {
  /** `avm/res/machine-learning-services/workspace` (without `br/public:` and version). */
  readonly module: string;
  /** The module param, dotted for a field inside an object param (`managedNetworkSettings.isolationMode`). */
  readonly param: string;
  /** Insecure values of the param (default: the rule's `insecure`). */
  readonly insecure?: InsecureSpec;
  /** Bicep source of the secure value for the param (default: the rule's `secureValue`, unless `insecure` is given here). */
  readonly secureValue?: string;
  /** What the module does when the param is not passed (default `'secure'`: AVM defaults are secure). */
  readonly absent?: AbsentVerdict | ((module: ResourceView) => AbsentVerdict);
  /** Extra filter on the module call (its params read as `params.x`); skipped when it returns false. */
  readonly when?: (module: ResourceView) => boolean;
}

export interface PropertyRuleSpec {
  /** Rule id (kebab-case, = the file name). */
  readonly id: string;
  /** One sentence with "should", capitalised, ending with a period. */
  readonly description: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Default `'high'`. Findings on a value that is insecure only in some cases get `'medium'`. */
  readonly confidence?: Confidence;
  readonly tags?: readonly string[];
  /** Default `['bicep', 'bicepparam']` (the .bicepparam side flags insecure assignments). */
  readonly appliesTo?: readonly FileKind[];
  /** Full resource types, e.g. `Microsoft.MachineLearningServices/workspaces/computes` (case-insensitive). */
  readonly resourceTypes: readonly string[];
  /** Extra filter (e.g. on `kind` or `properties.computeType`); the resource is skipped when it returns false. */
  readonly when?: (resource: ResourceView) => boolean;
  /** Dotted path from the resource body (`properties.publicNetworkAccess`), or per resource (undefined: skip). */
  readonly path: string | ((resource: ResourceView) => string | undefined);
  /** Values that are insecure. */
  readonly insecure: InsecureSpec;
  /** What the platform does when the property is not set (or is null). */
  readonly absent: AbsentVerdict | ((resource: ResourceView) => AbsentVerdict);
  /** Bicep source of the secure value for fixes, e.g. `'Disabled'` (with quotes) or `true`; none: no fix. */
  readonly secureValue?: string | ((resource: ResourceView) => string | undefined);
  /** `'remove'`: the fix deletes the property instead of setting it (absence is then secure). Default `'set'`. */
  readonly fix?: 'set' | 'remove' | 'none';
  /** Fix title; default `Set <property> to <secureValue>` (or `Remove <property>`). */
  readonly fixTitle?: string;
  /**
   * Message for an insecure value. Placeholders: `{{resource}}` (symbolic name, unquoted; "ws in
   * ws.bicep" across files), `{{property}}` (last path segment), `{{path}}`, `{{value}}` (short rendering).
   */
  readonly message: string;
  /** Message when the property is absent and absence is insecure (placeholders as above, no `{{value}}`). */
  readonly absentMessage?: string;
  /** Per-resource confidence override (e.g. `'medium'` when a related resource cannot be seen). */
  readonly findingConfidence?: (resource: ResourceView) => Confidence | undefined;
  /** Azure Verified Modules whose params carry this setting. */
  readonly avm?: AvmParamMapping | readonly AvmParamMapping[];
}

type MessageId = 'insecure' | 'absent';

/** One property to check on one symbol (a resource, or an AVM module's param). */
interface Check {
  readonly view: ResourceView;
  /** Path from the symbol's body. */
  readonly path: string;
  /** Name shown in messages and titles. */
  readonly property: string;
  readonly isInsecure: (v: BicepValue) => boolean;
  readonly absent: AbsentVerdict;
  readonly secureValue: string | undefined;
  readonly confidence: Confidence | undefined;
}

function lastSegment(path: string): string {
  const i = path.lastIndexOf('.');
  return i >= 0 ? path.slice(i + 1) : path;
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

function asList<T>(x: T | readonly T[] | undefined): readonly T[] {
  if (x === undefined) return [];
  return Array.isArray(x) ? (x as readonly T[]) : [x as T];
}

function matcherOf(spec: InsecureSpec, view: ResourceView): (v: BicepValue) => boolean {
  if (typeof spec === 'function') return (v) => {
    try {
      return spec(v, view);
    } catch {
      return false;
    }
  };
  return (v) => valueMatches(v, spec);
}

/** A spec callback asked about a view; one that throws gives `fallback` (a rule's hook never breaks the analysis). */
function ask<T>(f: ((view: ResourceView) => T) | undefined, view: ResourceView, fallback: T): T {
  if (!f) return fallback;
  try {
    return f(view);
  } catch {
    return fallback;
  }
}

function verdictOf(a: AbsentVerdict | ((r: ResourceView) => AbsentVerdict), view: ResourceView): AbsentVerdict {
  return typeof a === 'function' ? ask(a, view, 'secure') : a;
}

/** The checks a spec makes on one symbol (resource of the types, or AVM module of the mappings). */
function checksFor(spec: PropertyRuleSpec, types: ReadonlySet<string>, sym: ResourceSymbol | ModuleSymbol, evaluator?: Evaluator): Check[] {
  if (sym.kind === 'resource') {
    if (sym.existing || !isResourceOfType(sym, types)) return [];
    const view = resourceView(sym, evaluator);
    if (spec.when && !ask(spec.when, view, false)) return [];
    const path = typeof spec.path === 'function' ? ask(spec.path, view, undefined) : spec.path;
    if (!path) return [];
    const secureValue = typeof spec.secureValue === 'function' ? ask(spec.secureValue, view, undefined) : spec.secureValue;
    const confidence = ask(spec.findingConfidence, view, undefined);
    return [{ view, path, property: lastSegment(path), isInsecure: matcherOf(spec.insecure, view), absent: verdictOf(spec.absent, view), secureValue, confidence }];
  }
  const ref = avmRef(sym);
  if (!ref) return [];
  const out: Check[] = [];
  for (const m of asList(spec.avm)) {
    if (m.module.toLowerCase() !== ref.module) continue;
    const view = resourceView(sym, evaluator);
    if (m.when && !ask(m.when, view, false)) continue;
    // the rule's secure value applies only when the param takes the property's values
    const secureValue = m.secureValue ?? (m.insecure === undefined && typeof spec.secureValue === 'string' ? spec.secureValue : undefined);
    out.push({
      view,
      path: `params.${m.param}`,
      property: m.param,
      isInsecure: matcherOf(m.insecure ?? spec.insecure, view),
      absent: verdictOf(m.absent ?? 'secure', view),
      secureValue,
      confidence: undefined,
    });
  }
  return out;
}

const NONE: readonly never[] = [];

/** The options of a state that are insecure (a null option counts as absent). */
function insecureOptions(check: Check, state: PropertyState): Known[] {
  if (state.kind !== 'values') return [];
  return state.options.filter((o) => (o.value === null ? check.absent === 'insecure' : check.isInsecure(o.value)));
}

function setTitle(spec: PropertyRuleSpec, check: Check): string {
  if (spec.fixTitle) return spec.fixTitle;
  if (spec.fix === 'remove') return `Remove ${check.property}`;
  return `Set ${check.property} to ${check.secureValue ?? ''}`.trimEnd();
}

/** Build the rule. */
export function propertyRule(spec: PropertyRuleSpec): Rule<MessageId> {
  const types = typeSet(spec.resourceTypes);
  const avmModules = [...new Set(asList(spec.avm).map((m) => m.module.toLowerCase()))];
  const typeList = [...types];
  const hasCandidates = (index: SymbolIndex): boolean => indexHas(index, typeList, avmModules);
  /** The symbols of a model this rule looks at (its resource types, its AVM modules), in source order. */
  const candidates = (index: SymbolIndex): readonly (ResourceSymbol | ModuleSymbol)[] => {
    let out: readonly (ResourceSymbol | ModuleSymbol)[] | undefined;
    let lists = 0;
    for (const t of typeList) {
      const rs = index.resources.get(t);
      if (!rs) continue;
      lists++;
      out = out ? out.concat(rs) : rs; // one list: the index's own (read-only) array
    }
    if (avmModules.length && index.avm.size) {
      for (const a of avmModules) {
        const ms = index.avm.get(a);
        if (!ms) continue;
        lists++;
        out = out ? out.concat(ms) : ms;
      }
    }
    if (!out) return NONE;
    return lists > 1 ? [...out].sort((a, b) => a.decl.start - b.decl.start) : out;
  };
  const hasFix = spec.fix !== 'none' && (spec.fix === 'remove' || spec.secureValue !== undefined);
  const absentMessage = spec.absentMessage ?? `{{resource}} does not set {{path}}, and the platform default is insecure.`;
  /** The checks of one document (closures over its context). */
  const checker = (context: RuleContext<MessageId>) => {
    const doc = context.document;
    const baseConfidence = spec.confidence ?? 'high';

    /** A finding about a symbol of this document. */
    const checkLocal = (check: Check) => {
      const sym = check.view.symbol;
      const state = check.view.state(check.path);
      const fallback: Span = { start: sym.nameSpan.start, end: sym.nameSpan.end };
      const data = { resource: clip(sym.name), property: clip(check.property), path: clip(check.path, 120) };
      if (state.kind === 'absent') {
        if (check.absent !== 'insecure') return;
        const span = anchorSpan(state.location, fallback);
        context.report({ span, messageId: 'absent', data, confidence: check.confidence ?? baseConfidence, fixes: absentFixes(check, state.location, state.explicitNull) });
        return;
      }
      const bad = insecureOptions(check, state);
      if (bad.length === 0 || state.kind !== 'values') return;
      const option = bad.find((o) => o.value !== null) ?? (bad[0] as Known);
      const span = anchorSpan(state.location, fallback);
      const all = bad.length === state.options.length && !state.incomplete;
      if (option.value === null) {
        // only "not set" (null) possibilities are insecure: report as absent
        context.report({ span, messageId: 'absent', data, confidence: all ? (check.confidence ?? baseConfidence) : 'medium', related: relatedForOrigins(doc, option.origins, { valueText: 'null', exclude: [span] }), fixes: [] });
        return;
      }
      const valueText = formatValue(option.value);
      context.report({
        span,
        messageId: 'insecure',
        data: { ...data, value: valueText },
        confidence: all ? (check.confidence ?? baseConfidence) : 'medium',
        related: relatedForOrigins(doc, option.origins, { valueText, exclude: [span] }),
        fixes: insecureFixes(check, state.location, option),
      });
    };

    const absentFixes = (check: Check, location: PathLocation, explicitNull: boolean): Fix[] => {
      if (spec.fix === 'none' || spec.fix === 'remove' || !check.secureValue) return [];
      const title = setTitle(spec, check);
      if (explicitNull && location.property) {
        const f = replaceValueFix(doc, location.property, check.secureValue, title);
        return f ? [f] : [];
      }
      const f = insertPropertyFix(doc, check.view.symbol.body, check.path, check.secureValue, title);
      return f ? [f] : [];
    };

    const insecureFixes = (check: Check, location: PathLocation, option: Known): Fix[] => {
      if (spec.fix === 'none') return [];
      if (spec.fix === 'remove') {
        const f = valueFix(doc, location, option, { title: setTitle(spec, check), valueText: '', remove: true });
        return f ? [f] : [];
      }
      if (!check.secureValue) return [];
      const f = valueFix(doc, location, option, { title: setTitle(spec, check), valueText: check.secureValue });
      return f ? [f] : [];
    };

    /**
     * A value produced in this document flows into a symbol of another file (a local module
     * this file calls, or the template a .bicepparam file configures): flag it here.
     */
    const checkRemote = (check: Check, targetPath: string, at: (option: Known) => { span: Span; prop: ObjectProperty | undefined; fixTitle: string } | undefined) => {
      const sym = check.view.symbol;
      const state = check.view.state(check.path);
      if (state.kind !== 'values') return;
      const bad = insecureOptions(check, state).filter((o) => o.value !== null);
      for (const option of bad) {
        const origin = option.origins[0];
        if (!origin || !isInDocument(doc, origin.file)) continue;
        const place = at(option);
        if (!place) continue;
        const valueText = formatValue(option.value);
        const remoteSpan = anchorSpan(state.location, { start: sym.nameSpan.start, end: sym.nameSpan.end });
        const related: RelatedLocation[] = [];
        const used = relatedAt(doc, remoteSpan, `Used as ${check.path} of ${clip(sym.name)} in ${basename(targetPath)}`, targetPath);
        if (used) related.push(used);
        related.push(...relatedForOrigins(doc, option.origins, { valueText, exclude: [place.span], max: 3 }));
        const fixes: Fix[] = [];
        if (spec.fix !== 'none' && spec.fix !== 'remove' && check.secureValue && isLiteralNode(nodeAt(doc, origin.span))) {
          const safe = origin.span.start === place.span.start && origin.span.end === place.span.end;
          fixes.push(safe ? replaceFix(origin.span, check.secureValue, place.fixTitle, 'safe') : replaceFix(origin.span, check.secureValue, place.fixTitle, 'unsafe'));
        }
        context.report({
          span: place.span,
          messageId: 'insecure',
          data: { resource: `${clip(sym.name)} in ${clip(basename(targetPath))}`, property: clip(check.property), path: clip(check.path, 120), value: valueText },
          confidence: bad.length === state.options.length && !state.incomplete ? baseConfidence : 'medium',
          related,
          fixes,
        });
        return; // one finding per symbol
      }
    };

    const checkCallee = (m: ModuleSymbol) => {
      if (m.source.kind !== 'local') return;
      let res: ModuleResolution | undefined;
      try {
        res = resolveModuleParams(m); // cached by the evaluator, per module
      } catch {
        res = undefined;
      }
      if (!res || !res.evaluator || !res.target) return;
      const target = res.target;
      const passed = passedParamNames(m);
      for (const sym of candidates(symbolIndex(target))) {
        for (const check of checksFor(spec, types, sym, res.evaluator)) {
          // a property that depends on none of the params this call passes evaluates as with the
          // module's own defaults: no value from this file can reach it, so there is nothing to find
          if (!dependsOnAny(paramDepsOfPath(sym, check.path), passed)) continue;
          checkRemote(check, target.path, (option) => {
            // the `name: value` passed in this module's params
            for (const o of option.origins) {
              if (!isInDocument(doc, o.file)) continue;
              const mm = /^passed as param (\S+) by module (\S+) in /.exec(o.note);
              if (!mm || mm[2] !== m.name) continue;
              const prop = m.params?.properties.find((p) => p.start === o.span.start && p.end === o.span.end);
              const span = prop?.value ? { start: prop.value.start, end: prop.value.end } : o.span;
              return { span, prop, fixTitle: `Pass ${check.secureValue ?? ''} as ${clip(mm[1] ?? "")}` };
            }
            return undefined;
          });
        }
      }
    };

    const checkParamsFile = () => {
      const target = getBicep(doc).evaluator.usingTarget();
      if (!target) return;
      const targetPath = target.path;
      const ev: Evaluator = doc.cached(`bicep-support:using-ev:${targetPath}`, () => new Evaluator(target, { host: doc.host, paramFiles: [{ path: doc.path, text: doc.text }] }));
      for (const sym of candidates(symbolIndex(target))) {
        for (const check of checksFor(spec, types, sym, ev)) {
          checkRemote(check, targetPath, (option) => {
            const origin = option.origins[0];
            if (!origin) return undefined;
            const assigned = option.origins.find((o) => /^param \S+ assigned in /.test(o.note) && isInDocument(doc, o.file));
            const name = assigned ? /^param (\S+)/.exec(assigned.note)?.[1] : undefined;
            return { span: origin.span, prop: undefined, fixTitle: name ? `Set param ${clip(name)} to ${check.secureValue ?? ''}` : setTitle(spec, check) };
          });
        }
      }
    };

    return { checkLocal, checkCallee, checkParamsFile };
  };
  return defineRule<MessageId>({
    meta: {
      id: spec.id,
      description: spec.description,
      category: spec.category,
      severity: spec.severity,
      confidence: spec.confidence ?? 'high',
      appliesTo: spec.appliesTo ?? ['bicep', 'bicepparam'],
      fixable: hasFix ? 'unsafe' : false,
      messages: { insecure: spec.message, absent: absentMessage },
      ...(spec.tags ? { tags: spec.tags } : {}),
    },
    // One call per document, not one per resource and module: the model's index hands this
    // rule the resources of its types and the modules it can look into (reports are sorted by
    // position afterwards, so the order here does not matter). The checking closures are built
    // only for a document that has something to check.
    // Relevant when this file, or a local module file it calls, has a resource of the rule's
    // types or an AVM module it knows (exactly what documentEnd below looks at).
    relevant(doc) {
      if (doc.kind !== 'bicep') return true;
      const index = symbolIndex(getBicep(doc).model);
      if (hasCandidates(index)) return true;
      for (const m of index.localModules) {
        let res: ModuleResolution | undefined;
        try {
          res = resolveModuleParams(m); // cached per module: checkCallee reuses it
        } catch {
          return true;
        }
        if (res?.target && hasCandidates(symbolIndex(res.target))) return true;
      }
      return false;
    },
    create(context) {
      const hooks: Hooks = {
        documentEnd(d: AnalysisDocument) {
          if (d.kind === 'bicepparam') {
            checker(context).checkParamsFile();
            return;
          }
          if (d.kind !== 'bicep') return;
          const index = symbolIndex(getBicep(context.document).model);
          const local = candidates(index);
          if (local.length === 0 && index.localModules.length === 0) return;
          const run = checker(context);
          for (const sym of local) for (const check of checksFor(spec, types, sym)) run.checkLocal(check);
          for (const m of index.localModules) run.checkCallee(m);
        },
      };
      return hooks;
    },
  });
}


