/**
 * Value evaluator for Bicep expressions. Resolves an expression to a known value, a set
 * of possible values (`oneOf`, e.g. a ternary on an unknown condition) or `unknown`,
 * and keeps provenance: the chain of places a value came from (a literal, the default of
 * a param, a .bicepparam assignment, a module caller), with the file when it is another
 * one. Cross-file reads go through the FileHost only (never the file system directly),
 * nothing is executed, and work is bounded (step budget, depth and fan-out caps).
 */
import type { FileHost } from '../../engine/document';
import type { Span } from '../../engine/types';
import type { Expr, ObjectExpr, ObjectProperty, ForExpr, StringLiteral, TypedLambdaExpr } from './ast';
import { clearTreeCache, parseShared } from './treeCache';
import { BicepModel, classifyModulePath, findProperty, resolveRelative, samePath, splitPath, staticProperty } from './model';
import type { ModuleSymbol, ParamSymbol, ResourceSymbol } from './model';

// ---------------------------------------------------------------------------------------------
// public result types

export interface Origin {
  readonly span: Span;
  /** Absolute path when the span is in another file than the one evaluated. */
  readonly file?: string;
  /** What this place is: `literal`, `default of param publicAccess`, `value of var x`, … */
  readonly note: string;
}

export type BicepValue = string | number | boolean | null | readonly BicepValue[] | { readonly [key: string]: BicepValue };

export interface Known {
  readonly kind: 'known';
  readonly value: BicepValue;
  /**
   * Where the value comes from: `origins[0]` is where it was produced (a literal, or the
   * expression that computed it), followed by the places it flowed through (param
   * default, var, .bicepparam assignment, module caller…) up to the use.
   */
  readonly origins: readonly Origin[];
  /** For computed values (interpolation, functions, operators): the origins of the inputs. */
  readonly inputs?: readonly Origin[];
  /** True when parts of an object/array value are unknown (left out of `value`, or null in arrays). */
  readonly partial?: boolean;
}

export type UnknownCode = 'absent' | 'runtime' | 'param' | 'loop' | 'cycle' | 'limit' | 'unsupported' | 'error' | 'unresolved';

export interface Unknown {
  readonly kind: 'unknown';
  readonly reason: string;
  readonly code: UnknownCode;
  readonly origins: readonly Origin[];
}

export interface OneOf {
  readonly kind: 'oneOf';
  readonly options: readonly Known[];
  /** Some possibilities are unknown (not listed in `options`). */
  readonly incomplete: boolean;
}

export type EvalResult = Known | Unknown | OneOf;

/** A .bicepparam file that supplies values (its `using` points at the evaluated file). */
export interface ParamFileInput {
  readonly path: string;
  readonly text: string;
}

export interface EvaluatorOptions {
  readonly host?: FileHost;
  /** .bicepparam files whose values apply; `[]` means "none". */
  readonly paramFiles?: readonly ParamFileInput[];
  /** Internal: values passed by a module caller (evaluated in the caller on first use). */
  readonly callerParams?: ReadonlyMap<string, () => V>;
  /** Internal: nesting of module / import evaluation across files. */
  readonly crossFileDepth?: number;
  /** Internal: work budget shared with the evaluator that created this one. */
  readonly budget?: { steps: number };
}

// ---------------------------------------------------------------------------------------------
// internal values

type Prim = string | number | boolean | null;
interface VP {
  readonly t: 'p';
  readonly v: Prim;
  readonly o: readonly Origin[];
  readonly i?: readonly Origin[];
}
interface VA {
  readonly t: 'a';
  readonly items: readonly V[];
  readonly o: readonly Origin[];
  readonly i?: readonly Origin[];
}
interface VOProp {
  readonly key: string;
  readonly v: V;
}
interface VO {
  readonly t: 'o';
  /** lower-cased key → property, in insertion order. */
  readonly props: ReadonlyMap<string, VOProp>;
  /** Some properties could not be evaluated (unknown keys or spreads). */
  readonly partial: boolean;
  readonly o: readonly Origin[];
  readonly i?: readonly Origin[];
}
interface VU {
  readonly t: 'u';
  readonly reason: string;
  readonly code: UnknownCode;
  readonly o: readonly Origin[];
}
interface VM {
  readonly t: 'm';
  readonly options: readonly V[];
}
interface VL {
  readonly t: 'l';
  readonly params: readonly string[];
  readonly body: Expr | undefined;
  readonly env: Env;
  readonly ev: Evaluator;
}
interface VR {
  readonly t: 'r';
  readonly sym: ResourceSymbol;
  readonly o: readonly Origin[];
}
interface VMod {
  readonly t: 'mod';
  readonly sym: ModuleSymbol;
  /** `m.outputs` (the next member is an output name). */
  readonly outputs: boolean;
  readonly o: readonly Origin[];
}
export type V = VP | VA | VO | VU | VM | VL | VR | VMod;

interface Env {
  readonly vars: { get(name: string): V | undefined };
  readonly parent: Env | undefined;
}
const EMPTY_ENV: Env = { vars: new Map(), parent: undefined };

const MAX_OPTIONS = 16;
const MAX_COMBINATIONS = 64;
const MAX_ITEMS = 1000;
const MAX_STRING = 1 << 20;
const MAX_DEPTH = 150;
const MAX_STEPS = 200_000;
const MAX_CROSS_FILE = 4;

const unknown = (reason: string, code: UnknownCode, o: readonly Origin[] = []): VU => ({ t: 'u', reason, code, o });
const prim = (v: Prim, o: readonly Origin[]): VP => ({ t: 'p', v, o });

// ---------------------------------------------------------------------------------------------
// cross-file model cache (keyed by path, validated by text)

const modelCache = new Map<string, { text: string; model: BicepModel }>();
const MODEL_CACHE_SIZE = 64;

export function modelFor(path: string, text: string): BicepModel {
  const hit = modelCache.get(path);
  if (hit && hit.text === text) {
    modelCache.delete(path);
    modelCache.set(path, hit);
    return hit.model;
  }
  const program = parseShared(path, text, path.toLowerCase().endsWith('.bicepparam'));
  const model = new BicepModel(program, text, path);
  modelCache.set(path, { text, model });
  if (modelCache.size > MODEL_CACHE_SIZE) {
    const first = modelCache.keys().next();
    if (!first.done) modelCache.delete(first.value);
  }
  return model;
}

/** Drop every cached model and syntax tree (benchmarks measuring a cold scan; tests). */
export function clearBicepCaches(): void {
  modelCache.clear();
  clearTreeCache();
}

function readModel(host: FileHost | undefined, path: string): BicepModel | undefined {
  if (!host) return undefined;
  let text: string | undefined;
  try {
    text = host.readFile(path);
  } catch {
    return undefined;
  }
  if (text === undefined || text.length > 4 * MAX_STRING) return undefined;
  return modelFor(path, text);
}

// ---------------------------------------------------------------------------------------------
// conversions

function isTruthyKnown(v: V): boolean | undefined {
  return v.t === 'p' && typeof v.v === 'boolean' ? v.v : undefined;
}

function flattenOptions(vs: readonly V[]): V[] {
  const out: V[] = [];
  for (const v of vs) {
    if (v.t === 'm') {
      for (const x of v.options) out.push(x);
    } else out.push(v);
  }
  return out;
}

function oneOf(vs: readonly V[]): V {
  const flat = flattenOptions(vs);
  // dedupe identical primitives (keep the first origin)
  const out: V[] = [];
  for (const v of flat) {
    if (v.t === 'p' && out.some((x) => x.t === 'p' && x.v === v.v)) continue;
    out.push(v);
    if (out.length > MAX_OPTIONS) return unknown('too many possible values', 'limit');
  }
  if (out.length === 1) return out[0] as V;
  return { t: 'm', options: out };
}

function withHop(v: V, hop: Origin): V {
  switch (v.t) {
    case 'm':
      return { t: 'm', options: v.options.map((x) => withHop(x, hop)) };
    case 'l':
      return v;
    default: {
      const o = v.o;
      const last = o[o.length - 1];
      let next: Origin[];
      if (last && last.span.start === hop.span.start && last.span.end === hop.span.end && last.file === hop.file) {
        next = o.slice(0, -1);
        next.push(hop);
      } else {
        next = o.slice();
        next.push(hop);
      }
      if (next.length > 12) next.splice(1, next.length - 12);
      return { ...v, o: next } as V;
    }
  }
}

function toPlain(v: V, state: { partial: boolean }, depth: number): BicepValue | undefined {
  if (depth > 100) {
    state.partial = true;
    return undefined;
  }
  switch (v.t) {
    case 'p':
      return v.v;
    case 'a': {
      const arr: BicepValue[] = [];
      for (const it of v.items) {
        const x = toPlain(it, state, depth + 1);
        arr.push(x === undefined ? null : x);
      }
      return arr;
    }
    case 'o': {
      if (v.partial) state.partial = true;
      const obj: Record<string, BicepValue> = {};
      for (const p of v.props.values()) {
        const x = toPlain(p.v, state, depth + 1);
        if (x !== undefined) obj[p.key] = x;
      }
      return obj;
    }
    default:
      state.partial = true;
      return undefined;
  }
}

