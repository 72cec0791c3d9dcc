/**
 * Walks the authored Azure ML schemas for completion and hover: which subschemas apply at
 * a key route, given the document's data there (for `if`/`then`/`else` discriminated on
 * `type:`), which keys they allow, and what a field's type, enum values, default and
 * description are.
 */
import type { AzureMLKind } from './kinds';
import { KIND_SCHEMAS, SCHEMAS_BY_ID, type JsonSchema } from './schemas';
import { lenientTypeOk } from './validate';

type Seg = string | number;

export interface Located {
  readonly schema: JsonSchema;
  /** The document (file name) `$ref`s inside `schema` resolve against. */
  readonly base: string;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fileOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

function resolveRef(ref: string, base: string): Located | undefined {
  const hash = ref.indexOf('#');
  const file = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? '' : ref.slice(hash + 1);
  const docName = file ? fileOf(file) : base;
  let cur: unknown = SCHEMAS_BY_ID.get(docName);
  if (!cur) return undefined;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (!isObj(cur)) return undefined;
    cur = cur[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return isObj(cur) ? { schema: cur, base: docName } : undefined;
}

/** Minimal evaluation of an `if` condition against data (type, required, properties, const, enum, not). */
function matches(cond: unknown, data: unknown, base: string, depth = 0): boolean {
  if (!isObj(cond) || depth > 16) return true;
  if (typeof cond['$ref'] === 'string') {
    const r = resolveRef(cond['$ref'], base);
    if (r && !matches(r.schema, data, r.base, depth + 1)) return false;
  }
  const t = cond['type'];
  if (t !== undefined) {
    const types = Array.isArray(t) ? t : [t];
    const ok = types.some((x) => typeof x === 'string' && typeCheck(x, data));
    if (!ok) return false;
  }
  if (cond['const'] !== undefined && !sameValue(cond['const'], data)) return false;
  if (Array.isArray(cond['enum']) && !cond['enum'].some((e) => sameValue(e, data))) return false;
  if (Array.isArray(cond['required'])) {
    if (!isObj(data)) return false;
    for (const k of cond['required']) if (typeof k === 'string' && data[k] === undefined) return false;
  }
  if (isObj(cond['properties']) && isObj(data)) {
    for (const [k, sub] of Object.entries(cond['properties'])) {
      if (data[k] !== undefined && !matches(sub, data[k], base, depth + 1)) return false;
    }
  }
  if (cond['not'] !== undefined && matches(cond['not'], data, base, depth + 1)) return false;
  if (Array.isArray(cond['allOf']) && !cond['allOf'].every((c) => matches(c, data, base, depth + 1))) return false;
  return true;
}

function typeCheck(t: string, data: unknown): boolean {
  if (data === undefined) return true;
  if (data === null) return t === 'null' || t === 'object';
  return lenientTypeOk(t, data);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && (typeof b === 'string' || typeof b === 'number' || typeof b === 'boolean')) {
    return a.toLowerCase() === String(b).trim().toLowerCase();
  }
  return a === b;
}

/**
 * Flatten a schema into the list of schemas that apply to `data`: follows `$ref`, `allOf`,
 * every `anyOf`/`oneOf` branch whose type fits, and the `then`/`else` branch `if` selects.
 */
function expand(loc: Located, data: unknown, out: Located[], depth = 0, seen: Set<JsonSchema> = new Set()): void {
  if (depth > 24) return;
  const s = loc.schema;
  // Each schema once per expansion (same data, same result), so that a schema reached by several
  // routes ($ref, allOf, anyOf) is not expanded, and multiplied at the next level, once per route.
  if (seen.has(s)) return;
  seen.add(s);
  out.push(loc);
  if (typeof s['$ref'] === 'string') {
    const r = resolveRef(s['$ref'], loc.base);
    if (r) expand(r, data, out, depth + 1, seen);
  }
  if (Array.isArray(s['allOf'])) for (const sub of s['allOf']) if (isObj(sub)) expand({ schema: sub, base: loc.base }, data, out, depth + 1, seen);
  for (const key of ['anyOf', 'oneOf']) {
    const list = s[key];
    if (!Array.isArray(list)) continue;
    for (const sub of list) {
      if (!isObj(sub)) continue;
      if (data === undefined || matches(sub, data, loc.base)) expand({ schema: sub, base: loc.base }, data, out, depth + 1, seen);
    }
  }
  if (isObj(s['if'])) {
    const branch = matches(s['if'], data, loc.base) ? s['then'] : s['else'];
    if (isObj(branch)) expand({ schema: branch, base: loc.base }, data, out, depth + 1, seen);
  }
}

function childSchemas(parents: readonly Located[], seg: Seg): Located[] {
  const out: Located[] = [];
  const key = String(seg);
  for (const p of parents) {
    const s = p.schema;
    if (typeof seg === 'number' || /^\d+$/.test(key)) {
      if (isObj(s['items'])) out.push({ schema: s['items'], base: p.base });
      continue;
    }
    const props = s['properties'];
    if (isObj(props) && isObj(props[key])) {
      out.push({ schema: props[key] as JsonSchema, base: p.base });
      continue;
    }
    if (isObj(s['additionalProperties'])) out.push({ schema: s['additionalProperties'], base: p.base });
  }
  return out;
}

function dataAt(root: unknown, path: readonly Seg[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObj(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

/** The schemas that apply at a key route of a document of `kind` whose data is `root`. */
export function schemasAt(kind: AzureMLKind, root: unknown, path: readonly Seg[]): Located[] {
  const top = KIND_SCHEMAS[kind];
  if (!top) return [];
  const base = fileOf(String(top['$id'] ?? `${kind}.schema.json`));
  let cur: Located[] = [];
  expand({ schema: top, base }, root, cur);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as Seg;
    const children = childSchemas(cur, seg);
    const data = dataAt(root, path.slice(0, i + 1));
    const next: Located[] = [];
    const seen = new Set<JsonSchema>();
    for (const c of children) expand(c, data, next, 0, seen);
    cur = next;
    if (cur.length === 0) break;
  }
  return cur;
}

export interface PropertyInfo {
  readonly name: string;
  readonly field: FieldInfo;
}

/** Keys allowed in the mapping at `path` (first definition of each key wins), with their field info. */
export function propertiesAt(kind: AzureMLKind, root: unknown, path: readonly Seg[]): PropertyInfo[] {
  const schemas = schemasAt(kind, root, path);
  const seen = new Map<string, Located[]>();
  for (const loc of schemas) {
    const props = loc.schema['properties'];
    if (!isObj(props)) continue;
    for (const [name, sub] of Object.entries(props)) {
      if (!isObj(sub)) continue;
      const list = seen.get(name) ?? [];
      list.push({ schema: sub, base: loc.base });
      seen.set(name, list);
    }
  }
  const out: PropertyInfo[] = [];
  for (const [name, locs] of seen) {
    const data = dataAt(root, [...path, name]);
    const expanded: Located[] = [];
    const seenHere = new Set<JsonSchema>();
    for (const l of locs) expand(l, data, expanded, 0, seenHere);
    out.push({ name, field: fieldInfo(expanded) });
  }
  return out;
}

export interface FieldInfo {
  readonly description: string | undefined;
  /** JSON types the field accepts (e.g. ['string'], ['string', 'object']). */
  readonly types: readonly string[];
  readonly enumValues: readonly string[];
  readonly default: unknown;
  /** True when the field's value is a mapping with known keys or a map of entries. */
  readonly isMapping: boolean;
  readonly isList: boolean;
}

/** Summarise the schemas of one field (as returned by schemasAt for its path). */
export function fieldInfo(schemas: readonly Located[]): FieldInfo {
  let description: string | undefined;
  const types = new Set<string>();
  const enums: string[] = [];
  let def: unknown;
  let isMapping = false;
  let isList = false;
  const visitTypes = (s: JsonSchema, base: string, depth: number): void => {
    if (depth > 8) return;
    const t = s['type'];
    for (const x of Array.isArray(t) ? t : t !== undefined ? [t] : []) if (typeof x === 'string' && x !== 'null') types.add(x);
    if (typeof s['$ref'] === 'string') {
      const r = resolveRef(s['$ref'], base);
      if (r) visitTypes(r.schema, r.base, depth + 1);
    }
    for (const k of ['then', 'else']) if (isObj(s[k])) visitTypes(s[k] as JsonSchema, base, depth + 1);
  };
  for (const { schema: s, base } of schemas) {
    if (description === undefined && typeof s['description'] === 'string') description = s['description'];
    visitTypes(s, base, 0);
    if (Array.isArray(s['enum'])) for (const e of s['enum']) if (!enums.includes(String(e))) enums.push(String(e));
    if (typeof s['const'] === 'string' && !enums.includes(s['const'])) enums.push(s['const']);
    if (def === undefined && s['default'] !== undefined) def = s['default'];
    if (isObj(s['properties']) || isObj(s['additionalProperties'])) isMapping = true;
    if (s['items'] !== undefined) isList = true;
  }
  if (types.has('object')) isMapping = true;
  if (types.has('array')) isList = true;
  return { description, types: [...types], enumValues: enums, default: def, isMapping, isList };
}

/** Field info of the value at `path` (the last segment is the field's key). */
export function fieldAt(kind: AzureMLKind, root: unknown, path: readonly Seg[]): FieldInfo | undefined {
  const schemas = schemasAt(kind, root, path);
  if (schemas.length === 0) return undefined;
  return fieldInfo(schemas);
}

/** Human summary of a field's types: "string", "string or mapping", "boolean"… */
export function typeLabel(f: FieldInfo): string {
  const words = f.types.map((t) => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t));
  if (words.length === 0) return f.enumValues.length ? 'string' : 'any';
  return words.join(' or ');
}
