/**
 * Property values of resources and modules, as rules need them: "where is the property,
 * is it set, and to what (possibly several) values", with the evaluator's provenance.
 */
import type { Span } from '../../../engine/types';
import { findProperty, splitPath } from '../../../languages/bicep';
import type {
  BicepValue,
  EvalResult,
  Evaluator,
  Expr,
  Known,
  ModuleSymbol,
  ObjectExpr,
  ObjectProperty,
  ResourceSymbol,
} from '../../../languages/bicep';

/** A resource or a module: both have a body object and evaluate through `resourceProperty`. */
export type BodySymbol = ResourceSymbol | ModuleSymbol;

/** Where a dotted path is in a body object literal. */
export interface PathLocation {
  /** The property at the end of the path, when written literally. */
  readonly property: ObjectProperty | undefined;
  /** The deepest property on the path that is written (the property itself when found). */
  readonly deepest: ObjectProperty | undefined;
  /** The deepest object literal reached (where a missing part would be inserted). */
  readonly object: ObjectExpr | undefined;
  /** The path runs into a value that is not an object literal (a var, `union()`, a ternary). */
  readonly blockedBy: Expr | undefined;
}

/** Locate a dotted path in an object literal (case-insensitive keys, like ARM). */
export function locatePath(root: ObjectExpr | undefined, path: string | readonly string[]): PathLocation {
  const segs = splitPath(path);
  let obj: ObjectExpr | undefined = root;
  let deepest: ObjectProperty | undefined;
  for (let i = 0; i < segs.length && obj; i++) {
    const p = findProperty(obj, segs[i] as string);
    if (!p) return { property: undefined, deepest, object: obj, blockedBy: undefined };
    deepest = p;
    if (i === segs.length - 1) return { property: p, deepest, object: obj, blockedBy: undefined };
    const v = p.value;
    if (!v || v.kind !== 'Object') return { property: undefined, deepest, object: obj, blockedBy: v };
    obj = v;
  }
  return { property: undefined, deepest, object: obj, blockedBy: undefined };
}

/**
 * The state of one property of a resource / module:
 * - `absent`: not set (or set to `null`), as the platform sees it;
 * - `unknown`: cannot be told before deployment (param without value, runtime value, loop over unknown…);
 * - `values`: one or more possible values (several for ternaries, loops, several .bicepparam files).
 */
export type PropertyState =
  | { readonly kind: 'absent'; readonly location: PathLocation; readonly explicitNull: boolean }
  | { readonly kind: 'unknown'; readonly location: PathLocation; readonly reason: string }
  | {
      readonly kind: 'values';
      readonly location: PathLocation;
      /** Known possibilities (nulls included: a null option means "absent" for that case). */
      readonly options: readonly Known[];
      /** Some possibilities are unknown. */
      readonly incomplete: boolean;
    };

