/**
 * Semantic model of one Bicep / .bicepparam file: the declared symbols (params, vars,
 * resources with their full type, modules, outputs, types, functions, imports), the
 * .bicepparam `using` target and assignments, and property look-ups on object bodies
 * that answer "where is properties.x, or where would it go".
 */
import type {
  Decorator,
  Expr,
  ExtensionDecl,
  ForExpr,
  FuncDecl,
  Identifier,
  ImportDecl,
  MetadataDecl,
  ModuleDecl,
  ObjectExpr,
  ObjectProperty,
  OutputDecl,
  ParamAssignmentDecl,
  ParamDecl,
  Program,
  ResourceDecl,
  SpanLike,
  Statement,
  StringLiteral,
  TypeDecl,
  TypeExpr,
  UsingDecl,
  VarDecl,
} from './ast';
import type { Span } from '../../engine/types';
import type { Evaluator } from './evaluate';
import { objectLayout } from './layout';
import type { ObjectLayout } from './layout';

// ---------------------------------------------------------------------------------------------
// symbols

export interface DecoratorInfo {
  /** Name without namespace (`description` for `@sys.description`). */
  readonly name: string;
  readonly namespace: string | undefined;
  readonly args: readonly Expr[];
  readonly node: Decorator;
}

interface SymbolBase {
  readonly name: string;
  readonly nameSpan: Span;
  readonly decorators: readonly DecoratorInfo[];
  /** `@description('…')` / `@sys.description('…')` text when it is a plain string. */
  readonly description: string | undefined;
  readonly model: BicepModel;
}

export type PrimitiveType = 'string' | 'int' | 'bool' | 'object' | 'array';

export interface ParamSymbol extends SymbolBase {
  readonly kind: 'param';
  readonly decl: ParamDecl;
  readonly type: TypeExpr | undefined;
  /** Source text of the type (`string`, `resourceInput<'…'>.properties`, `'A' | 'B'`). */
  readonly typeText: string;
  /** The underlying primitive when it can be told from the syntax (aliases resolved). */
  readonly primitive: PrimitiveType | undefined;
  /** `T?` */
  readonly nullable: boolean;
  /** `@secure()` or the legacy `secureString` / `secureObject` types. */
  readonly secure: boolean;
  readonly defaultValue: Expr | undefined;
  /** `@allowed([…])` argument. */
  readonly allowed: Expr | undefined;
}

export interface VarSymbol extends SymbolBase {
  readonly kind: 'var';
  readonly decl: VarDecl;
  readonly type: TypeExpr | undefined;
  readonly value: Expr | undefined;
}

export interface OutputSymbol extends SymbolBase {
  readonly kind: 'output';
  readonly decl: OutputDecl;
  readonly type: TypeExpr | undefined;
  readonly typeText: string;
  readonly secure: boolean;
  readonly value: Expr | undefined;
}

export type ParentVia = 'nested' | 'parent-property' | 'name';

export interface ResourceSymbol extends SymbolBase {
  readonly kind: 'resource';
  readonly decl: ResourceDecl;
  /** Full resource type without the API version, e.g. `Microsoft.Storage/storageAccounts/blobServices`. */
  readonly type: string | undefined;
  /** Lower-cased `type`, for comparisons (resource types are case-insensitive). */
  readonly typeLower: string | undefined;
  readonly apiVersion: string | undefined;
  /** The type string literal as written (`'blobServices'` for a nested child). */
  readonly typeString: StringLiteral | undefined;
  readonly existing: boolean;
  /** The parent resource symbol (nested declaration or `parent:` property). */
  readonly parent: ResourceSymbol | undefined;
  /** How the parent relation is expressed; `name` when the name is `'parent/child'`. */
  readonly parentVia: ParentVia | undefined;
  /** Set when declared inside another resource's body. */
  readonly nestedIn: ResourceSymbol | undefined;
  readonly children: ResourceSymbol[];
  /** The object literal holding `name`, `properties`… (inside `if`/`for` when present). */
  readonly body: ObjectExpr | undefined;
  /** `if (cond)` condition. */
  readonly condition: Expr | undefined;
  /** `[for … in …: …]` loop. */
  readonly loop: ForExpr | undefined;
  /** `@batchSize(n)` argument. */
  readonly batchSize: Expr | undefined;
  /** Look up a property by dotted path (`properties.networkAcls.defaultAction`). */
  get(path: string | readonly string[]): PropertyLookup;
}