function stripFile(o: readonly Origin[], rootFile: string): Origin[] {
  return o.map((x) => (x.file !== undefined && samePath(x.file, rootFile) ? { span: x.span, note: x.note } : x));
}

function toPublic(v: V, rootFile: string): EvalResult {
  switch (v.t) {
    case 'u':
      return { kind: 'unknown', reason: v.reason, code: v.code, origins: stripFile(v.o, rootFile) };
    case 'm': {
      const options: Known[] = [];
      let incomplete = false;
      for (const x of v.options) {
        const r = toPublic(x, rootFile);
        if (r.kind === 'known') options.push(r);
        else if (r.kind === 'oneOf') {
          options.push(...r.options);
          if (r.incomplete) incomplete = true;
        } else incomplete = true;
      }
      if (options.length === 0) {
        const firstUnknown = v.options.find((x): x is VU => x.t === 'u');
        return { kind: 'unknown', reason: firstUnknown?.reason ?? 'unknown', code: firstUnknown?.code ?? 'unresolved', origins: [] };
      }
      return { kind: 'oneOf', options, incomplete };
    }
    case 'l':
      return { kind: 'unknown', reason: 'a lambda is not a value', code: 'unsupported', origins: [] };
    case 'r':
      return { kind: 'unknown', reason: `resource '${v.sym.name}' (a deployment-time object)`, code: 'runtime', origins: stripFile(v.o, rootFile) };
    case 'mod':
      return { kind: 'unknown', reason: `module '${v.sym.name}' (a deployment-time object)`, code: 'runtime', origins: stripFile(v.o, rootFile) };
    default: {
      const state = { partial: false };
      const value = toPlain(v, state, 0);
      if (value === undefined) return { kind: 'unknown', reason: 'unknown', code: 'unresolved', origins: [] };
      const r: { -readonly [K in keyof Known]: Known[K] } = { kind: 'known', value, origins: stripFile(v.o, rootFile) };
      if ((v.t === 'p' || v.t === 'a' || v.t === 'o') && v.i && v.i.length > 0) r.inputs = stripFile(v.i, rootFile);
      if (state.partial) r.partial = true;
      return r;
    }
  }
}

/** Build an internal value from a plain JSON value (for json() and loadJsonContent()). */
function fromPlain(x: unknown, o: readonly Origin[], depth = 0): V {
  if (depth > 100) return unknown('value too deep', 'limit', o);
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return prim(x, o);
  if (typeof x === 'number') return prim(Number.isInteger(x) ? x : Math.trunc(x), o);
  if (Array.isArray(x)) return { t: 'a', items: x.slice(0, MAX_ITEMS).map((i) => fromPlain(i, o, depth + 1)), o };
  if (typeof x === 'object') {
    const props = new Map<string, VOProp>();
    for (const [k, val] of Object.entries(x as Record<string, unknown>)) props.set(k.toLowerCase(), { key: k, v: fromPlain(val, o, depth + 1) });
    return { t: 'o', props, partial: false, o };
  }
  return unknown('unsupported value', 'unsupported', o);
}

// ARM string() conversion
function armString(v: V, depth = 0): string | undefined {
  switch (v.t) {
    case 'p':
      if (v.v === null) return '';
      if (typeof v.v === 'boolean') return v.v ? 'True' : 'False';
      return String(v.v);
    case 'a':
    case 'o': {
      const state = { partial: false };
      const plain = toPlain(v, state, depth);
      if (state.partial || plain === undefined) return undefined;
      return JSON.stringify(plain);
    }
    default:
      return undefined;
  }
}

function deepEqual(a: V, b: V, ci: boolean, depth = 0): boolean | undefined {
  if (depth > 50) return undefined;
  if (a.t === 'p' && b.t === 'p') {
    if (ci && typeof a.v === 'string' && typeof b.v === 'string') return a.v.toLowerCase() === b.v.toLowerCase();
    return a.v === b.v;
  }
  if (a.t === 'a' && b.t === 'a') {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) {
      const r = deepEqual(a.items[i] as V, b.items[i] as V, ci, depth + 1);
      if (r !== true) return r;
    }
    return true;
  }
  if (a.t === 'o' && b.t === 'o') {
    if (a.partial || b.partial) return undefined;
    if (a.props.size !== b.props.size) return false;
    for (const [k, p] of a.props) {
      const q = b.props.get(k);
      if (!q) return false;
      const r = deepEqual(p.v, q.v, ci, depth + 1);
      if (r !== true) return r;
    }
    return true;
  }
  if (a.t === 'u' || b.t === 'u' || a.t === 'm' || b.t === 'm' || a.t === 'l' || b.t === 'l' || a.t === 'r' || b.t === 'r' || a.t === 'mod' || b.t === 'mod') {
    return undefined;
  }
  return false;
}

/** The origins (and input origins) of several values, for a value computed from them. */
function mergeOrigins(...vs: V[]): Origin[] {
  const out: Origin[] = [];
  for (const v of vs) {
    if ('o' in v) for (const o of v.o) if (out.length < 12) out.push(o);
    if ((v.t === 'p' || v.t === 'a' || v.t === 'o') && v.i) for (const o of v.i) if (out.length < 12) out.push(o);
  }
  return out;
}

function computed(v: VP | VA | VO, producer: Origin, inputs: Origin[]): V {
  return inputs.length > 0 ? { ...v, o: [producer], i: inputs } : { ...v, o: [producer] };
}

// ---------------------------------------------------------------------------------------------
// the evaluator

export class Evaluator {
  private readonly symbolCache = new Map<string, V>();
  private readonly inProgress = new Set<string>();
  private depth = 0;
  private readonly budget: { steps: number };
  private paramSourcesCache: ParamSourceResolved[] | undefined;
  readonly host: FileHost | undefined;
  private readonly crossFileDepth: number;

  constructor(
    readonly model: BicepModel,
    private readonly options: EvaluatorOptions = {},
  ) {
    this.host = options.host;
    this.crossFileDepth = options.crossFileDepth ?? 0;
    this.budget = options.budget ?? { steps: 0 };
  }

  // ------------------------------------------------------------ public API

  /** Evaluate an expression of this file. */
  evaluate(expr: Expr | undefined): EvalResult {
    if (!expr) return { kind: 'unknown', reason: 'no expression', code: 'absent', origins: [] };
    this.budget.steps = 0;
    return toPublic(this.ev(expr, EMPTY_ENV), this.model.path);
  }

  /** Evaluate `expr` and then follow a property path into the value (`a.b.c`). */
  evaluatePath(expr: Expr | undefined, path: string | readonly string[]): EvalResult {
    if (!expr) return { kind: 'unknown', reason: 'no expression', code: 'absent', origins: [] };
    this.budget.steps = 0;
    let v = this.ev(expr, EMPTY_ENV);
    for (const seg of splitPath(path)) v = this.member(v, seg, false, undefined);
    return toPublic(v, this.model.path);
  }

  /** The value of a param (caller value, .bicepparam value, default). */
  param(name: string): EvalResult {
    this.budget.steps = 0;
    return toPublic(this.paramValue(name, undefined), this.model.path);
  }

  /** The value of a var, param (or output) by name. */
  symbol(name: string): EvalResult {
    this.budget.steps = 0;
    if (!this.model.lookup(name)) {
      const out = this.model.outputs.find((o) => o.name === name);
      if (out?.value) return toPublic(withHop(this.ev(out.value, EMPTY_ENV), this.origin(out.value, `output ${name}`)), this.model.path);
    }
    return toPublic(this.symbolValue(name, undefined), this.model.path);
  }

  /**
   * The value of a resource (or module) body property, e.g. `properties.publicNetworkAccess`.
   * Follows variables, `union()`, spreads and ternaries; loop variables range over the loop's items.
   */
  resourceProperty(r: ResourceSymbol | ModuleSymbol, path: string | readonly string[]): EvalResult {
    this.budget.steps = 0;
    return toPublic(this.bodyPath(r, splitPath(path)), this.model.path);
  }

  /** Evaluate in the context of a resource/module body (its loop variables bound). */
  evaluateIn(r: ResourceSymbol | ModuleSymbol, expr: Expr | undefined): EvalResult {
    if (!expr) return { kind: 'unknown', reason: 'no expression', code: 'absent', origins: [] };
    this.budget.steps = 0;
    return toPublic(this.ev(expr, this.loopEnv(r.loop, EMPTY_ENV)), this.model.path);
  }

  /**
   * For a .bicepparam file: the model of the file its `using` points at (local paths read
   * through the host), e.g. to check `target.param(a.name)?.secure` for an assignment.
   */
  usingTarget(): BicepModel | undefined {
    const u = this.model.using;
    if (!u || u.none || !u.source || u.source.kind !== 'local' || !u.source.resolvedPath) return undefined;
    return readModel(this.host, u.source.resolvedPath);
  }

  /** The .bicepparam files whose `using` targets this file (explicit or discovered). */
  paramFiles(): readonly { path: string; model: BicepModel }[] {
    return this.paramSources().map((s) => ({ path: s.path, model: s.model }));
  }

  // ------------------------------------------------------------ internals

