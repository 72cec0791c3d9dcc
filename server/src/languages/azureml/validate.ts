/**
 * Schema validation of Azure ML documents with ajv, against the bundled schemas.
 *
 * The schemas are authored as plain draft-07 (`type`, `enum`, `const`). Before compiling,
 * they are rewritten so that validation accepts what the Azure ML CLI accepts:
 *  - `type` → `amlType`: numbers and booleans may be quoted ("1", "true", 'True'), numbers
 *    are accepted where strings go, `null` (an empty value) is accepted everywhere, and a
 *    `${{…}}` binding is accepted for any type;
 *  - `enum` / `const` of strings → `amlEnum` / `amlConst`: compared case-insensitively
 *    (the CLI lower-cases or re-cases enum input before checking), bindings accepted.
 * Each kind's validator is compiled once, lazily, and cached at module level.
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';
import { parseYaml, pairKeyName } from '../yaml/parse';
import { kindInfo, type AzureMLKind } from './kinds';
import { firstDocumentValue } from './model';
import { COMMON_SCHEMA, KIND_SCHEMAS, type JsonSchema } from './schemas';

export interface AzureMLValidationProblem {
  readonly message: string;
  readonly span: Span;
}

/** At most this many problems per document. */
export const MAX_PROBLEMS = 50;

// ------------------------------------------------------------------ lenient scalar checks

const BINDING = /\$\{\{/;
const TRUE_FALSE = new Set(['true', 'false', 't', 'f', 'yes', 'no', 'y', 'n', 'on', 'off', '1', '0']);
const INTEGER_TEXT = /^[+-]?\d{1,30}$/;
const NUMBER_TEXT = /^[+-]?(?:\d{1,30}(?:\.\d{0,30})?|\.\d{1,30})(?:[eE][+-]?\d{1,4})?$/;

export function isBinding(v: unknown): boolean {
  return typeof v === 'string' && BINDING.test(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Does `v` pass as JSON-schema type `t`, the way the Azure ML CLI (marshmallow) reads YAML? */
export function lenientTypeOk(t: string, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (isBinding(v)) return true;
  switch (t) {
    case 'string':
      return typeof v === 'string' || typeof v === 'number';
    case 'integer':
      return (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && INTEGER_TEXT.test(v.trim()));
    case 'number':
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NUMBER_TEXT.test(v.trim()));
    case 'boolean':
      return typeof v === 'boolean' || v === 0 || v === 1 || (typeof v === 'string' && TRUE_FALSE.has(v.trim().toLowerCase()));
    case 'object':
      return isPlainObject(v);
    case 'array':
      return Array.isArray(v);
    case 'null':
      return false;
    default:
      return true;
  }
}

function enumOk(values: readonly unknown[], v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (isBinding(v)) return true;
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return false;
  const s = String(v).trim().toLowerCase();
  for (const e of values) if (String(e).toLowerCase() === s) return true;
  return false;
}

// ------------------------------------------------------------------ schema rewriting

const NAME_MAPS = new Set(['properties', 'definitions', 'patternProperties']);
const SCHEMA_VALUED = new Set(['items', 'additionalProperties', 'additionalItems', 'if', 'then', 'else', 'not', 'contains', 'propertyNames']);
const SCHEMA_ARRAYS = new Set(['allOf', 'anyOf', 'oneOf']);
const VERBATIM = new Set(['default', 'examples', 'description', 'title', 'required', '$id', '$schema', '$ref', '$comment']);

/** Rewrite an authored schema into the lenient ajv form (see the file comment). */
export function toLenientSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(toLenientSchema);
  if (!isPlainObject(s)) return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (VERBATIM.has(k)) out[k] = v;
    else if (NAME_MAPS.has(k) && isPlainObject(v)) {
      const m: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(v)) m[name] = toLenientSchema(sub);
      out[k] = m;
    } else if (SCHEMA_VALUED.has(k)) out[k] = toLenientSchema(v);
    else if (SCHEMA_ARRAYS.has(k) && Array.isArray(v)) out[k] = v.map(toLenientSchema);
    else if (k === 'type' && (typeof v === 'string' || Array.isArray(v))) out['amlType'] = typeof v === 'string' ? [v] : v;
    else if (k === 'enum' && Array.isArray(v) && v.every((x) => typeof x === 'string')) out['amlEnum'] = v;
    else if (k === 'const' && typeof v === 'string') out['amlConst'] = v;
    else out[k] = v;
  }
  return out;
}