export type ModuleSourceKind = 'local' | 'registry' | 'template-spec' | 'unknown';

export interface ModuleSource {
  readonly kind: ModuleSourceKind;
  /** The path string as written. */
  readonly raw: string;
  /** Local: the path as written; registry: `avm/res/…`; template spec: `sub/rg/name`. */
  readonly ref: string;
  /** `br/public:…` → `public`; `br:` / `ts:` → undefined. */
  readonly alias: string | undefined;
  /** `br:myacr.azurecr.io/…` → `myacr.azurecr.io`. */
  readonly registry: string | undefined;
  /** Tag / version after the last ':' (or digest after '@'). */
  readonly version: string | undefined;
  /** Local modules: absolute path resolved against the declaring file. */
  readonly resolvedPath: string | undefined;
}

export interface ModuleSymbol extends SymbolBase {
  readonly kind: 'module';
  readonly decl: ModuleDecl;
  readonly path: string | undefined;
  readonly pathLiteral: StringLiteral | undefined;
  readonly source: ModuleSource;
  readonly body: ObjectExpr | undefined;
  /** The `params:` object literal, when written as one. */
  readonly params: ObjectExpr | undefined;
  readonly paramsProperty: ObjectProperty | undefined;
  readonly condition: Expr | undefined;
  readonly loop: ForExpr | undefined;
  readonly batchSize: Expr | undefined;
  get(path: string | readonly string[]): PropertyLookup;
}

export interface TypeSymbol extends SymbolBase {
  readonly kind: 'type';
  readonly decl: TypeDecl;
  readonly value: TypeExpr | undefined;
  readonly exported: boolean;
}

export interface FuncSymbol extends SymbolBase {
  readonly kind: 'func';
  readonly decl: FuncDecl;
  readonly exported: boolean;
}

export interface ImportSymbol extends SymbolBase {
  readonly kind: 'import';
  readonly decl: ImportDecl;
  /** The exported name in the source file (or `*` for a wildcard namespace). */
  readonly originalName: string;
  readonly from: string | undefined;
  readonly fromKind: ModuleSourceKind;
}

export interface ParamAssignment {
  readonly kind: 'paramAssignment';
  readonly name: string;
  readonly nameSpan: Span;
  readonly decl: ParamAssignmentDecl;
  readonly value: Expr | undefined;
  readonly model: BicepModel;
}

export interface UsingInfo {
  readonly decl: UsingDecl;
  /** undefined for `using none`. */
  readonly path: string | undefined;
  readonly pathSpan: Span | undefined;
  readonly none: boolean;
  readonly source: ModuleSource | undefined;
}

export type BicepSymbol = ParamSymbol | VarSymbol | OutputSymbol | ResourceSymbol | ModuleSymbol | TypeSymbol | FuncSymbol | ImportSymbol;

// ---------------------------------------------------------------------------------------------
// property look-up

export type PropertyLookup =
  | {
      readonly found: true;
      readonly property: ObjectProperty;
      readonly keySpan: Span;
      /** The value expression (undefined when typed half-way). */
      readonly value: Expr | undefined;
      /** The whole `key: value` span. */
      readonly span: Span;
      /** The object that holds the property. */
      readonly object: ObjectExpr;
    }
  | {
      readonly found: false;
      /** Deepest object literal reached on the path: where the missing part would be inserted. */
      readonly object: ObjectExpr | undefined;
      /** The remaining path segments that are absent below `object`. */
      readonly missing: readonly string[];
      /**
       * Set when the path runs into a value that is not an object literal (a variable, a
       * ternary, `union(…)`): the property may exist at deployment; use the evaluator.
       */
      readonly blockedBy: Expr | undefined;
      /** Braces and indentation of `object` (set by ResourceSymbol.get / ModuleSymbol.get). */
      readonly layout?: ObjectLayout;
    };