  private origin(span: Span, note: string): Origin {
    return { span: { start: span.start, end: span.end }, file: this.model.path, note };
  }

  private bodyPath(r: ResourceSymbol | ModuleSymbol, segs: readonly string[]): V {
    if (r.kind === 'resource' && r.existing && segs[0] !== 'name') return unknown(`resource '${r.name}' is an existing resource`, 'runtime');
    if (!r.body) return unknown(`'${r.name}' has no body`, 'absent');
    // Descend through object literals without evaluating their other properties: a rule
    // reading `properties.publicNetworkAccess` does not pay for the rest of the body (or for
    // the module params it references). Anything dynamic (spread, computed key) falls back to
    // evaluating that object whole, with the same result.
    let node: Expr = r.body;
    let i = 0;
    for (; i < segs.length && node.kind === 'Object'; i++) {
      const found = staticProperty(node, segs[i] as string);
      if (found === 'dynamic') break;
      if (found === undefined) return unknown(`property '${segs[i] as string}' is not set`, 'absent', [this.origin(node, 'object literal')]);
      if (!found.value) return unknown('missing value', 'error');
      node = found.value;
    }
    let v: V = node === r.body ? this.bodyValue(r) : this.partValue(r, node);
    for (; i < segs.length; i++) v = this.member(v, segs[i] as string, false, undefined);
    return v;
  }

  private readonly partCache = new Map<Expr, V>();

  /**
   * A part of a resource's body where static descent stopped (a ternary, `union()`, a
   * variable…), evaluated once per evaluator: rules reading `networkAcls.defaultAction`,
   * `networkAcls.bypass` and `networkAcls.ipRules` share one evaluation of `networkAcls`.
   */
  private partValue(r: ResourceSymbol | ModuleSymbol, node: Expr): V {
    const hit = this.partCache.get(node);
    if (hit) return hit;
    const v = this.ev(node, this.bodyEnv(r));
    this.partCache.set(node, v);
    return v;
  }

  private readonly bodyEnvCache = new Map<ResourceSymbol | ModuleSymbol, Env>();

  private bodyEnv(r: ResourceSymbol | ModuleSymbol): Env {
    let env = this.bodyEnvCache.get(r);
    if (!env) this.bodyEnvCache.set(r, (env = this.loopEnv(r.loop, EMPTY_ENV)));
    return env;
  }

  private readonly bodyCache = new Map<ResourceSymbol | ModuleSymbol, V>();

  /** A resource's or module's whole body, evaluated once per evaluator (every rule reads paths of it). */
  private bodyValue(r: ResourceSymbol | ModuleSymbol): V {
    const hit = this.bodyCache.get(r);
    if (hit) return hit;
    if (!r.body) return unknown(`'${r.name}' has no body`, 'absent');
    const v = this.ev(r.body, this.bodyEnv(r));
    this.bodyCache.set(r, v);
    return v;
  }

  /**
   * The loop variables of a resource / module loop. The collection is evaluated on the first
   * read of a loop variable: most properties rules read never mention it.
   */
  private loopEnv(loop: ForExpr | undefined, env: Env): Env {
    if (!loop || (!loop.item && !loop.index)) return env;
    let vars: Map<string, V> | undefined;
    const compute = (): Map<string, V> => {
      const out = new Map<string, V>();
      const iter = loop.iterable ? this.ev(loop.iterable, env) : unknown('no collection', 'loop');
      const items = this.arrayItems(iter);
      if (loop.item) {
        if (items && items.length > 0) out.set(loop.item.name, oneOf(items));
        else out.set(loop.item.name, unknown(`loop variable '${loop.item.name}'`, 'loop'));
      }
      if (loop.index) {
        if (items && items.length > 0 && items.length <= MAX_OPTIONS) {
          out.set(loop.index.name, oneOf(items.map((_, i) => prim(i, []))));
        } else out.set(loop.index.name, unknown(`loop index '${loop.index.name}'`, 'loop'));
      }
      return out;
    };
    const itemName = loop.item?.name;
    const indexName = loop.index?.name;
    return {
      vars: {
        get: (name: string) => (name === itemName || name === indexName ? (vars ??= compute()).get(name) : undefined),
      },
      parent: env,
    };
  }

  /** Known array items of a value (undefined when not a known array). */
  private arrayItems(v: V): readonly V[] | undefined {
    if (v.t === 'a') return v.items;
    if (v.t === 'o') {
      // `for x in items(obj)` is handled by items(); a plain object is not iterable
      return undefined;
    }
    return undefined;
  }

  /** Count work that is not an expression evaluation (items built by functions). */
  charge(n: number): void {
    this.budget.steps += n;
  }

  ev(e: Expr, env: Env): V {
    if (++this.budget.steps > MAX_STEPS) return unknown('evaluation budget exceeded', 'limit');
    if (this.depth > MAX_DEPTH) return unknown('expression too deep to evaluate', 'limit');
    this.depth++;
    try {
      return this.evInner(e, env);
    } finally {
      this.depth--;
    }
  }

  private evInner(e: Expr, env: Env): V {
    switch (e.kind) {
      case 'String':
        return this.evString(e, env);
      case 'Integer':
        return prim(e.value, [this.origin(e, 'literal')]);
      case 'Boolean':
        return prim(e.value, [this.origin(e, 'literal')]);
      case 'Null':
        return prim(null, [this.origin(e, 'literal')]);
      case 'Object':
        return this.evObject(e, env);
      case 'Array': {
        const items: V[] = [];
        for (const it of e.items) {
          if (it.kind === 'Spread') {
            const s = it.expr ? this.ev(it.expr, env) : unknown('missing spread', 'error');
            const arr = this.arrayItems(s);
            if (!arr) return unknown('spread of an unknown array', s.t === 'u' ? s.code : 'unresolved', [this.origin(e, 'array')]);
            items.push(...arr);
          } else items.push(this.ev(it, env));
          if (items.length > MAX_ITEMS) return unknown('array too large', 'limit');
        }
        return { t: 'a', items, o: [this.origin(e, 'literal')] };
      }
      case 'For':
        return this.evFor(e, env);
      case 'If':
        return e.body ? this.ev(e.body, env) : unknown('missing body', 'error');
      case 'Parens':
        return e.expr ? this.ev(e.expr, env) : unknown('empty parentheses', 'error');
      case 'NonNull':
        return this.ev(e.expr, env);
      case 'Var':
        return this.symbolValue(e.name, env, e);
      case 'Member': {
        if (!e.name) return unknown('incomplete member access', 'error');
        const obj = this.ev(e.object, env);
        return this.member(obj, e.name.name, e.safe, e);
      }
      case 'Index':
        return this.evIndex(e.object, e.index, e.safe, e.fromEnd, env);
      case 'ResourceAccess': {
        const sym = this.model.resourceRef(e);
        if (sym) return { t: 'r', sym, o: [this.origin(e, `resource ${sym.name}`)] };
        return unknown('unresolved nested resource', 'unresolved');
      }
      case 'Unary': {
        if (!e.operand) return unknown('missing operand', 'error');
        const x = this.ev(e.operand, env);
        return this.lift([x], ([a]) => {
          if (e.op === '!') return typeof a === 'boolean' ? !a : undefined;
          return typeof a === 'number' ? -a : undefined;
        }, e);
      }
      case 'Binary':
        return this.evBinary(e.op, e.left, e.right, env, e);
      case 'Ternary': {
        const c = this.ev(e.condition, env);
        const thenV = (): V => (e.then ? this.ev(e.then, env) : unknown('missing branch', 'error'));
        const elseV = (): V => (e.else ? this.ev(e.else, env) : unknown('missing branch', 'error'));
        const b = isTruthyKnown(c);
        if (b === true) return thenV();
        if (b === false) return elseV();
        if (c.t === 'm') {
          const truth = c.options.map(isTruthyKnown);
          if (truth.every((t) => t === true)) return thenV();
          if (truth.every((t) => t === false)) return elseV();
        }
        return oneOf([thenV(), elseV()]);
      }
      case 'Lambda':
        return { t: 'l', params: e.params.map((p) => p.name), body: e.body, env, ev: this };
      case 'Call':
        return this.evCall(e, env);
      case 'Skipped':
        return unknown('syntax error', 'error');
    }
  }

  private evString(e: StringLiteral, env: Env): V {
    if (e.exprs.length === 0) return prim(e.segments[0] ?? '', [this.origin(e, 'literal')]);
    // interpolation: lift over the holes
    const holes = e.exprs.map((x) => this.ev(x, env));
    return this.liftV(holes, (vals) => {
      let s = e.segments[0] ?? '';
      for (let i = 0; i < vals.length; i++) {
        const part = armString(vals[i] as V);
        if (part === undefined) return undefined;
        s += part + (e.segments[i + 1] ?? '');
        if (s.length > MAX_STRING) return undefined;
      }
      return computed(prim(s, []), this.origin(e, 'interpolated string'), mergeOrigins(...vals));
    }, e);
  }