// ------------------------------------------------------------------ ajv

let ajvInstance: Ajv | undefined;
const validators = new Map<AzureMLKind, ValidateFunction | null>();

function getAjv(): Ajv {
  if (ajvInstance) return ajvInstance;
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    verbose: true,
    validateSchema: false,
    messages: true,
    // separate functions per $ref and no code optimisation: the big pipeline schema compiles
    // in ~150 ms instead of ~600 ms, and validation stays well under a millisecond per file
    inlineRefs: false,
    code: { optimize: false },
  });
  ajv.addKeyword({
    keyword: 'amlType',
    schemaType: 'array',
    errors: false,
    validate: (schema: string[], data: unknown) => schema.some((t) => lenientTypeOk(t, data)),
  });
  ajv.addKeyword({
    keyword: 'amlEnum',
    schemaType: 'array',
    errors: false,
    validate: (schema: string[], data: unknown) => enumOk(schema, data),
  });
  ajv.addKeyword({
    keyword: 'amlConst',
    schemaType: 'string',
    errors: false,
    validate: (schema: string, data: unknown) => enumOk([schema], data),
  });
  ajv.addSchema(toLenientSchema(COMMON_SCHEMA) as JsonSchema);
  for (const s of Object.values(KIND_SCHEMAS)) ajv.addSchema(toLenientSchema(s) as JsonSchema);
  ajvInstance = ajv;
  return ajv;
}

function validatorFor(kind: AzureMLKind): ValidateFunction | undefined {
  const cached = validators.get(kind);
  if (cached !== undefined) return cached ?? undefined;
  let fn: ValidateFunction | null = null;
  try {
    const id = KIND_SCHEMAS[kind]?.['$id'];
    if (typeof id === 'string') fn = getAjv().getSchema(id) ?? null;
  } catch {
    fn = null;
  }
  validators.set(kind, fn);
  return fn ?? undefined;
}

/** Validate a plain JS value against a kind's schema; raw ajv errors (for tests and tools). */
export function validateValue(kind: AzureMLKind, value: unknown): ErrorObject[] {
  const fn = validatorFor(kind);
  if (!fn) return [];
  try {
    return fn(value) ? [] : [...(fn.errors ?? [])];
  } catch {
    return [];
  }
}

// ------------------------------------------------------------------ locating nodes

function decodePointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Located {
  /** The node at the path (null for an empty value), undefined when the path left the tree. */
  readonly node: Node | null | undefined;
  /** The pair whose value is the node, when the node is a mapping value. */
  readonly pair: Pair | undefined;
  /** Deepest node reached and its pair (for fallbacks). */
  readonly lastNode: Node | null;
  readonly lastPair: Pair | undefined;
  /** How many segments were resolved. */
  readonly depth: number;
}

function locate(root: Node, segs: readonly string[]): Located {
  let node: Node | null = root;
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of segs) {
    if (isMap(node)) {
      let found: Pair | undefined;
      for (const item of node.items) {
        if (isPair(item) && pairKeyName(item) === seg) {
          found = item;
          break;
        }
      }
      if (!found) return { node: undefined, pair: undefined, lastNode: node, lastPair: pair, depth };
      pair = found;
      node = (found.value as Node | null) ?? null;
    } else if (isSeq(node)) {
      const i = Number(seg);
      const item: unknown = Number.isInteger(i) ? node.items[i] : undefined;
      if (item === undefined) return { node: undefined, pair: undefined, lastNode: node, lastPair: pair, depth };
      pair = undefined;
      node = (item as Node | null) ?? null;
    } else {
      return { node: undefined, pair: undefined, lastNode: node, lastPair: pair, depth };
    }
    depth++;
  }
  return { node, pair, lastNode: node, lastPair: pair, depth };
}

function rangeSpan(n: { range?: [number, number, number] | null } | null | undefined): Span | undefined {
  const r = n?.range;
  return r ? { start: r[0], end: Math.max(r[1], r[0]) } : undefined;
}

function keySpanOf(pair: Pair | undefined): Span | undefined {
  return pair && isScalar(pair.key) ? rangeSpan(pair.key) : undefined;
}