/** Find a property of an object literal; exact key match first, then case-insensitive. */
export function findProperty(obj: ObjectExpr, name: string): ObjectProperty | undefined {
  let ci: ObjectProperty | undefined;
  const lower = name.toLowerCase();
  for (const p of obj.properties) {
    if (p.name === undefined) continue;
    if (p.name === name) return p;
    if (!ci && p.name.toLowerCase() === lower) ci = p;
  }
  return ci;
}

/**
 * The property `name` (case-insensitive) of an object literal as evaluation would find it: the
 * last one written when it comes after every spread and computed key (a later key overrides
 * what a spread brings), undefined when absent from an object of static properties only, and
 * `'dynamic'` when a spread or a computed key could supply it (the object must then be
 * evaluated whole).
 */
export function staticProperty(obj: ObjectExpr, name: string): ObjectProperty | undefined | 'dynamic' {
  const lower = name.toLowerCase();
  let found: ObjectProperty | undefined;
  let dynamic = false;
  for (const it of obj.items) {
    if (it.kind === 'Spread' || (it.kind === 'Property' && it.name === undefined)) {
      dynamic = true;
      found = undefined; // anything written before can be overridden
      continue;
    }
    if (it.kind !== 'Property') continue;
    if (it.name !== undefined && it.name.length === lower.length && it.name.toLowerCase() === lower) found = it;
  }
  return found ?? (dynamic ? 'dynamic' : undefined);
}

export function splitPath(path: string | readonly string[]): readonly string[] {
  if (typeof path !== 'string') return path;
  return path.split('.').filter((s) => s.length > 0);
}

/** Look a dotted path up in an object literal. */
export function lookupProperty(obj: ObjectExpr | undefined, path: string | readonly string[]): PropertyLookup {
  const segs = splitPath(path);
  if (!obj) return { found: false, object: undefined, missing: segs, blockedBy: undefined };
  let current: ObjectExpr = obj;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string;
    const prop = findProperty(current, seg);
    if (!prop) return { found: false, object: current, missing: segs.slice(i), blockedBy: undefined };
    if (i === segs.length - 1) {
      const keySpan: Span = prop.key ? { start: prop.key.start, end: prop.key.end } : { start: prop.start, end: prop.start };
      return { found: true, property: prop, keySpan, value: prop.value, span: { start: prop.start, end: prop.end }, object: current };
    }
    const v = prop.value;
    if (!v || v.kind !== 'Object') {
      return { found: false, object: current, missing: segs.slice(i), blockedBy: v };
    }
    current = v;
  }
  return { found: false, object: current, missing: [], blockedBy: undefined };
}

// ---------------------------------------------------------------------------------------------
// helpers

function decoratorInfos(decorators: readonly Decorator[]): DecoratorInfo[] {
  const out: DecoratorInfo[] = [];
  for (const d of decorators) {
    if (d.name) out.push({ name: d.name, namespace: d.namespace, args: d.args, node: d });
  }
  return out;
}

export function findDecorator(decorators: readonly DecoratorInfo[], name: string): DecoratorInfo | undefined {
  for (const d of decorators) if (d.name === name && (d.namespace === undefined || d.namespace === 'sys')) return d;
  return undefined;
}

/** The value of a non-interpolated string literal. */
export function stringValue(e: Expr | TypeExpr | undefined): string | undefined {
  if (!e || e.kind !== 'String' || e.exprs.length > 0) return undefined;
  return e.segments[0];
}

function descriptionOf(decorators: readonly DecoratorInfo[]): string | undefined {
  const d = findDecorator(decorators, 'description');
  return d ? stringValue(d.args[0]) : undefined;
}