/** Evaluate `path` of a resource / module body with `evaluator` (default: the symbol's own file's). */
export function propertyState(sym: BodySymbol, path: string | readonly string[], evaluator?: Evaluator): PropertyState {
  const segs = splitPath(path);
  const location = locatePath(sym.body, segs);
  let result: EvalResult;
  try {
    result = (evaluator ?? sym.model.evaluator).resourceProperty(sym, segs);
  } catch (e) {
    return { kind: 'unknown', location, reason: `evaluation failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  return stateOf(result, location);
}

/** Turn an evaluation result into a property state (`location` says whether the property is written). */
export function stateOf(result: EvalResult, location: PathLocation): PropertyState {
  switch (result.kind) {
    case 'known':
      if (result.value === null) return { kind: 'absent', location, explicitNull: true };
      return { kind: 'values', location, options: [result], incomplete: false };
    case 'oneOf':
      if (result.options.every((o) => o.value === null) && !result.incomplete) return { kind: 'absent', location, explicitNull: true };
      return { kind: 'values', location, options: result.options, incomplete: result.incomplete };
    case 'unknown':
      // a property written in the body whose value evaluates to "not set" is a reference we do not follow
      if (result.code === 'absent' && !location.property) return { kind: 'absent', location, explicitNull: false };
      return { kind: 'unknown', location, reason: result.reason };
  }
}

/** What makes a value insecure: a list of values (strings compared case-insensitively) or a predicate. */
export type ValueMatcher = readonly (string | number | boolean)[] | ((value: BicepValue) => boolean);

/** Case-insensitive for strings, strict for numbers and booleans; `'true'`/`'false'` strings match booleans. */
export function valueMatches(value: BicepValue, matcher: ValueMatcher): boolean {
  if (typeof matcher === 'function') {
    try {
      return matcher(value);
    } catch {
      return false;
    }
  }
  for (const m of matcher) {
    if (typeof m === 'string' && typeof value === 'string' && m.toLowerCase() === value.toLowerCase()) return true;
    if (typeof m === 'number' && value === m) return true;
    if (typeof m === 'boolean') {
      if (value === m) return true;
      if (typeof value === 'string' && value.toLowerCase() === String(m)) return true;
    }
  }
  return false;
}

/** Equality of a value with a string case-insensitively (enum comparison). */
export function sameEnum(value: BicepValue | undefined, expected: string): boolean {
  return typeof value === 'string' && value.toLowerCase() === expected.toLowerCase();
}

/** A short, message-safe rendering of a value: `'Enabled'`, `true`, `{…}`. Never use for secrets. */
export function formatValue(value: BicepValue): string {
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return `'${s.replace(/[\r\n\t]/g, ' ')}'`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]';
  if (typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : '{…}';
  return String(value);
}

/** The single known value of a property, or undefined when absent, unknown or ambiguous. */
export function knownValue(state: PropertyState): BicepValue | undefined {
  if (state.kind !== 'values' || state.incomplete || state.options.length !== 1) return undefined;
  return (state.options[0] as Known).value;
}

/** All known values of a property (empty when absent / unknown). */
export function possibleValues(state: PropertyState): BicepValue[] {
  return state.kind === 'values' ? state.options.map((o) => o.value) : [];
}

/** The span a finding about this property should highlight: the value, else the deepest written key. */
export function anchorSpan(location: PathLocation, fallback: Span): Span {
  const p = location.property;
  if (p) return p.value ? { start: p.value.start, end: p.value.end } : p.key ? { start: p.key.start, end: p.key.end } : { start: p.start, end: p.end };
  const d = location.deepest;
  if (d) {
    if (location.blockedBy) return { start: location.blockedBy.start, end: location.blockedBy.end };
    return d.key ? { start: d.key.start, end: d.key.end } : { start: d.start, end: d.start };
  }
  return fallback;
}

/** Compare API versions (`2024-10-01-preview` < `2024-10-01`); undefined when not comparable. */
export function compareApiVersions(a: string, b: string): number | undefined {
  const pa = /^(\d{4})-(\d{2})-(\d{2})(-[A-Za-z0-9.-]+)?$/.exec(a);
  const pb = /^(\d{4})-(\d{2})-(\d{2})(-[A-Za-z0-9.-]+)?$/.exec(b);
  if (!pa || !pb) return undefined;
  const da = `${pa[1]}${pa[2]}${pa[3]}`;
  const db = `${pb[1]}${pb[2]}${pb[3]}`;
  if (da !== db) return da < db ? -1 : 1;
  const sa = pa[4] ? 0 : 1; // a preview precedes the GA of the same date
  const sb = pb[4] ? 0 : 1;
  return sa - sb;
}

/** True when the resource's API version is known and ≥ `version`. */
export function apiVersionAtLeast(sym: ResourceSymbol, version: string): boolean {
  if (!sym.apiVersion) return false;
  const c = compareApiVersions(sym.apiVersion, version);
  return c !== undefined && c >= 0;
}

/** A name for a message, clipped to `max` characters (identifiers can be arbitrarily long). */
export function clip(name: string, max = 60): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