  private evObject(e: ObjectExpr, env: Env): V {
    const props = new Map<string, VOProp>();
    let partial = false;
    for (const it of e.items) {
      if (it.kind === 'Property') {
        let key = it.name;
        if (key === undefined && it.key && it.key.kind === 'String') {
          const k = this.evString(it.key, env);
          key = k.t === 'p' && typeof k.v === 'string' ? k.v : undefined;
        }
        if (key === undefined) {
          partial = true;
          continue;
        }
        const v: V = it.value ? this.ev(it.value, env) : unknown('missing value', 'error');
        props.delete(key.toLowerCase());
        props.set(key.toLowerCase(), { key, v });
      } else if (it.kind === 'Spread') {
        const s = it.expr ? this.ev(it.expr, env) : unknown('missing spread', 'error');
        if (s.t === 'o') {
          if (s.partial) partial = true;
          for (const [k, p] of s.props) {
            props.delete(k);
            props.set(k, p);
          }
        } else partial = true;
      }
      // nested resources and skipped items are not properties
    }
    return { t: 'o', props, partial, o: [this.origin(e, 'object literal')] };
  }

  private evFor(e: ForExpr, env: Env): V {
    const iter = e.iterable ? this.ev(e.iterable, env) : unknown('missing collection', 'error');
    const items = this.arrayItems(iter);
    if (!items) return unknown('loop over an unknown collection', 'loop', [this.origin(e, 'for expression')]);
    if (items.length > MAX_ITEMS) return unknown('loop too large', 'limit');
    const out: V[] = [];
    for (let i = 0; i < items.length; i++) {
      const vars = new Map<string, V>();
      if (e.item) vars.set(e.item.name, items[i] as V);
      if (e.index) vars.set(e.index.name, prim(i, []));
      const inner: Env = { vars, parent: env };
      let body = e.body;
      if (body && body.kind === 'If') {
        const c = body.condition ? this.ev(body.condition, inner) : unknown('missing condition', 'error');
        const b = isTruthyKnown(c);
        if (b === false) continue;
        if (b === undefined) return unknown('loop filter on an unknown condition', 'loop', [this.origin(e, 'for expression')]);
        body = body.body;
      }
      out.push(body ? this.ev(body, inner) : unknown('missing body', 'error'));
      if (this.budget.steps > MAX_STEPS) return unknown('evaluation budget exceeded', 'limit');
    }
    return { t: 'a', items: out, o: [this.origin(e, 'for expression')] };
  }

  private evIndex(objectExpr: Expr, indexExpr: Expr | undefined, safe: boolean, fromEnd: boolean, env: Env): V {
    const obj = this.ev(objectExpr, env);
    if (!indexExpr) return unknown('missing index', 'error');
    const idx = this.ev(indexExpr, env);
    return this.liftV([obj, idx], ([o, i]) => {
      const ov = o as V;
      const iv = i as V;
      if (iv.t !== 'p') return undefined;
      if (ov.t === 'a' && typeof iv.v === 'number') {
        const n = fromEnd ? ov.items.length - iv.v : iv.v;
        const item = ov.items[n];
        if (item === undefined) return safe ? prim(null, ov.o) : unknown(`index ${iv.v} out of range`, 'error');
        return item;
      }
      if (ov.t === 'o' && typeof iv.v === 'string') return this.member(ov, iv.v, safe, undefined);
      if (ov.t === 'p' && ov.v === null && safe) return prim(null, ov.o);
      if (ov.t === 'r' || ov.t === 'mod') return unknown(`indexing '${ov.sym.name}'`, 'runtime');
      return undefined;
    }, objectExpr);
  }

  /** Property access on a value. */
  private member(obj: V, name: string, safe: boolean, at: Expr | undefined): V {
    switch (obj.t) {
      case 'o': {
        const p = obj.props.get(name.toLowerCase());
        if (p) return p.v;
        if (obj.partial) return unknown(`property '${name}' may be set by a part that could not be evaluated`, 'unresolved', obj.o);
        if (safe) return prim(null, obj.o);
        return unknown(`property '${name}' is not set`, 'absent', obj.o);
      }
      case 'p':
        if (obj.v === null && safe) return obj;
        return unknown(`'${name}' of a ${obj.v === null ? 'null' : typeof obj.v} value`, 'error', obj.o);
      case 'm':
        return oneOf(obj.options.map((x) => this.member(x, name, safe, at)));
      case 'u':
        return obj;
      case 'r': {
        const r = obj.sym;
        if (name === 'name' || name === 'properties' || name === 'location' || name === 'tags' || name === 'sku' || name === 'kind' || name === 'identity') {
          if (r.existing && name !== 'name') return unknown(`'${name}' of existing resource '${r.name}'`, 'runtime', obj.o);
          // the evaluator of the resource's own file
          const ev = r.model === this.model ? this : new Evaluator(r.model, { host: this.host, crossFileDepth: this.crossFileDepth + 1, budget: this.budget });
          return ev.bodyPath(r, [name]);
        }
        return unknown(`'${name}' of resource '${r.name}' is known at deployment`, 'runtime', obj.o);
      }
      case 'mod': {
        const m = obj.sym;
        if (obj.outputs) return this.moduleOutput(m, name);
        if (name === 'outputs') return { t: 'mod', sym: m, outputs: true, o: obj.o };
        if (name === 'name') return this.bodyPath(m, ['name']);
        return unknown(`'${name}' of module '${m.name}'`, 'runtime', obj.o);
      }
      case 'a':
        return unknown(`'${name}' of an array`, 'error', obj.o);
      case 'l':
        return unknown(`'${name}' of a lambda`, 'error');
    }
  }

  private moduleOutput(m: ModuleSymbol, outputName: string): V {
    const res = this.resolveModule(m);
    if (!res.evaluator || !res.target) return unknown(`output '${outputName}' of module '${m.name}': ${res.reason ?? 'not resolvable'}`, 'unresolved');
    const out = res.target.outputs.find((o) => o.name === outputName);
    if (!out || !out.value) return unknown(`module '${m.name}' has no output '${outputName}'`, 'error');
    const v = res.evaluator.ev(out.value, EMPTY_ENV);
    return withHop(v, { span: { start: out.nameSpan.start, end: out.nameSpan.end }, file: res.target.path, note: `output ${outputName} of module ${m.name}` });
  }