function idSpan(id: Identifier | undefined, fallback: SpanLike): Span {
  return id ? { start: id.start, end: id.end } : { start: fallback.start, end: fallback.end };
}

/** Classify a module / import / using path string. */
export function classifyModulePath(raw: string, fromFile: string | undefined): ModuleSource {
  const lastColon = (s: string): [string, string | undefined] => {
    const at = s.lastIndexOf('@');
    if (at > 0 && s.slice(at + 1).startsWith('sha256:')) return [s.slice(0, at), s.slice(at + 1)];
    const c = s.lastIndexOf(':');
    return c > 0 ? [s.slice(0, c), s.slice(c + 1)] : [s, undefined];
  };
  if (raw.startsWith('br/') || raw.startsWith('ts/')) {
    const colon = raw.indexOf(':');
    const alias = colon > 0 ? raw.slice(3, colon) : raw.slice(3);
    const rest = colon > 0 ? raw.slice(colon + 1) : '';
    const [ref, version] = lastColon(rest);
    return { kind: raw.startsWith('br/') ? 'registry' : 'template-spec', raw, ref, alias, registry: undefined, version, resolvedPath: undefined };
  }
  if (raw.startsWith('br:') || raw.startsWith('ts:')) {
    const rest = raw.slice(3);
    const [pathPart, version] = lastColon(rest);
    const slash = pathPart.indexOf('/');
    const isBr = raw.startsWith('br:');
    const registry = isBr && slash > 0 ? pathPart.slice(0, slash) : undefined;
    const ref = isBr && slash > 0 ? pathPart.slice(slash + 1) : pathPart;
    return { kind: isBr ? 'registry' : 'template-spec', raw, ref, alias: undefined, registry, version, resolvedPath: undefined };
  }
  if (raw.length === 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    return { kind: 'unknown', raw, ref: raw, alias: undefined, registry: undefined, version: undefined, resolvedPath: undefined };
  }
  return { kind: 'local', raw, ref: raw, alias: undefined, registry: undefined, version: undefined, resolvedPath: fromFile ? resolveRelative(fromFile, raw) : undefined };
}