function firstKeySpan(map: Node | null): Span | undefined {
  if (isMap(map)) {
    for (const item of (map as YAMLMap).items) {
      if (isPair(item)) {
        const s = keySpanOf(item);
        if (s) return s;
      }
    }
  }
  return rangeSpan(map);
}

/** Span of a value: the value node, else its key (empty value), else the deepest node reached. */
function valueSpan(loc: Located): Span {
  if (loc.node) {
    const s = rangeSpan(loc.node);
    if (s && s.end > s.start) return s;
  }
  return keySpanOf(loc.pair) ?? keySpanOf(loc.lastPair) ?? firstKeySpan(loc.lastNode) ?? { start: 0, end: 0 };
}

/** Span for "something is wrong with this mapping as a whole": its key, or its first key. */
function containerSpan(loc: Located, isRoot: boolean): Span {
  if (!isRoot) {
    const k = keySpanOf(loc.pair);
    if (k) return k;
  }
  return firstKeySpan(loc.node ?? loc.lastNode) ?? { start: 0, end: 0 };
}

// ------------------------------------------------------------------ messages

function typeWord(t: string): string {
  switch (t) {
    case 'string':
      return 'a string';
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    default:
      return t;
  }
}

function describeTypes(types: readonly string[]): string {
  const ts = types.filter((t) => t !== 'null');
  if (ts.length === 3 && ts.includes('string') && ts.includes('number') && ts.includes('boolean')) return 'a scalar value';
  if (ts.includes('string') && ts.includes('number') && ts.length === 2) return 'a string';
  return ts.map(typeWord).join(' or ');
}

/** The name of the value at a path, for messages: its key, `key[i]` for list items, or the kind label. */
function subjectName(segs: readonly string[], kind: AzureMLKind): string {
  if (segs.length === 0) return kindInfo(kind).label;
  const last = segs[segs.length - 1] ?? '';
  if (/^\d+$/.test(last)) {
    const parent = segs[segs.length - 2];
    return parent !== undefined ? `${parent}[${last}]` : `item ${last}`;
  }
  return last;
}

/** Where a key lives, for "unknown key 'x' in …". */
function containerName(segs: readonly string[], kind: AzureMLKind): string {
  if (segs.length === 0) return kindInfo(kind).label;
  const n = segs.length;
  if (n >= 2 && segs[n - 2] === 'jobs') return `step '${segs[n - 1]}'`;
  return `'${subjectName(segs, kind)}'`;
}

function formatValues(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

function messageFor(e: ErrorObject, segs: readonly string[], kind: AzureMLKind): string | undefined {
  const subject = subjectName(segs, kind);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty?: string }).additionalProperty ?? '');
      return `unknown key '${key}' in ${containerName(segs, kind)}`;
    }
    case 'required': {
      const key = String((e.params as { missingProperty?: string }).missingProperty ?? '');
      return segs.length === 0 ? `missing required key '${key}'` : `missing required key '${key}' in ${containerName(segs, kind)}`;
    }
    case 'amlType':
      return `${subject} must be ${describeTypes(Array.isArray(e.schema) ? (e.schema as string[]) : [])}`;
    case 'amlEnum': {
      const values = Array.isArray(e.schema) ? (e.schema as unknown[]) : [];
      return values.length === 1 ? `${subject} must be ${String(values[0])}` : `${subject} must be one of ${formatValues(values)}`;
    }
    case 'amlConst':
      return `${subject} must be ${String(e.schema)}`;
    case 'if':
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
    case 'not':
      return undefined;
    default:
      return `${subject} ${e.message ?? 'is not valid'}`;
  }
}

// ------------------------------------------------------------------ entry point

/**
 * Validate an Azure ML document against its kind's schema. Returns readable problems with
 * the span of the offending YAML node. Documents with YAML syntax errors are not validated
 * (the syntax errors are reported instead). Never throws.
 */
export function validateAzureML(doc: AnalysisDocument, kind: AzureMLKind): AzureMLValidationProblem[] {
  try {
    const yaml = parseYaml(doc);
    const first = yaml.documents[0];
    if (!first || first.errors.length > 0) return [];
    const root = first.contents as Node | null;
    if (!isMap(root)) return [];
    const value = firstDocumentValue(doc);
    const errors = validateValue(kind, value);
    if (errors.length === 0) return [];
    return toProblems(errors, root, kind);
  } catch {
    return [];
  }
}