  private symbolValue(name: string, env: Env | undefined, at?: Expr): V {
    for (let s: Env | undefined = env; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    const sym = this.model.lookup(name);
    if (!sym) {
      if (this.model.isParamsFile) {
        const a = this.model.paramAssignment(name);
        if (a) return this.cached(`pa:${name}`, () => (a.value ? this.ev(a.value, EMPTY_ENV) : unknown('missing value', 'error')));
      }
      return unknown(`'${name}' is not declared`, 'unresolved', at ? [this.origin(at, name)] : []);
    }
    switch (sym.kind) {
      case 'param':
        return this.paramValue(name, at);
      case 'var':
        return this.cached(`var:${name}`, () => {
          if (!sym.value) return unknown(`var ${name} has no value`, 'error');
          return withHop(this.ev(sym.value, EMPTY_ENV), this.origin(sym.value, `value of var ${name}`));
        });
      case 'resource':
        return { t: 'r', sym, o: [this.origin(sym.nameSpan, `resource ${name}`)] };
      case 'module':
        return { t: 'mod', sym, outputs: false, o: [this.origin(sym.nameSpan, `module ${name}`)] };
      case 'import':
        return this.cached(`import:${name}`, () => this.importedValue(sym.from, sym.originalName, name));
      default:
        return unknown(`'${name}' is a ${sym.kind}`, 'unsupported');
    }
  }

  private cached(key: string, compute: () => V): V {
    const hit = this.symbolCache.get(key);
    if (hit) return hit;
    if (this.inProgress.has(key)) return unknown(`'${key.slice(key.indexOf(':') + 1)}' refers to itself`, 'cycle');
    this.inProgress.add(key);
    let v: V;
    try {
      v = compute();
    } finally {
      this.inProgress.delete(key);
    }
    this.symbolCache.set(key, v);
    return v;
  }

  private importedValue(from: string | undefined, original: string, local: string): V {
    if (from === undefined) return unknown(`import '${local}' has no source`, 'error');
    const src = classifyModulePath(from, this.model.path);
    if (src.kind !== 'local' || !src.resolvedPath) return unknown(`'${local}' is imported from ${from}`, 'unresolved');
    if (original === '*') return unknown(`'${local}' is an imported namespace`, 'unsupported');
    if (this.crossFileDepth >= MAX_CROSS_FILE) return unknown('imports nested too deeply', 'limit');
    const target = readModel(this.host, src.resolvedPath);
    if (!target) return unknown(`cannot read ${from}`, 'unresolved');
    const ev = new Evaluator(target, { host: this.host, paramFiles: [], crossFileDepth: this.crossFileDepth + 1, budget: this.budget });
    const sym = target.lookup(original);
    if (!sym || sym.kind !== 'var' || !sym.value) return unknown(`'${original}' is not an exported variable of ${from}`, 'unresolved');
    return withHop(ev.ev(sym.value, EMPTY_ENV), { span: { start: sym.nameSpan.start, end: sym.nameSpan.end }, file: target.path, note: `var ${original} imported from ${from}` });
  }

  private paramValue(name: string, at: Expr | undefined): V {
    return this.cached(`param:${name}`, () => {
      const sym = this.model.param(name);
      if (!sym) return unknown(`param '${name}' is not declared`, 'unresolved');
      const caller = this.options.callerParams?.get(name);
      if (caller) return caller();
      const sources = this.paramSources();
      const fallback = (): V => this.paramDefault(sym);
      if (sources.length === 0) return fallback();
      const options: V[] = [];
      let anyMissing = false;
      for (const src of sources) {
        const a = src.model.paramAssignment(name);
        if (!a || !a.value) {
          anyMissing = true;
          continue;
        }
        const v = src.evaluator.symbolValue(name, undefined);
        options.push(withHop(v, { span: { start: a.value.start, end: a.value.end }, file: src.path, note: `param ${name} assigned in ${basename(src.path)}` }));
      }
      if (anyMissing) options.push(fallback());
      void at;
      return oneOf(options);
    });
  }

  private paramDefault(sym: ParamSymbol): V {
    if (sym.defaultValue) return withHop(this.ev(sym.defaultValue, EMPTY_ENV), this.origin(sym.defaultValue, `default of param ${sym.name}`));
    return unknown(`param ${sym.name} has no default value and no value from a .bicepparam file`, 'param', [this.origin(sym.nameSpan, `param ${sym.name}`)]);
  }

  private paramSources(): ParamSourceResolved[] {
    if (this.paramSourcesCache) return this.paramSourcesCache;
    const out: ParamSourceResolved[] = [];
    if (this.options.callerParams || this.model.isParamsFile) {
      this.paramSourcesCache = out;
      return out;
    }
    const inputs = this.options.paramFiles ?? discoverParamFiles(this.model.path, this.host);
    for (const input of inputs) {
      const model = modelFor(input.path, input.text);
      if (!model.isParamsFile || !model.using?.path || model.using.none) continue;
      const target = resolveRelative(input.path, model.using.path);
      if (!samePath(target, this.model.path)) continue;
      out.push({ path: input.path, model, evaluator: new Evaluator(model, { host: this.host, crossFileDepth: this.crossFileDepth + 1, budget: this.budget }) });
    }
    this.paramSourcesCache = out;
    return out;
  }

  // ------------------------------------------------------------ modules

  private readonly moduleCache = new Map<ModuleSymbol, ModuleResolution>();

  /** Map a module's `params` to the target file's params (local modules only). Cached per module. */
  resolveModule(m: ModuleSymbol): ModuleResolution {
    const hit = this.moduleCache.get(m);
    if (hit) return hit;
    if (this.depth === 0) this.budget.steps = 0; // a call from outside: fresh budget
    if (this.inProgress.has(`module:${m.name}`)) {
      return { module: m, targetPath: m.source.resolvedPath, target: undefined, evaluator: undefined, params: [], reason: 'module refers to itself' };
    }
    this.inProgress.add(`module:${m.name}`);
    try {
      const r = this.resolveModuleUncached(m);
      this.moduleCache.set(m, r);
      return r;
    } finally {
      this.inProgress.delete(`module:${m.name}`);
    }
  }

  private resolveModuleUncached(m: ModuleSymbol): ModuleResolution {
    const src = m.source;
    const base = { module: m, targetPath: src.resolvedPath };
    if (src.kind !== 'local' || !src.resolvedPath) {
      return { ...base, target: undefined, evaluator: undefined, params: this.passedParams(m, undefined), reason: `module source is ${src.kind === 'unknown' ? 'not a static path' : `a ${src.kind} reference`}` };
    }
    if (this.crossFileDepth >= MAX_CROSS_FILE) return { ...base, target: undefined, evaluator: undefined, params: [], reason: 'modules nested too deeply' };
    const target = readModel(this.host, src.resolvedPath);
    if (!target) return { ...base, target: undefined, evaluator: undefined, params: this.passedParams(m, undefined), reason: `cannot read ${src.raw}` };
    const params = this.passedParams(m, target);
    const callerParams = new Map<string, () => V>();
    for (const p of params) if (p.internal) callerParams.set(p.name, p.internal);
    const evaluator = new Evaluator(target, { host: this.host, callerParams, crossFileDepth: this.crossFileDepth + 1, budget: this.budget });
    return { ...base, target, evaluator, params, reason: undefined };
  }

  /**
   * The params a module passes, each evaluated in this (the caller's) file on first use: a
   * rule reading one param of a module does not pay for evaluating the others.
   */
  private passedParams(m: ModuleSymbol, target: BicepModel | undefined): ModuleParamEntry[] {
    const out: ModuleParamEntry[] = [];
    const seen = new Set<string>();
    let env: Env | undefined;
    const loopEnv = () => (env ??= this.loopEnv(m.loop, EMPTY_ENV));
    const hop = (name: string, span: Span): Origin => ({ span, file: this.model.path, note: `passed as param ${name} by module ${m.name} in ${basename(this.model.path)}` });
    const entry = (name: string, property: ObjectProperty | undefined, value: () => V) => {
      out.push(new ModuleParamEntry(name, property, target?.param(name), memo(value), this.model.path));
    };
    // a spread or a whole `params: expr` is evaluated (once) for the names it supplies
    let whole: V | undefined;
    if (m.params) {
      for (const prop of m.params.properties) {
        if (!prop.name) continue;
        seen.add(prop.name);
        const valueExpr = prop.value;
        const name = prop.name;
        entry(name, prop, () => (valueExpr ? withHop(this.ev(valueExpr, loopEnv()), hop(name, { start: prop.start, end: prop.end })) : unknown('missing value', 'error')));
      }
      if (m.params.items.some((i) => i.kind === 'Spread')) whole = this.ev(m.params, loopEnv());
    } else if (m.paramsProperty?.value) {
      whole = this.ev(m.paramsProperty.value, loopEnv());
    }
    if (whole) {
      const w = whole;
      if (w.t === 'o') {
        const at = m.params ? { start: m.params.start, end: m.params.end } : { start: m.paramsProperty?.start ?? 0, end: m.paramsProperty?.end ?? 0 };
        for (const p of w.props.values()) {
          if (seen.has(p.key)) continue;
          seen.add(p.key);
          const v = p.v;
          const key = p.key;
          entry(key, undefined, () => withHop(v, hop(key, at)));
        }
      }
    }
    if (target) {
      for (const p of target.params) {
        if (seen.has(p.name)) continue;
        out.push(new ModuleParamEntry(p.name, undefined, p, undefined, this.model.path));
      }
    }
    return out;
  }

  // ------------------------------------------------------------ operators

  private lift(args: V[], fn: (vals: Prim[]) => Prim | undefined, at: Expr): V {
    return this.liftV(args, (vals) => {
      const ps: Prim[] = [];
      for (const v of vals) {
        if (v.t !== 'p') return undefined;
        ps.push(v.v);
      }
      const r = fn(ps);
      return r === undefined ? undefined : computed(prim(r, []), this.origin(at, 'expression'), mergeOrigins(...vals));
    }, at);
  }

  /** Apply `fn` over all combinations of the options of `args`; unknowns propagate. */
  private liftV(args: readonly V[], fn: (vals: V[]) => V | undefined, at: Expr | undefined): V {
    const unknownArg = args.find((a): a is VU => a.t === 'u');
    if (unknownArg) return unknownArg;
    if (!args.some((a) => a.t === 'm')) {
      const r = fn(args.slice());
      return r ?? unknown('cannot be evaluated statically', 'unsupported', at ? [this.origin(at, 'expression')] : []);
    }
    let combos: V[][] = [[]];
    for (const a of args) {
      const opts = a.t === 'm' ? a.options : [a];
      const next: V[][] = [];
      for (const c of combos) {
        for (const o of opts) {
          next.push([...c, o]);
          if (next.length > MAX_COMBINATIONS) return unknown('too many possible values', 'limit');
        }
      }
      combos = next;
    }
    const results: V[] = [];
    for (const c of combos) {
      if (c.some((x) => x.t === 'u')) {
        results.push(c.find((x) => x.t === 'u') as V);
        continue;
      }
      results.push(fn(c) ?? unknown('cannot be evaluated statically', 'unsupported'));
    }
    return oneOf(results);
  }

  private evBinary(op: string, leftE: Expr, rightE: Expr | undefined, env: Env, at: Expr): V {
    if (!rightE) return unknown('missing operand', 'error');
    const left = this.ev(leftE, env);
    // short-circuit and coalesce keep unknowns on one side
    if (op === '&&' || op === '||') {
      const lb = isTruthyKnown(left);
      if (op === '&&' && lb === false) return left;
      if (op === '||' && lb === true) return left;
      const right = this.ev(rightE, env);
      const rb = isTruthyKnown(right);
      if (op === '&&' && rb === false && left.t !== 'p') return right;
      if (op === '||' && rb === true && left.t !== 'p') return right;
      return this.lift([left, right], ([a, b]) => {
        if (typeof a !== 'boolean' || typeof b !== 'boolean') return undefined;
        return op === '&&' ? a && b : a || b;
      }, at);
    }
    if (op === '??') {
      const options = left.t === 'm' ? left.options : [left];
      const out: V[] = [];
      let right: V | undefined;
      for (const o of options) {
        if (o.t === 'p' && o.v === null) out.push((right ??= this.ev(rightE, env)));
        else if (o.t === 'u') {
          out.push(o);
          out.push((right ??= this.ev(rightE, env)));
        } else out.push(o);
      }
      return oneOf(out);
    }
    const right = this.ev(rightE, env);
    if (op === '==' || op === '!=' || op === '=~' || op === '!~') {
      const ci = op === '=~' || op === '!~';
      const neg = op === '!=' || op === '!~';
      return this.liftV([left, right], ([a, b]) => {
        const eq = deepEqual(a as V, b as V, ci);
        if (eq === undefined) return undefined;
        return computed(prim(neg ? !eq : eq, []), this.origin(at, 'comparison'), mergeOrigins(a as V, b as V));
      }, at);
    }
    return this.lift([left, right], ([a, b]) => {
      if (typeof a === 'number' && typeof b === 'number') {
        switch (op) {
          case '+':
            return a + b;
          case '-':
            return a - b;
          case '*':
            return a * b;
          case '/':
            return b === 0 ? undefined : Math.trunc(a / b);
          case '%':
            return b === 0 ? undefined : a % b;
          case '<':
            return a < b;
          case '<=':
            return a <= b;
          case '>':
            return a > b;
          case '>=':
            return a >= b;
        }
      }
      if (typeof a === 'string' && typeof b === 'string') {
        switch (op) {
          case '<':
            return a < b;
          case '<=':
            return a <= b;
          case '>':
            return a > b;
          case '>=':
            return a >= b;
        }
      }
      return undefined;
    }, at);
  }

  // ------------------------------------------------------------ functions

  private evCall(e: Expr & { kind: 'Call' }, env: Env): V {
    const name = e.name.name;
    if (e.target) {
      // namespace calls: sys.x() / az.x(); everything else is an instance function (listKeys…)
      const t = e.target;
      if (t.kind === 'Var' && (t.name === 'sys' || t.name === 'az') && !this.model.lookup(t.name)) return this.callFunction(name, e, env);
      if (t.kind === 'Var') {
        const sym = this.model.lookup(t.name);
        if (sym && sym.kind === 'import' && sym.originalName === '*') return unknown(`${t.name}.${name}() from an imported namespace`, 'unsupported');
      }
      return unknown(`${name}() is evaluated at deployment`, 'runtime', [this.origin(e, `${name}()`)]);
    }
    // user-defined function?
    const sym = this.model.lookup(name);
    if (sym && sym.kind === 'func' && sym.decl.lambda) return this.applyTypedLambda(sym.decl.lambda, e, env);
    return this.callFunction(name, e, env);
  }

  private applyTypedLambda(l: TypedLambdaExpr, call: Expr & { kind: 'Call' }, env: Env): V {
    if (!l.body) return unknown('function without body', 'error');
    const vars = new Map<string, V>();
    l.params.forEach((p, i) => {
      if (!p.name) return;
      const a = call.args[i];
      vars.set(p.name.name, a ? this.ev(a, env) : unknown('missing argument', 'error'));
    });
    return this.ev(l.body, { vars, parent: EMPTY_ENV });
  }

  private applyLambda(f: V, args: V[]): V {
    if (f.t !== 'l') return unknown('not a lambda', 'error');
    if (!f.body) return unknown('lambda without body', 'error');
    const vars = new Map<string, V>();
    f.params.forEach((p, i) => vars.set(p, args[i] ?? unknown('missing argument', 'error')));
    return f.ev.ev(f.body, { vars, parent: f.env });
  }

  private callFunction(rawName: string, e: Expr & { kind: 'Call' }, env: Env): V {
    const name = rawName.toLowerCase();
    const at = (note: string): Origin[] => [this.origin(e, note)];
    if (RUNTIME_FUNCTIONS.has(name)) return unknown(`${rawName}() is known only at deployment`, 'runtime', at(`${rawName}()`));
    const argv = (): V[] => e.args.map((a) => this.ev(a, env));
    const mk = (v: Prim): V => prim(v, at(`${rawName}()`));
    switch (name) {
      case 'loadtextcontent':
      case 'loadjsoncontent':
      case 'loadyamlcontent':
      case 'loadfileasbase64':
        return this.loadFile(name, e, env);
      case 'filter':
      case 'map':
      case 'sort':
      case 'reduce':
      case 'toobject':
      case 'groupby':
      case 'mapvalues':
        return this.lambdaFunction(name, argv(), e);
      default:
        break;
    }
    const args = argv();
    // own properties only: a workspace name such as `constructor` or `__proto__` must not reach Object.prototype
    const impl = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!impl) return unknown(`${rawName}() is not evaluated`, 'unsupported', at(`${rawName}()`));
    return this.liftV(args, (vals) => {
      const r = impl(vals, mk, this);
      if (r === undefined) return undefined;
      if (r.t === 'a') this.charge(r.items.length);
      else if (r.t === 'o') this.charge(r.props.size);
      if (this.budget.steps > MAX_STEPS) return unknown('evaluation budget exceeded', 'limit');
      // a function that returns one of its arguments (coalesce, if) keeps that argument's provenance
      if (vals.includes(r)) return r;
      if (r.t === 'p' || r.t === 'a' || r.t === 'o') return computed(r, this.origin(e, `${rawName}()`), mergeOrigins(...vals));
      return r;
    }, e);
  }

