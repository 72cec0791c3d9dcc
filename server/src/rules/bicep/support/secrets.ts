/**
 * Secret flow through Bicep expressions (syntax-level, follows vars): which secure params,
 * non-secure params, `list*()` calls, Key Vault `getSecret()` calls, runtime values and
 * literals an expression is built from. Rules use it to tell "a deploy-time constant typed
 * into a sensitive property" from "a secure param / runtime value".
 */
import type { AnalysisDocument } from '../../../engine/document';
import type { Fix, RelatedLocation, TextEdit } from '../../../engine/types';
import type { BicepModel, CallExpr, Expr, Node, ParamSymbol, StringLiteral } from '../../../languages/bicep';
import { childrenOf } from '../../../languages/bicep/visit';
import { addDecoratorFix, extractToSecureParamFix, isLiteralNode } from './fixes';
import { clip } from './values';

export interface SecretFlow {
  /** `@secure()` params referenced (directly or through vars). */
  readonly secureParams: readonly ParamSymbol[];
  /** Params without `@secure()` referenced (directly or through vars). */
  readonly insecureParams: readonly ParamSymbol[];
  /** `listKeys()`, `sa.listKeys()`, `listConnectionStrings()`… calls. */
  readonly listCalls: readonly CallExpr[];
  /** `kv.getSecret()` / `az.getSecret()` calls. */
  readonly getSecretCalls: readonly CallExpr[];
  /** Non-empty literal strings / numbers the value is built from (in this file). */
  readonly literals: readonly Expr[];
  /** References resolved only at deployment (resource properties, module outputs, `reference()`, runtime functions). */
  readonly runtime: boolean;
  /** Something could not be followed (loop / lambda variables, imports, cycles, limits). */
  readonly unknown: boolean;
  /** The expression is `''`, `null` or `{}` (allowed for secure inputs). */
  readonly empty: boolean;
}

/** Values not known when the template is written: generated, read at deployment, or read from the environment. */
const RUNTIME_FUNCTIONS = new Set(['reference', 'newguid', 'utcnow', 'readenvironmentvariable', 'externalinput']);

/** Member names of a secure object that hold the secret itself. */
const SECRET_MEMBER = /password|passwd|pwd|secret|key|token|credential|connectionstring|sas|cert/i;

/** Functions whose result does not carry their argument's value. */
const DERIVED_FUNCTIONS = new Set(['empty', 'length', 'contains', 'equals', 'startswith', 'endswith', 'bool', 'indexof', 'lastindexof']);
const NONE: readonly never[] = Object.freeze([]);

/** `list` with `item` appended: a new array when it is the shared empty one. */
function add<T>(list: readonly T[], item: T): readonly T[] {
  if (list === NONE) return [item];
  (list as T[]).push(item);
  return list;
}

/** The variables bound by no lambda or loop (shared: never added to). */
const NOTHING_BOUND: ReadonlySet<string> = new Set<string>();
const BOOLEAN_OPS = new Set(['==', '!=', '=~', '!~', '<', '<=', '>', '>=', '&&', '||']);

export function isListCall(e: CallExpr): boolean {
  return /^list/i.test(e.name.name);
}

function isEmptyLiteral(e: Expr): boolean {
  if (e.kind === 'Null') return true;
  if (e.kind === 'String') return e.exprs.length === 0 && (e.segments[0] ?? '') === '';
  if (e.kind === 'Object') return e.items.length === 0;
  if (e.kind === 'Parens') return e.expr !== undefined && isEmptyLiteral(e.expr);
  return false;
}