function toProblems(errors: readonly ErrorObject[], root: Node, kind: AzureMLKind): AzureMLValidationProblem[] {
  // Resolve anyOf/oneOf: replace branch errors with one summary, or with the most specific branch.
  const drop = new Set<number>();
  const extra: { index: number; message: string; segs: string[]; container: boolean }[] = [];
  errors.forEach((e, i) => {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') return;
    const prefix = `${e.schemaPath}/`;
    const branch: number[] = [];
    for (let j = 0; j < i; j++) if (errors[j]?.schemaPath.startsWith(prefix)) branch.push(j);
    const branchErrors = branch.map((j) => errors[j] as ErrorObject);
    if (branchErrors.length > 0 && branchErrors.every((b) => b.keyword === 'required' && b.instancePath === e.instancePath)) {
      for (const j of branch) drop.add(j);
      const keys = branchErrors.map((b) => `'${String((b.params as { missingProperty?: string }).missingProperty)}'`);
      const segs = decodePointer(e.instancePath);
      extra.push({ index: i, message: `missing required key: one of ${[...new Set(keys)].join(', ')}${segs.length ? ` in ${containerName(segs, kind)}` : ''}`, segs, container: true });
      return;
    }
    // keep the errors of the branch that got furthest (deepest instance path)
    let best = -1;
    let bestDepth = -1;
    for (const j of branch) {
      const d = decodePointer(errors[j]?.instancePath ?? '').length;
      if (d > bestDepth) {
        bestDepth = d;
        best = j;
      }
    }
    const bestBranch = best >= 0 ? branchOf(errors[best] as ErrorObject, prefix) : undefined;
    for (const j of branch) if (branchOf(errors[j] as ErrorObject, prefix) !== bestBranch) drop.add(j);
  });

  const out: AzureMLValidationProblem[] = [];
  const seen = new Set<string>();
  const push = (message: string, span: Span) => {
    const key = `${span.start}:${span.end}:${message}`;
    if (seen.has(key) || out.length >= MAX_PROBLEMS) return;
    seen.add(key);
    out.push({ message, span });
  };
  errors.forEach((e, i) => {
    if (drop.has(i)) return;
    const segs = decodePointer(e.instancePath);
    const msg = messageFor(e, segs, kind);
    if (msg === undefined) return;
    const loc = locate(root, segs);
    const placeholder = templatePlaceholder(loc.node);
    if (placeholder !== undefined) {
      push(
        `${subjectName(segs, kind)} is an unquoted template placeholder for ${placeholder}: YAML reads {{…}} as a mapping (quote it, or substitute it before use)`,
        valueSpan(loc),
      );
      return;
    }
    let span: Span;
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty?: string }).additionalProperty ?? '');
      const inner = locate(root, [...segs, key]);
      span = keySpanOf(inner.pair) ?? containerSpan(loc, segs.length === 0);
    } else if (e.keyword === 'required') {
      span = containerSpan(loc, segs.length === 0);
    } else {
      span = valueSpan(loc);
    }
    push(msg, span);
  });
  for (const x of extra) {
    const loc = locate(root, x.segs);
    push(x.message, containerSpan(loc, x.segs.length === 0));
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}

/**
 * `{{NAME}}` written unquoted (a shell/sed template placeholder) parses as a flow mapping
 * holding a flow mapping key; return the placeholder's name when `node` is one.
 */
export function templatePlaceholder(node: Node | null | undefined): string | undefined {
  if (!isMap(node) || !node.flow || node.items.length !== 1) return undefined;
  const pair = node.items[0];
  if (!isPair(pair) || (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null))) return undefined;
  const inner = pair.key;
  if (!isMap(inner) || !inner.flow || inner.items.length !== 1) return undefined;
  const ip = inner.items[0];
  if (!isPair(ip) || !isScalar(ip.key) || (ip.value !== null && !(isScalar(ip.value) && ip.value.value === null))) return undefined;
  return String(ip.key.value);
}

function branchOf(e: ErrorObject, prefix: string): string {
  const rest = e.schemaPath.slice(prefix.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? rest : rest.slice(0, slash);
}