/** Resolve `rel` against the folder of `fromFile`; works with `/` and `\` separators. */
export function resolveRelative(fromFile: string, rel: string): string {
  const sep = fromFile.includes('\\') && !fromFile.includes('/') ? '\\' : '/';
  const norm = (s: string) => s.replace(/\\/g, '/');
  const from = norm(fromFile);
  const r = norm(rel);
  let base: string[];
  if (r.startsWith('/') || /^[a-zA-Z]:\//.test(r)) base = [];
  else {
    base = from.split('/');
    base.pop();
  }
  for (const part of r.split('/')) {
    if (part === '' || part === '.') {
      if (base.length === 0) base.push('');
      continue;
    }
    if (part === '..') {
      if (base.length > 1) base.pop();
      continue;
    }
    base.push(part);
  }
  const joined = base.join('/');
  return sep === '\\' ? joined.replace(/\//g, '\\') : joined;
}

export function samePath(a: string, b: string): boolean {
  if (a === b) return true; // the common case (origins compared with their own file), without normalising
  const plain = (s: string) => !s.includes('\\') && !s.includes('//');
  const n = (s: string) => (plain(s) ? s : s.replace(/\\/g, '/').replace(/\/+/g, '/'));
  const x = n(a);
  const y = n(b);
  if (x === y) return true;
  // Windows drive letters and case-insensitive file systems
  return /^[a-zA-Z]:\//.test(x) && x.toLowerCase() === y.toLowerCase();
}

function splitResourceType(s: string | undefined): { type: string | undefined; apiVersion: string | undefined } {
  if (s === undefined) return { type: undefined, apiVersion: undefined };
  const at = s.indexOf('@');
  if (at < 0) return { type: s, apiVersion: undefined };
  return { type: s.slice(0, at), apiVersion: s.slice(at + 1) };
}

/** Walk `if`/`for` wrappers down to the body object. */
function unwrapBody(body: Expr | undefined): { obj: ObjectExpr | undefined; condition: Expr | undefined; loop: ForExpr | undefined } {
  let condition: Expr | undefined;
  let loop: ForExpr | undefined;
  let e = body;
  if (e && e.kind === 'For') {
    loop = e;
    e = e.body;
  }
  if (e && e.kind === 'If') {
    condition = e.condition;
    return { obj: e.body, condition, loop };
  }
  return { obj: e && e.kind === 'Object' ? e : undefined, condition, loop };
}

// ---------------------------------------------------------------------------------------------
// model

export class BicepModel {
  readonly isParamsFile: boolean;
  readonly params: ParamSymbol[] = [];
  readonly vars: VarSymbol[] = [];
  readonly outputs: OutputSymbol[] = [];
  /** Every resource, nested ones included, in source order. */
  readonly resources: ResourceSymbol[] = [];
  readonly modules: ModuleSymbol[] = [];
  readonly types: TypeSymbol[] = [];
  readonly functions: FuncSymbol[] = [];
  readonly imports: ImportSymbol[] = [];
  readonly extensions: ExtensionDecl[] = [];
  readonly metadata: MetadataDecl[] = [];
  readonly paramAssignments: ParamAssignment[] = [];
  targetScope: string | undefined;
  using: UsingInfo | undefined;
  extendsPath: string | undefined;
  private readonly byName = new Map<string, BicepSymbol>();
  private lineStartsCache: number[] | undefined;
  private evaluatorInstance: Evaluator | undefined;
  /** Set by getBicep(doc): builds the evaluator with the document's FileHost. */
  evaluatorFactory: ((m: BicepModel) => Evaluator) | undefined;
  /** Registered by evaluate.ts (avoids a runtime import cycle). */
  static defaultEvaluatorFactory: ((m: BicepModel) => Evaluator) | undefined;

  constructor(
    readonly program: Program,
    readonly text: string,
    /** Absolute path of the file (or a stable key). */
    readonly path: string,
  ) {
    this.isParamsFile = program.isParamsFile;
    this.build();
  }

  /**
   * The value evaluator of this file (created on first use). For a document analysed by
   * the engine it reads sibling .bicepparam files and local modules through the document's host.
   */
  get evaluator(): Evaluator {
    if (!this.evaluatorInstance) {
      const f = this.evaluatorFactory ?? BicepModel.defaultEvaluatorFactory;
      if (!f) throw new Error('Bicep evaluator not loaded');
      this.evaluatorInstance = f(this);
    }
    return this.evaluatorInstance;
  }

  /** Drop the evaluator (and its caches) so that the next use builds a new one from `evaluatorFactory`. */
  resetEvaluator(): void {
    this.evaluatorInstance = undefined;
  }

  /** Top-level symbol (or nested resource, when its name is unique) by name. */
  lookup(name: string): BicepSymbol | undefined {
    return this.byName.get(name);
  }

  param(name: string): ParamSymbol | undefined {
    const s = this.byName.get(name);
    return s && s.kind === 'param' ? s : undefined;
  }

  paramAssignment(name: string): ParamAssignment | undefined {
    for (const a of this.paramAssignments) if (a.name === name) return a;
    return undefined;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    if (!this.lineStartsCache) {
      const starts = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10) starts.push(i + 1);
      }
      this.lineStartsCache = starts;
    }
    const starts = this.lineStartsCache;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  slice(span: SpanLike): string {
    return this.text.slice(span.start, span.end);
  }

  private define(sym: BicepSymbol): void {
    if (!this.byName.has(sym.name)) this.byName.set(sym.name, sym);
  }

  private build(): void {
    const topLevelResources: ResourceSymbol[] = [];
    for (const st of this.program.statements) this.statement(st, topLevelResources);
    // `parent:` references and 'a/b' names (after all symbols are known)
    for (const r of this.resources) {
      if (r.parent || !r.body) continue;
      const p = findProperty(r.body, 'parent');
      const target = p?.value ? this.resourceRef(p.value) : undefined;
      if (target) {
        (r as { parent: ResourceSymbol | undefined }).parent = target;
        (r as { parentVia: ParentVia | undefined }).parentVia = 'parent-property';
        target.children.push(r);
        continue;
      }
      const n = findProperty(r.body, 'name');
      const nv = n?.value;
      if (nv && nv.kind === 'String' && nv.segments.some((s) => s.includes('/'))) {
        (r as { parentVia: ParentVia | undefined }).parentVia = 'name';
      }
    }
    // primitives need every type alias to be known
    for (const p of this.params) (p as { primitive: PrimitiveType | undefined }).primitive = this.primitiveOf(p.type, 0);
  }

  /** The resource a `parent:` value refers to (`ws`, `sa::blob`). */
  resourceRef(e: Expr): ResourceSymbol | undefined {
    if (e.kind === 'Var') {
      const s = this.byName.get(e.name);
      return s && s.kind === 'resource' ? s : undefined;
    }
    if (e.kind === 'ResourceAccess' && e.name) {
      const base = this.resourceRef(e.object);
      if (!base) return undefined;
      const name = e.name.name;
      return base.children.find((c) => c.name === name && c.nestedIn === base);
    }
    if (e.kind === 'NonNull' || e.kind === 'Parens') return e.kind === 'Parens' ? (e.expr ? this.resourceRef(e.expr) : undefined) : this.resourceRef(e.expr);
    if (e.kind === 'Index') return this.resourceRef(e.object);
    return undefined;
  }

  private statement(st: Statement, topLevelResources: ResourceSymbol[]): void {
    switch (st.kind) {
      case 'Param':
        if (st.name) this.addParam(st);
        return;
      case 'VarDecl':
        if (st.name) {
          const decorators = decoratorInfos(st.decorators);
          const sym: VarSymbol = {
            kind: 'var',
            name: st.name.name,
            nameSpan: idSpan(st.name, st),
            decorators,
            description: descriptionOf(decorators),
            model: this,
            decl: st,
            type: st.type,
            value: st.value,
          };
          this.vars.push(sym);
          this.define(sym);
        }
        return;
      case 'Output':
        if (st.name) {
          const decorators = decoratorInfos(st.decorators);
          const sym: OutputSymbol = {
            kind: 'output',
            name: st.name.name,
            nameSpan: idSpan(st.name, st),
            decorators,
            description: descriptionOf(decorators),
            model: this,
            decl: st,
            type: st.type,
            typeText: st.type ? this.slice(st.type) : '',
            secure: findDecorator(decorators, 'secure') !== undefined,
            value: st.value,
          };
          this.outputs.push(sym);
          // outputs live in their own namespace in Bicep; not defined in byName
        }
        return;
      case 'Resource':
        this.addResource(st, undefined, topLevelResources);
        return;
      case 'Module':
        if (st.name) this.addModule(st);
        return;
      case 'TypeDecl':
        if (st.name) {
          const decorators = decoratorInfos(st.decorators);
          const sym: TypeSymbol = {
            kind: 'type',
            name: st.name.name,
            nameSpan: idSpan(st.name, st),
            decorators,
            description: descriptionOf(decorators),
            model: this,
            decl: st,
            value: st.value,
            exported: findDecorator(decorators, 'export') !== undefined,
          };
          this.types.push(sym);
          this.define(sym);
        }
        return;
      case 'Func':
        if (st.name) {
          const decorators = decoratorInfos(st.decorators);
          const sym: FuncSymbol = {
            kind: 'func',
            name: st.name.name,
            nameSpan: idSpan(st.name, st),
            decorators,
            description: descriptionOf(decorators),
            model: this,
            decl: st,
            exported: findDecorator(decorators, 'export') !== undefined,
          };
          this.functions.push(sym);
          this.define(sym);
        }
        return;
      case 'Import': {
        const from = stringValue(st.from);
        const fromKind = from !== undefined ? classifyModulePath(from, this.path).kind : 'unknown';
        const decorators = decoratorInfos(st.decorators);
        if (st.wildcard && st.wildcardAlias) {
          const sym: ImportSymbol = {
            kind: 'import',
            name: st.wildcardAlias.name,
            nameSpan: idSpan(st.wildcardAlias, st),
            decorators,
            description: undefined,
            model: this,
            decl: st,
            originalName: '*',
            from,
            fromKind,
          };
          this.imports.push(sym);
          this.define(sym);
        }
        for (const item of st.items ?? []) {
          const local = item.alias ?? (item.original.kind === 'Identifier' ? item.original : undefined);
          if (!local || item.originalName === undefined) continue;
          const sym: ImportSymbol = {
            kind: 'import',
            name: local.name,
            nameSpan: idSpan(local, item),
            decorators,
            description: undefined,
            model: this,
            decl: st,
            originalName: item.originalName,
            from,
            fromKind,
          };
          this.imports.push(sym);
          this.define(sym);
        }
        return;
      }
      case 'Extension':
        this.extensions.push(st);
        return;
      case 'Metadata':
        this.metadata.push(st);
        return;
      case 'TargetScope':
        this.targetScope = stringValue(st.value);
        return;
      case 'Using': {
        const path = stringValue(st.path);
        this.using = {
          decl: st,
          path,
          pathSpan: st.path ? { start: st.path.start, end: st.path.end } : undefined,
          none: st.none,
          source: path !== undefined ? classifyModulePath(path, this.path) : undefined,
        };
        return;
      }
      case 'Extends':
        this.extendsPath = stringValue(st.path);
        return;
      case 'ParamAssignment':
        if (st.name) {
          this.paramAssignments.push({
            kind: 'paramAssignment',
            name: st.name.name,
            nameSpan: idSpan(st.name, st),
            decl: st,
            value: st.value,
            model: this,
          });
        }
        return;
      default:
        return;
    }
  }

  private addParam(st: ParamDecl): void {
    const decorators = decoratorInfos(st.decorators);
    let nullable = false;
    let t = st.type;
    while (t && (t.kind === 'TypeNullable' || t.kind === 'TypeParens')) {
      if (t.kind === 'TypeNullable') nullable = true;
      t = t.kind === 'TypeNullable' ? t.inner : t.inner;
    }
    const typeName = t && t.kind === 'TypeRef' ? t.name : undefined;
    const sym: ParamSymbol = {
      kind: 'param',
      name: (st.name as Identifier).name,
      nameSpan: idSpan(st.name, st),
      decorators,
      description: descriptionOf(decorators),
      model: this,
      decl: st,
      type: st.type,
      typeText: st.type ? this.slice(st.type) : '',
      primitive: undefined,
      nullable,
      secure: findDecorator(decorators, 'secure') !== undefined || typeName === 'secureString' || typeName === 'secureObject',
      defaultValue: st.defaultValue,
      allowed: findDecorator(decorators, 'allowed')?.args[0],
    };
    this.params.push(sym);
    this.define(sym);
  }

  /** `lookupProperty`, plus the layout of the insertion object when the property is absent. */
  lookupWithLayout(obj: ObjectExpr | undefined, path: string | readonly string[]): PropertyLookup {
    const r = lookupProperty(obj, path);
    if (r.found || !r.object) return r;
    return { ...r, layout: objectLayout(this.text, r.object) };
  }

  /** The primitive behind a type expression, resolving local type aliases. */
  primitiveOf(t: TypeExpr | undefined, depth: number): PrimitiveType | undefined {
    if (!t || depth > 20) return undefined;
    switch (t.kind) {
      case 'TypeRef':
        switch (t.name) {
          case 'string':
          case 'secureString':
            return 'string';
          case 'int':
            return 'int';
          case 'bool':
            return 'bool';
          case 'object':
          case 'secureObject':
            return 'object';
          case 'array':
            return 'array';
          default: {
            const s = this.byName.get(t.name);
            return s && s.kind === 'type' ? this.primitiveOf(s.value, depth + 1) : undefined;
          }
        }
      case 'String':
        return 'string';
      case 'Integer':
        return 'int';
      case 'Boolean':
        return 'bool';
      case 'TypeUnary':
        return t.op === '-' ? 'int' : 'bool';
      case 'TypeNullable':
      case 'TypeNonNull':
        return this.primitiveOf(t.inner, depth + 1);
      case 'TypeParens':
        return this.primitiveOf(t.inner, depth + 1);
      case 'TypeArray':
      case 'TypeTuple':
        return 'array';
      case 'TypeObject':
        return 'object';
      case 'TypeUnion': {
        let p: PrimitiveType | undefined;
        for (const m of t.members) {
          if (m.kind === 'Null') continue;
          const q = this.primitiveOf(m, depth + 1);
          if (q === undefined || (p !== undefined && p !== q)) return undefined;
          p = q;
        }
        return p;
      }
      case 'TypeParameterized':
        return t.name.name === 'resourceInput' || t.name.name === 'resourceOutput' ? 'object' : undefined;
      default:
        return undefined;
    }
  }

  private addResource(st: ResourceDecl, nestedIn: ResourceSymbol | undefined, topLevel: ResourceSymbol[]): void {
    if (!st.name) return;
    const decorators = decoratorInfos(st.decorators);
    const raw = stringValue(st.typeString);
    let { type, apiVersion } = splitResourceType(raw);
    if (nestedIn && type !== undefined) {
      // nested children use a relative type ('blobServices'); a fully-qualified type has a namespace with a dot
      const firstSeg = type.split('/')[0] ?? '';
      if (!firstSeg.includes('.')) {
        type = nestedIn.type !== undefined ? `${nestedIn.type}/${type}` : undefined;
        if (apiVersion === undefined) apiVersion = nestedIn.apiVersion;
      }
    }
    const { obj, condition, loop } = unwrapBody(st.body);
    const children: ResourceSymbol[] = [];
    const sym: ResourceSymbol = {
      kind: 'resource',
      name: st.name.name,
      nameSpan: idSpan(st.name, st),
      decorators,
      description: descriptionOf(decorators),
      model: this,
      decl: st,
      type,
      typeLower: type?.toLowerCase(),
      apiVersion,
      typeString: st.typeString,
      existing: st.existing !== undefined,
      parent: nestedIn,
      parentVia: nestedIn ? 'nested' : undefined,
      nestedIn,
      children,
      body: obj,
      condition,
      loop,
      batchSize: findDecorator(decorators, 'batchSize')?.args[0],
      get: (path) => this.lookupWithLayout(obj, path),
    };
    this.resources.push(sym);
    if (nestedIn) nestedIn.children.push(sym);
    else {
      topLevel.push(sym);
      this.define(sym);
    }
    if (obj) {
      for (const item of obj.items) if (item.kind === 'Resource') this.addResource(item, sym, topLevel);
    }
  }

  private addModule(st: ModuleDecl): void {
    const decorators = decoratorInfos(st.decorators);
    const path = stringValue(st.path);
    const { obj, condition, loop } = unwrapBody(st.body);
    const paramsProperty = obj ? findProperty(obj, 'params') : undefined;
    const pv = paramsProperty?.value;
    const sym: ModuleSymbol = {
      kind: 'module',
      name: (st.name as Identifier).name,
      nameSpan: idSpan(st.name, st),
      decorators,
      description: descriptionOf(decorators),
      model: this,
      decl: st,
      path,
      pathLiteral: st.path,
      source: path !== undefined ? classifyModulePath(path, this.path) : classifyModulePath('', undefined),
      body: obj,
      params: pv && pv.kind === 'Object' ? pv : undefined,
      paramsProperty,
      condition,
      loop,
      batchSize: findDecorator(decorators, 'batchSize')?.args[0],
      get: (p) => this.lookupWithLayout(obj, p),
    };
    this.modules.push(sym);
    this.define(sym);
  }
}

export function buildModelFromProgram(program: Program, text: string, path: string): BicepModel {
  return new BicepModel(program, text, path);
}