/** Analyse an expression of `model` (vars followed up to a depth). */
export function secretFlow(model: BicepModel, expr: Expr | undefined, opts: { maxNodes?: number } = {}): SecretFlow {
  // lists start as one shared empty array and are made on first use: most values carry nothing
  const flow = {
    secureParams: NONE as readonly ParamSymbol[],
    insecureParams: NONE as readonly ParamSymbol[],
    listCalls: NONE as readonly CallExpr[],
    getSecretCalls: NONE as readonly CallExpr[],
    literals: NONE as readonly Expr[],
    runtime: false,
    unknown: false,
    empty: expr ? isEmptyLiteral(expr) : true,
  };
  if (!expr) return flow;
  // a literal is the common case (module params, outputs): nothing to follow
  switch (expr.kind) {
    case 'String':
      if (expr.exprs.length === 0) {
        if (expr.segments.some((x) => x.length > 0)) flow.literals = [expr];
        return flow;
      }
      break;
    case 'Integer':
      flow.literals = [expr];
      return flow;
    case 'Boolean':
    case 'Null':
      return flow;
    default:
      break;
  }
  const maxNodes = opts.maxNodes ?? 20_000;
  let count = 0;
  let seenVars: Set<string> | undefined;
  // parallel stacks: a node and the names bound where it sits
  const nodes: Node[] = [expr];
  const bounds: ReadonlySet<string>[] = [NOTHING_BOUND];
  while (nodes.length) {
    if (++count > maxNodes) {
      flow.unknown = true;
      break;
    }
    const node = nodes.pop() as Node;
    const bound = bounds.pop() as ReadonlySet<string>;
    let kids: readonly Node[] | undefined;
    let childBound = bound;
    switch (node.kind) {
      case 'String': {
        const s = node as StringLiteral;
        if (s.segments.some((x) => x.length > 0)) flow.literals = add(flow.literals, s);
        break;
      }
      case 'Integer':
        flow.literals = add(flow.literals, node as Expr);
        break;
      case 'Var': {
        const name = (node as Expr & { kind: 'Var' }).name;
        if (bound.has(name)) {
          flow.unknown = true;
          break;
        }
        const sym = model.lookup(name);
        if (!sym) {
          // .bicepparam assignments and undeclared names
          flow.unknown = true;
          break;
        }
        if (sym.kind === 'param') {
          if (sym.secure) {
            if (!flow.secureParams.includes(sym)) flow.secureParams = add(flow.secureParams, sym);
          } else if (!flow.insecureParams.includes(sym)) flow.insecureParams = add(flow.insecureParams, sym);
        } else if (sym.kind === 'var') {
          if (!seenVars?.has(name) && sym.value) {
            (seenVars ??= new Set()).add(name);
            nodes.push(sym.value);
            bounds.push(NOTHING_BOUND);
          }
        } else if (sym.kind === 'resource' || sym.kind === 'module') {
          flow.runtime = true;
        } else flow.unknown = true;
        break;
      }
      case 'Call': {
        const c = node as CallExpr;
        const name = c.name.name.toLowerCase();
        if (isListCall(c)) {
          flow.listCalls = add(flow.listCalls, c);
          break; // its arguments are resource ids and API versions
        }
        if (name === 'getsecret') {
          flow.getSecretCalls = add(flow.getSecretCalls, c);
          break;
        }
        if (DERIVED_FUNCTIONS.has(name) && c.target === undefined) break; // a boolean or a length reveals nothing
        if (RUNTIME_FUNCTIONS.has(name) && (c.target === undefined || (c.target.kind === 'Var' && c.target.name === 'az') || (c.target.kind === 'Var' && c.target.name === 'sys'))) {
          flow.runtime = true;
          break;
        }
        if (c.target && c.target.kind === 'Var') {
          const t = model.lookup(c.target.name);
          if (t && (t.kind === 'resource' || t.kind === 'module')) {
            flow.runtime = true;
            break;
          }
        }
        kids = c.args;
        break;
      }
      case 'Lambda': {
        const l = node as Expr & { kind: 'Lambda' };
        const b = new Set(bound);
        for (const p of l.params) b.add(p.name);
        childBound = b;
        kids = l.body ? [l.body] : [];
        break;
      }
      case 'For': {
        const f = node as Expr & { kind: 'For' };
        const b = new Set(bound);
        if (f.item) b.add(f.item.name);
        if (f.index) b.add(f.index.name);
        childBound = b;
        kids = childrenOf(node) as Node[];
        break;
      }
      case 'Member':
      case 'Index': {
        // a non-secret field of a secure object param (`cfg.name`) is not the secret
        const names: string[] = [];
        let base: Expr = node as Expr;
        while (base.kind === 'Member' || base.kind === 'Index' || base.kind === 'NonNull') {
          if (base.kind === 'Member' && base.name) names.push(base.name.name);
          if (base.kind === 'Index' && base.index?.kind === 'String' && base.index.exprs.length === 0) names.push(base.index.segments[0] ?? '');
          base = base.kind === 'NonNull' ? base.expr : base.object;
        }
        if (base.kind === 'Var' && !bound.has(base.name) && names.length > 0) {
          const sym = model.lookup(base.name);
          if (sym && sym.kind === 'param' && sym.secure && sym.primitive !== 'string' && !names.some((n) => SECRET_MEMBER.test(n))) {
            kids = [];
            break;
          }
        }
        if (node.kind === 'Index') {
          const ix = node as Expr & { kind: 'Index' };
          kids = ix.index && ix.index.kind !== 'String' ? [ix.object, ix.index] : [ix.object];
        }
        break;
      }
      case 'Ternary': {
        // the condition decides, it does not flow into the value
        const t = node as Expr & { kind: 'Ternary' };
        kids = [t.then, t.else].filter((x): x is Expr => x !== undefined);
        break;
      }
      case 'Binary': {
        const b = node as Expr & { kind: 'Binary' };
        if (BOOLEAN_OPS.has(b.op)) kids = [];
        break;
      }
      case 'Unary':
        if ((node as Expr & { kind: 'Unary' }).op === '!') kids = [];
        break;
      case 'Property': {
        const pr = node as Node & { kind: 'Property'; value: Expr | undefined };
        kids = pr.value ? [pr.value] : [];
        break;
      }
      default:
        break;
    }
    const next = kids ?? (node.kind === 'Var' || node.kind === 'String' || node.kind === 'Call' ? [] : (childrenOf(node) as Node[]));
    if (node.kind === 'String') {
      for (const x of (node as StringLiteral).exprs) {
        nodes.push(x);
        bounds.push(childBound);
      }
      continue;
    }
    for (let i = next.length - 1; i >= 0; i--) {
      nodes.push(next[i] as Node);
      bounds.push(childBound);
    }
  }
  return flow;
}