  private lambdaFunction(name: string, args: V[], e: Expr): V {
    const [coll, a1, a2] = args;
    if (!coll) return unknown('missing argument', 'error');
    if (coll.t === 'u') return coll;
    const items = coll.t === 'a' ? coll.items : undefined;
    const o = [this.origin(e, `${name}()`)];
    if (name === 'mapvalues') {
      if (coll.t !== 'o' || !a1) return unknown(`${name}() on an unknown object`, 'unresolved', o);
      const props = new Map<string, VOProp>();
      for (const [k, p] of coll.props) props.set(k, { key: p.key, v: this.applyLambda(a1, [p.v]) });
      return { t: 'o', props, partial: coll.partial, o };
    }
    if (!items) return unknown(`${name}() on an unknown collection`, 'unresolved', o);
    switch (name) {
      case 'filter': {
        if (!a1) return unknown('missing lambda', 'error');
        const out: V[] = [];
        for (let i = 0; i < items.length; i++) {
          const keep = isTruthyKnown(this.applyLambda(a1, [items[i] as V, prim(i, [])]));
          if (keep === undefined) return unknown('filter() with an unknown predicate', 'unresolved', o);
          if (keep) out.push(items[i] as V);
        }
        return { t: 'a', items: out, o };
      }
      case 'map': {
        if (!a1) return unknown('missing lambda', 'error');
        const out: V[] = [];
        for (let i = 0; i < items.length; i++) {
          out.push(this.applyLambda(a1, [items[i] as V, prim(i, [])]));
          if (this.budget.steps > MAX_STEPS) return unknown('evaluation budget exceeded', 'limit');
        }
        return { t: 'a', items: out, o };
      }
      case 'reduce': {
        if (!a1 || !a2) return unknown('missing argument', 'error');
        let acc = a1;
        for (let i = 0; i < items.length; i++) acc = this.applyLambda(a2, [acc, items[i] as V, prim(i, [])]);
        return acc;
      }
      case 'toobject': {
        if (!a1) return unknown('missing lambda', 'error');
        const props = new Map<string, VOProp>();
        for (const it of items) {
          const k = this.applyLambda(a1, [it]);
          if (k.t !== 'p' || typeof k.v !== 'string') return unknown('toObject() with an unknown key', 'unresolved', o);
          const v = a2 ? this.applyLambda(a2, [it]) : it;
          props.set(k.v.toLowerCase(), { key: k.v, v });
        }
        return { t: 'o', props, partial: false, o };
      }
      default:
        return unknown(`${name}() is not evaluated`, 'unsupported', o);
    }
  }

  private loadFile(name: string, e: Expr & { kind: 'Call' }, env: Env): V {
    const first = e.args[0];
    const p = first ? this.ev(first, env) : undefined;
    if (!p || p.t !== 'p' || typeof p.v !== 'string') return unknown(`${name}() with an unknown path`, 'unresolved');
    if (name === 'loadfileasbase64') return unknown('loadFileAsBase64() is not evaluated', 'unsupported');
    const full = resolveRelative(this.model.path, p.v);
    let text: string | undefined;
    try {
      text = this.host?.readFile(full);
    } catch {
      text = undefined;
    }
    if (text === undefined) return unknown(`cannot read ${p.v}`, 'unresolved');
    if (text.length > MAX_STRING) return unknown(`${p.v} is too large`, 'limit');
    const o: Origin[] = [{ span: { start: 0, end: Math.min(text.length, 1) }, file: full, note: `content of ${p.v}` }, this.origin(e, `${name}()`)];
    if (name === 'loadtextcontent') return prim(text, o);
    if (name === 'loadjsoncontent') {
      try {
        return fromPlain(JSON.parse(text), o);
      } catch {
        return unknown(`${p.v} is not valid JSON`, 'error');
      }
    }
    return unknown(`${name}() is not evaluated`, 'unsupported');
  }
}

BicepModel.defaultEvaluatorFactory = (m: BicepModel) => new Evaluator(m);

