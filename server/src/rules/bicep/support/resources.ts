/**
 * Finding the resources and modules a rule cares about, and a small view over one of them
 * that spec callbacks receive (`value('properties.kind')`, API version checks…).
 */
import type { AnalysisDocument } from '../../../engine/document';
import { getBicep } from '../../../languages/bicep';
import type { BicepModel, BicepValue, Evaluator, ModuleSymbol, ResourceSymbol } from '../../../languages/bicep';
import { avmRef } from './avm';
import type { BodySymbol, PropertyState } from './values';
import { apiVersionAtLeast, compareApiVersions, knownValue, propertyState } from './values';

/** Lower-cased set of full resource types (`Microsoft.X/y/z`). */
export function typeSet(types: readonly string[]): ReadonlySet<string> {
  return new Set(types.map((t) => t.toLowerCase()));
}

/** The resource's full type is one of `types` (case-insensitive); child resources in all spellings resolve to their full type. */
export function isResourceOfType(r: ResourceSymbol, types: ReadonlySet<string> | readonly string[]): boolean {
  const type = r.typeLower;
  if (!type) return false;
  if (types instanceof Set) return types.has(type);
  // an inline list (called per resource per rule): compare without building a set
  for (const t of types as readonly string[]) if (t.length === type.length && lowerCased(t) === type) return true;
  return false;
}

const lowered = new Map<string, string>();

/** `t.toLowerCase()`, remembered for the few type names rules spell out. */
function lowerCased(t: string): string {
  let l = lowered.get(t);
  if (l === undefined) {
    l = t.toLowerCase();
    if (lowered.size < 1024) lowered.set(t, l);
  }
  return l;
}

/** Resources of these types declared in a model (nested children included); `existing` ones are skipped unless asked. */
export function resourcesOfType(model: BicepModel, types: readonly string[], opts: { includeExisting?: boolean } = {}): ResourceSymbol[] {
  const set = typeSet(types);
  return model.resources.filter((r) => (opts.includeExisting || !r.existing) && isResourceOfType(r, set));
}

/** Resources of these types in the document being analysed. */
export function resourcesInDocument(doc: AnalysisDocument, types: readonly string[], opts: { includeExisting?: boolean } = {}): ResourceSymbol[] {
  if (doc.kind !== 'bicep') return [];
  return resourcesOfType(getBicep(doc).model, types, opts);
}

/** A resource (or AVM module) as spec callbacks see it. */
export interface ResourceView {
  readonly symbol: BodySymbol;
  /** The resource, when the symbol is one. */
  readonly resource: ResourceSymbol | undefined;
  /** The module, when the symbol is one. */
  readonly module: ModuleSymbol | undefined;
  /** Full type (resources) or the AVM reference `avm/res/…` (modules). */
  readonly type: string | undefined;
  readonly apiVersion: string | undefined;
  readonly evaluator: Evaluator;
  /** State of a body property (`properties.x`, `kind`, `params.x` for modules). */
  state(path: string): PropertyState;
  /** The single known value of a body property, or undefined (absent, unknown or several possible values). */
  value(path: string): BicepValue | undefined;
  /** API version known and ≥ `version` (`2024-04-01`, previews order before the GA of the same date). */
  apiVersionAtLeast(version: string): boolean;
  /** API version known and < `version`. */
  apiVersionBefore(version: string): boolean;
}

/**
 * Views by evaluator and symbol: every rule looking at a resource shares one view, so a
 * property (`kind`, `properties.publicNetworkAccess`…) is evaluated once, not once per rule.
 */
const views = new WeakMap<Evaluator, WeakMap<BodySymbol, ResourceView>>();

export function resourceView(sym: BodySymbol, evaluator?: Evaluator): ResourceView {
  const ev = evaluator ?? sym.model.evaluator;
  let bySym = views.get(ev);
  if (!bySym) views.set(ev, (bySym = new WeakMap()));
  let view = bySym.get(sym);
  if (!view) bySym.set(sym, (view = makeView(sym, ev)));
  return view;
}

function makeView(sym: BodySymbol, ev: Evaluator): ResourceView {
  const cache = new Map<string, PropertyState>();
  const state = (path: string): PropertyState => {
    let s = cache.get(path);
    if (!s) cache.set(path, (s = propertyState(sym, path, ev)));
    return s;
  };
  const isRes = sym.kind === 'resource';
  return {
    symbol: sym,
    resource: isRes ? sym : undefined,
    module: isRes ? undefined : sym,
    type: isRes ? sym.type : sym.source.ref,
    apiVersion: isRes ? sym.apiVersion : undefined,
    evaluator: ev,
    state,
    value: (path) => knownValue(state(path)),
    apiVersionAtLeast: (v) => (isRes ? apiVersionAtLeast(sym, v) : false),
    apiVersionBefore: (v) => {
      if (!isRes || !sym.apiVersion) return false;
      const c = compareApiVersions(sym.apiVersion, v);
      return c !== undefined && c < 0;
    },
  };
}

export interface SymbolIndex {
  /** Non-`existing` resources by lower-cased full type. */
  readonly resources: ReadonlyMap<string, readonly ResourceSymbol[]>;
  /** AVM modules by reference (`avm/res/…`). */
  readonly avm: ReadonlyMap<string, readonly ModuleSymbol[]>;
  /** Modules whose source is a local file (their params flow into that file's resources). */
  readonly localModules: readonly ModuleSymbol[];
}

const indexes = new WeakMap<BicepModel, SymbolIndex>();

/** A model's resources by type and AVM modules by reference, built once per model (every property rule asks). */
export function symbolIndex(model: BicepModel): SymbolIndex {
  let index = indexes.get(model);
  if (index) return index;
  const resources = new Map<string, ResourceSymbol[]>();
  const avm = new Map<string, ModuleSymbol[]>();
  const localModules: ModuleSymbol[] = [];
  for (const r of model.resources) {
    if (r.existing || !r.typeLower) continue;
    const list = resources.get(r.typeLower);
    if (list) list.push(r);
    else resources.set(r.typeLower, [r]);
  }
  for (const m of model.modules) {
    if (m.source.kind === 'local') localModules.push(m);
    const ref = avmRef(m);
    if (!ref) continue;
    const list = avm.get(ref.module);
    if (list) list.push(m);
    else avm.set(ref.module, [m]);
  }
  indexes.set(model, (index = { resources, avm, localModules }));
  return index;
}

/**
 * `Rule.relevant` for rules about resources of `types` (and, optionally, AVM modules of
 * `avmModules` or any local module): false for a Bicep file with none of them.
 */
export function relevantForTypes(types: readonly string[], opts: { avmModules?: readonly string[]; localModules?: boolean } = {}): (doc: AnalysisDocument) => boolean {
  const lower = [...typeSet(types)];
  const avm = (opts.avmModules ?? []).map((m) => m.toLowerCase());
  return (doc) => {
    if (doc.kind !== 'bicep') return true;
    const index = symbolIndex(getBicep(doc).model);
    return (opts.localModules === true && index.localModules.length > 0) || indexHas(index, lower, avm);
  };
}

/** The index has a resource of one of `types` or an AVM module of one of `avmModules` (both lower-cased). */
export function indexHas(index: SymbolIndex, types: readonly string[], avmModules: readonly string[]): boolean {
  for (const t of types) if (index.resources.has(t)) return true;
  for (const a of avmModules) if (index.avm.has(a)) return true;
  return false;
}