/** Does the value carry a secret (secure param, list*() result, Key Vault secret)? */
export function carriesSecret(flow: SecretFlow): boolean {
  return flow.secureParams.length > 0 || flow.listCalls.length > 0 || flow.getSecretCalls.length > 0;
}

/**
 * A deploy-time constant of non-secure origin in a sensitive property: literals or non-secure
 * params, and nothing secure or runtime. `''` / `null` / `{}` are allowed.
 */
export function isInsecureConstant(flow: SecretFlow): boolean {
  if (flow.empty || flow.unknown || flow.runtime || carriesSecret(flow)) return false;
  return flow.literals.length > 0 || flow.insecureParams.length > 0;
}

/** How a secret-bearing value was assembled, for messages: `a hard-coded value`, `param pwd, which is not @secure()`. */
export function describeInsecureSource(flow: SecretFlow): string {
  const p = flow.insecureParams[0];
  if (p && flow.literals.length === 0) return `param ${clip(p.name)}, which is not @secure()`;
  if (p) return `a hard-coded value and param ${clip(p.name)}, which is not @secure()`;
  return 'a hard-coded value';
}

export interface SensitiveFinding {
  readonly flow: SecretFlow;
  /** `{{source}}` for the message. */
  readonly source: string;
  readonly related: RelatedLocation[];
  readonly fixes: Fix[];
}