// ---------------------------------------------------------------------------------------------
// built-in functions (pure, over known values)

type Impl = (args: V[], mk: (v: Prim) => V, ev: Evaluator) => V | undefined;

const RUNTIME_FUNCTIONS = new Set([
  'resourcegroup',
  'subscription',
  'managementgroup',
  'tenant',
  'deployment',
  'deployer',
  'environment',
  'uniquestring',
  'guid',
  'newguid',
  'utcnow',
  'reference',
  'resourceid',
  'subscriptionresourceid',
  'tenantresourceid',
  'extensionresourceid',
  'managementgroupresourceid',
  'listkeys',
  'listsecrets',
  'list',
  'getsecret',
  'pickzones',
  'providers',
  'readenvironmentvariable',
  'externalinput',
  'datetimeadd',
  'datetimefromepoch',
  'datetimetoepoch',
  'base64',
  'base64tostring',
  'base64tojson',
  'datauri',
  'datauritostring',
  'uri',
  'uricomponent',
  'uricomponenttostring',
]);

const str = (v: V | undefined): string | undefined => (v && v.t === 'p' && typeof v.v === 'string' ? v.v : undefined);
const num = (v: V | undefined): number | undefined => (v && v.t === 'p' && typeof v.v === 'number' ? v.v : undefined);

function lengthOf(v: V | undefined): number | undefined {
  if (!v) return undefined;
  if (v.t === 'p' && typeof v.v === 'string') return v.v.length;
  if (v.t === 'a') return v.items.length;
  if (v.t === 'o') return v.partial ? undefined : v.props.size;
  return undefined;
}

function formatString(fmt: string, args: V[]): string | undefined {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i] as string;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      const close = fmt.indexOf('}', i);
      if (close < 0) return undefined;
      const spec = fmt.slice(i + 1, close);
      const colon = spec.indexOf(':');
      const idx = Number(colon >= 0 ? spec.slice(0, colon) : spec);
      const arg = args[idx];
      if (!Number.isInteger(idx) || !arg) return undefined;
      const s = armString(arg);
      if (s === undefined) return undefined;
      out += s;
      i = close + 1;
      continue;
    }
    if (c === '}' && fmt[i + 1] === '}') {
      out += '}';
      i += 2;
      continue;
    }
    out += c;
    i++;
    if (out.length > MAX_STRING) return undefined;
  }
  return out;
}

function unionValues(args: V[]): V | undefined {
  if (args.every((a) => a.t === 'o')) {
    let acc: VO | undefined;
    for (const a of args as VO[]) acc = acc ? mergeObjects(acc, a, 0) : a;
    return acc;
  }
  if (args.every((a) => a.t === 'a')) {
    const out: V[] = [];
    for (const a of args as VA[]) {
      for (const it of a.items) {
        if (out.some((x) => deepEqual(x, it, false) === true)) continue;
        out.push(it);
        if (out.length > MAX_ITEMS) return undefined;
      }
    }
    return { t: 'a', items: out, o: [] };
  }
  return undefined;
}

function mergeObjects(a: VO, b: VO, depth: number): VO {
  const props = new Map(a.props);
  for (const [k, p] of b.props) {
    const existing = props.get(k);
    if (existing && existing.v.t === 'o' && p.v.t === 'o' && depth < 50) props.set(k, { key: existing.key, v: mergeObjects(existing.v, p.v, depth + 1) });
    else {
      props.delete(k);
      props.set(k, p);
    }
  }
  return { t: 'o', props, partial: a.partial || b.partial, o: [...a.o, ...b.o].slice(0, 12) };
}

const FUNCTIONS: Record<string, Impl> = {
  tolower: ([s], mk) => (str(s) !== undefined ? mk((str(s) as string).toLowerCase()) : undefined),
  toupper: ([s], mk) => (str(s) !== undefined ? mk((str(s) as string).toUpperCase()) : undefined),
  trim: ([s], mk) => (str(s) !== undefined ? mk((str(s) as string).trim()) : undefined),
  replace: ([s, a, b], mk) => {
    const x = str(s);
    const y = str(a);
    const z = str(b);
    if (x === undefined || y === undefined || z === undefined || y === '') return undefined;
    const r = x.split(y).join(z);
    return r.length > MAX_STRING ? undefined : mk(r);
  },
  substring: ([s, a, b], mk) => {
    const x = str(s);
    const start = num(a) ?? 0;
    if (x === undefined) return undefined;
    const len = b ? num(b) : x.length - start;
    if (len === undefined || start < 0 || len < 0 || start + len > x.length) return undefined;
    return mk(x.substr(start, len));
  },
  startswith: ([s, p], mk) => (str(s) !== undefined && str(p) !== undefined ? mk((str(s) as string).toLowerCase().startsWith((str(p) as string).toLowerCase())) : undefined),
  endswith: ([s, p], mk) => (str(s) !== undefined && str(p) !== undefined ? mk((str(s) as string).toLowerCase().endsWith((str(p) as string).toLowerCase())) : undefined),
  indexof: ([s, p], mk) => {
    if (s && s.t === 'a' && p) return mk(s.items.findIndex((x) => deepEqual(x, p, false) === true));
    return str(s) !== undefined && str(p) !== undefined ? mk((str(s) as string).toLowerCase().indexOf((str(p) as string).toLowerCase())) : undefined;
  },
  lastindexof: ([s, p], mk) => (str(s) !== undefined && str(p) !== undefined ? mk((str(s) as string).toLowerCase().lastIndexOf((str(p) as string).toLowerCase())) : undefined),
  split: ([s, d], mk) => {
    const x = str(s);
    if (x === undefined || !d) return undefined;
    let parts: string[];
    if (d.t === 'a') {
      const delims = d.items.map(str);
      if (delims.some((z) => z === undefined || z === '')) return undefined;
      parts = [x];
      for (const dl of delims as string[]) parts = parts.flatMap((p) => p.split(dl));
    } else {
      const dl = str(d);
      if (dl === undefined || dl === '') return undefined;
      parts = x.split(dl);
    }
    if (parts.length > MAX_ITEMS) return undefined;
    const o = (mk('') as VP).o;
    return { t: 'a', items: parts.map((p) => prim(p, o)), o };
  },
  join: ([a, d], mk) => {
    const dl = str(d);
    if (!a || a.t !== 'a' || dl === undefined) return undefined;
    const parts = a.items.map((x) => armString(x));
    if (parts.some((p) => p === undefined)) return undefined;
    const r = parts.join(dl);
    return r.length > MAX_STRING ? undefined : mk(r);
  },
  padleft: ([s, n, c], mk) => {
    const x = s ? armString(s) : undefined;
    const w = num(n);
    const ch = c ? str(c) : ' ';
    if (x === undefined || w === undefined || ch === undefined || w > 10000) return undefined;
    return mk(x.padStart(w, ch.slice(0, 1) || ' '));
  },
  format: ([f, ...rest], mk) => {
    const fmt = str(f);
    if (fmt === undefined) return undefined;
    const r = formatString(fmt, rest);
    return r === undefined ? undefined : mk(r);
  },
  string: ([x], mk) => {
    const s = x ? armString(x) : undefined;
    return s === undefined ? undefined : mk(s);
  },
  concat: (args, mk) => {
    if (args.length === 0) return mk('');
    if (args.every((a) => a.t === 'a')) {
      const items: V[] = [];
      for (const a of args as VA[]) items.push(...a.items);
      return items.length > MAX_ITEMS ? undefined : { t: 'a', items, o: [] };
    }
    let s = '';
    for (const a of args) {
      const part = armString(a);
      if (part === undefined || a.t !== 'p') return undefined;
      s += part;
      if (s.length > MAX_STRING) return undefined;
    }
    return mk(s);
  },
  length: ([x], mk) => {
    const n = lengthOf(x);
    return n === undefined ? undefined : mk(n);
  },
  empty: ([x], mk) => {
    if (x && x.t === 'p' && x.v === null) return mk(true);
    const n = lengthOf(x);
    return n === undefined ? undefined : mk(n === 0);
  },
  contains: ([c, item], mk) => {
    if (!c || !item) return undefined;
    if (c.t === 'p' && typeof c.v === 'string') {
      const s = item.t === 'p' ? armString(item) : undefined;
      return s === undefined ? undefined : mk(c.v.includes(s));
    }
    if (c.t === 'a') {
      let sawUnknown = false;
      for (const x of c.items) {
        const eq = deepEqual(x, item, false);
        if (eq === true) return mk(true);
        if (eq === undefined) sawUnknown = true;
      }
      return sawUnknown ? undefined : mk(false);
    }
    if (c.t === 'o') {
      const k = str(item);
      if (k === undefined) return undefined;
      if (c.props.has(k.toLowerCase())) return mk(true);
      return c.partial ? undefined : mk(false);
    }
    return undefined;
  },
  bool: ([x], mk) => {
    if (!x || x.t !== 'p') return undefined;
    if (typeof x.v === 'boolean') return mk(x.v);
    if (typeof x.v === 'number') return mk(x.v !== 0);
    if (typeof x.v === 'string') {
      const l = x.v.toLowerCase();
      if (l === 'true' || l === '1') return mk(true);
      if (l === 'false' || l === '0') return mk(false);
    }
    return undefined;
  },
  int: ([x], mk) => {
    if (!x || x.t !== 'p') return undefined;
    if (typeof x.v === 'number') return mk(x.v);
    if (typeof x.v === 'string' && /^[+-]?\d{1,15}$/.test(x.v.trim())) return mk(Number(x.v.trim()));
    return undefined;
  },
  json: ([x]) => {
    const s = str(x);
    if (s === undefined) return undefined;
    try {
      return fromPlain(JSON.parse(s), []);
    } catch {
      return undefined;
    }
  },
  union: (args) => unionValues(args),
  coalesce: (args) => {
    for (const a of args) {
      if (a.t === 'p' && a.v === null) continue;
      return a;
    }
    return prim(null, []);
  },
  equals: ([a, b], mk) => {
    if (!a || !b) return undefined;
    const eq = deepEqual(a, b, false);
    return eq === undefined ? undefined : mk(eq);
  },
  not: ([a], mk) => (a && a.t === 'p' && typeof a.v === 'boolean' ? mk(!a.v) : undefined),
  and: (args, mk) => (args.every((a) => a.t === 'p' && typeof a.v === 'boolean') ? mk(args.every((a) => (a as VP).v === true)) : undefined),
  or: (args, mk) => (args.every((a) => a.t === 'p' && typeof a.v === 'boolean') ? mk(args.some((a) => (a as VP).v === true)) : undefined),
  first: ([x], mk) => {
    if (x && x.t === 'a') return x.items[0] ?? mk(null);
    const s = str(x);
    return s === undefined ? undefined : mk(s.slice(0, 1));
  },
  last: ([x], mk) => {
    if (x && x.t === 'a') return x.items[x.items.length - 1] ?? mk(null);
    const s = str(x);
    return s === undefined ? undefined : mk(s.slice(-1));
  },
  take: ([x, n], mk) => {
    const k = num(n);
    if (k === undefined || !x) return undefined;
    if (x.t === 'a') return { t: 'a', items: x.items.slice(0, Math.max(0, k)), o: [] };
    const s = str(x);
    return s === undefined ? undefined : mk(s.slice(0, Math.max(0, k)));
  },
  skip: ([x, n], mk) => {
    const k = num(n);
    if (k === undefined || !x) return undefined;
    if (x.t === 'a') return { t: 'a', items: x.items.slice(Math.max(0, k)), o: [] };
    const s = str(x);
    return s === undefined ? undefined : mk(s.slice(Math.max(0, k)));
  },
  array: ([x]) => (x ? (x.t === 'a' ? x : { t: 'a', items: [x], o: [] }) : undefined),
  createarray: (args) => ({ t: 'a', items: args, o: [] }),
  createobject: (args) => {
    if (args.length % 2 !== 0) return undefined;
    const props = new Map<string, VOProp>();
    for (let i = 0; i < args.length; i += 2) {
      const k = str(args[i]);
      if (k === undefined) return undefined;
      props.set(k.toLowerCase(), { key: k, v: args[i + 1] as V });
    }
    return { t: 'o', props, partial: false, o: [] };
  },
  range: ([a, b]) => {
    const start = num(a);
    const count = num(b);
    if (start === undefined || count === undefined || count < 0 || count > MAX_ITEMS) return undefined;
    const items: V[] = [];
    for (let i = 0; i < count; i++) items.push(prim(start + i, []));
    return { t: 'a', items, o: [] };
  },
  min: (args, mk) => {
    const ns = (args.length === 1 && args[0]?.t === 'a' ? args[0].items : args).map(num);
    return ns.length && ns.every((n) => n !== undefined) ? mk(Math.min(...(ns as number[]))) : undefined;
  },
  max: (args, mk) => {
    const ns = (args.length === 1 && args[0]?.t === 'a' ? args[0].items : args).map(num);
    return ns.length && ns.every((n) => n !== undefined) ? mk(Math.max(...(ns as number[]))) : undefined;
  },
  objectkeys: ([x], mk) => {
    if (!x || x.t !== 'o' || x.partial) return undefined;
    const o = (mk('') as VP).o;
    return { t: 'a', items: [...x.props.values()].map((p) => prim(p.key, o)), o };
  },
  items: ([x], mk) => {
    if (!x || x.t !== 'o' || x.partial) return undefined;
    const o = (mk('') as VP).o;
    const entries = [...x.props.values()].sort((p, q) => (p.key.toLowerCase() < q.key.toLowerCase() ? -1 : 1));
    return {
      t: 'a',
      items: entries.map((p) => ({
        t: 'o',
        props: new Map<string, VOProp>([
          ['key', { key: 'key', v: prim(p.key, o) }],
          ['value', { key: 'value', v: p.v }],
        ]),
        partial: false,
        o,
      })),
      o,
    };
  },
  intersection: (args) => {
    if (args.length === 0 || !args.every((a) => a.t === 'a')) return undefined;
    const [firstArr, ...rest] = args as VA[];
    const items = (firstArr as VA).items.filter((x) => rest.every((r) => r.items.some((y) => deepEqual(x, y, false) === true)));
    return { t: 'a', items, o: [] };
  },
};