/**
 * Judge the value of a sensitive property (a password, key, credential): undefined when it is
 * fine (secure param, Key Vault, runtime value, empty), else what to report — related locations
 * at the params / literals it comes from (never the value itself) and fixes: add `@secure()` to
 * the params (safe) or move a literal into a new `@secure()` param (unsafe).
 */
export function judgeSensitiveValue(doc: AnalysisDocument, model: BicepModel, value: Expr | undefined, paramBaseName: string): SensitiveFinding | undefined {
  if (!value) return undefined;
  const flow = secretFlow(model, value);
  if (!isInsecureConstant(flow)) return undefined;
  const related: RelatedLocation[] = [];
  for (const p of flow.insecureParams.slice(0, 3)) related.push({ message: `param ${clip(p.name)} is not @secure()`, span: { start: p.nameSpan.start, end: p.nameSpan.end } });
  for (const l of flow.literals.slice(0, 1)) {
    if (l.start >= value.start && l.end <= value.end) continue;
    related.push({ message: 'Hard-coded here', span: { start: l.start, end: l.end } });
  }
  const fixes: Fix[] = [];
  if (flow.literals.length === 0 && flow.insecureParams.length > 0) {
    const edits = flow.insecureParams.map((p) => addDecoratorFix(doc, p, '@secure()', 'x').edits[0] as TextEdit);
    fixes.push({ title: flow.insecureParams.length === 1 ? `Add @secure() to param ${clip((flow.insecureParams[0] as ParamSymbol).name)}` : 'Add @secure() to the params', edits, safety: 'safe' });
  } else if (isLiteralNode(value as Node) && flow.insecureParams.length === 0) {
    fixes.push(extractToSecureParamFix(doc, { start: value.start, end: value.end }, paramBaseName));
  }
  return { flow, source: describeInsecureSource(flow), related, fixes };
}

/**
 * Whether a param's type can hold secrets safely: `@secure()` on the param, or a (local) user-
 * defined type with `@secure()` members; `undefined` when the type is imported or unresolvable
 * (then callers should not guess).
 */
export function paramTypeSecurity(p: ParamSymbol): 'secure' | 'insecure' | undefined {
  if (p.secure) return 'secure';
  // a module's params are asked once per caller and rule: answer each declaration once
  const known = typeSecurity.get(p);
  if (known !== undefined) return known ?? undefined;
  const answer = typeSecurityOf(p);
  typeSecurity.set(p, answer ?? null);
  return answer;
}

const typeSecurity = new WeakMap<ParamSymbol, 'secure' | 'insecure' | null>();

function typeSecurityOf(p: ParamSymbol): 'secure' | 'insecure' | undefined {
  const seen = new Set<string>();
  const stack: Node[] = p.type ? [p.type as Node] : [];
  let n = 0;
  let unresolved = false;
  while (stack.length && n++ < 5000) {
    const x = stack.pop() as Node;
    if (x.kind === 'TypeProperty' || x.kind === 'TupleItem') {
      const decorators = (x as Node & { decorators: readonly { name: string | undefined }[] }).decorators;
      if (decorators.some((d) => d.name === 'secure')) return 'secure';
    }
    if (x.kind === 'TypeRef') {
      const name = (x as Node & { name: string }).name;
      if (['string', 'int', 'bool', 'object', 'array', 'any'].includes(name)) continue;
      if (name === 'secureString' || name === 'secureObject') return 'secure';
      if (seen.has(name)) continue;
      seen.add(name);
      const sym = p.model.lookup(name);
      if (sym && sym.kind === 'type' && sym.value) stack.push(sym.value as Node);
      else unresolved = true;
      continue;
    }
    if (x.kind === 'TypeParameterized' || x.kind === 'TypeResource' || x.kind === 'TypeMember') {
      unresolved = true;
      continue;
    }
    for (const c of childrenOf(x)) stack.push(c as Node);
  }
  return unresolved ? undefined : 'insecure';
}