// ---------------------------------------------------------------------------------------------
// .bicepparam discovery and module resolution results

interface ParamSourceResolved {
  readonly path: string;
  readonly model: BicepModel;
  readonly evaluator: Evaluator;
}

export interface ModuleParam {
  readonly name: string;
  /** The `name: value` property in the caller's `params` object (undefined when spread or computed). */
  readonly property: ObjectProperty | undefined;
  /** The target file's param of that name (undefined when the target is not readable or has no such param). */
  readonly param: ParamSymbol | undefined;
  /** The value the caller passes (evaluated in the caller), or unknown 'absent' when not passed. */
  readonly value: EvalResult;
}

/** A passed param whose value is computed on first read (`internal` undefined: not passed). */
class ModuleParamEntry implements ModuleParam {
  private publicValue: EvalResult | undefined;
  constructor(
    readonly name: string,
    readonly property: ObjectProperty | undefined,
    readonly param: ParamSymbol | undefined,
    readonly internal: (() => V) | undefined,
    private readonly callerFile: string,
  ) {}
  get value(): EvalResult {
    if (!this.internal) return { kind: 'unknown', reason: 'not passed by the caller', code: 'absent', origins: [] };
    return (this.publicValue ??= toPublic(this.internal(), this.callerFile));
  }
}

function memo<T>(f: () => T): () => T {
  let done = false;
  let v: T | undefined;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v as T;
  };
}

export interface ModuleResolution {
  readonly module: ModuleSymbol;
  /** Absolute path of a local module's file. */
  readonly targetPath: string | undefined;
  /** The module file's model (local modules the host can read). */
  readonly target: BicepModel | undefined;
  /** Evaluator of the module file, its params bound to the caller's values. */
  readonly evaluator: Evaluator | undefined;
  readonly params: readonly ModuleParam[];
  /** Why the target could not be resolved. */
  readonly reason: string | undefined;
}

/** Optional directory listing a FileHost may offer (duck-typed). */
interface ListingHost extends FileHost {
  listFiles?(absoluteDir: string): readonly string[] | undefined;
  readDir?(absoluteDir: string): readonly string[] | undefined;
}

export function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

function dirname(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(0, i) : '';
}

/**
 * Candidate .bicepparam files for a .bicep file: `<base>.bicepparam` and a few common
 * names next to it, plus every `*.bicepparam` in the folder when the host can list it.
 * Only those whose `using` resolves to the file are used.
 */
export function discoverParamFiles(bicepPath: string, host: FileHost | undefined): ParamFileInput[] {
  if (!host || !bicepPath.toLowerCase().endsWith('.bicep')) return [];
  const dir = dirname(bicepPath);
  const sep = bicepPath.includes('\\') && !bicepPath.includes('/') ? '\\' : '/';
  const base = basename(bicepPath).slice(0, -'.bicep'.length);
  const names = new Set<string>([
    `${base}.bicepparam`,
    `${base}.parameters.bicepparam`,
    `${base}.params.bicepparam`,
    'main.bicepparam',
    'parameters.bicepparam',
    'params.bicepparam',
  ]);
  const lh = host as ListingHost;
  const lister = lh.listFiles ?? lh.readDir;
  if (typeof lister === 'function') {
    let listed: readonly string[] | undefined;
    try {
      listed = lister.call(host, dir);
    } catch {
      listed = undefined; // listing is optional
    }
    if (listed) {
      // the folder's listing is authoritative: read only the .bicepparam files it has
      names.clear();
      for (const f of listed.slice(0, 1000)) if (f.toLowerCase().endsWith('.bicepparam')) names.add(basename(f));
    }
  }
  const out: ParamFileInput[] = [];
  for (const n of names) {
    const full = dir ? `${dir}${sep}${n}` : n;
    let text: string | undefined;
    try {
      text = host.readFile(full);
    } catch {
      text = undefined;
    }
    if (text !== undefined && text.length <= 4 * MAX_STRING) out.push({ path: full, text });
  }
  return out;
}

/** `findProperty` re-export for evaluator users. */
export { findProperty };
