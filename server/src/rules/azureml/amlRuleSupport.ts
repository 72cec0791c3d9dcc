/**
 * Helpers shared by the Azure ML security rules (`aml-*`): reading scalar values the way the
 * Azure ML CLI does (enums compared case-insensitively), choosing where a finding about a
 * missing key points, and building the quick fixes (set a scalar, insert a key or block,
 * remove a pair) on top of the generic YAML edits in languages/yaml/edits.ts.
 *
 * Not a rule: the camelCase file name keeps it out of the rule registry's file scan.
 */
import { isMap, isScalar } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { AzureMLDocument, MappingView } from '../../languages/azureml/model';
import { insertIntoKeyEdit, insertPairEdit, removePairEdit, replacePairEdit, setScalarEdit, yamlString } from '../../languages/yaml/edits';
import { pairKeyName } from '../../languages/yaml/parse';
import { modelineSchema } from '../../languages/azureml/detect';
import type { Fix, Span, TextEdit } from '../../engine/types';

/** Workspace-like kinds that own their network and encryption settings (projects inherit them from their hub). */
export const WORKSPACE_KINDS: ReadonlySet<string> = new Set(['workspace', 'hub', 'featureStore']);

/** The span of a node, or undefined when it has none. */
export function spanOf(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/** The span of a pair's key. */
export function keySpanOfPair(pair: Pair): Span | undefined {
  return spanOf(pair.key as Node | null);
}

/** The span to highlight for a present key: its value when it is a scalar with a range, else the key. */
export function valueOrKeySpan(view: MappingView, key: string): Span {
  const p = view.pair(key);
  if (p) {
    const v = p.value as Node | null;
    if (isScalar(v) && v.range && v.range[1] > v.range[0]) return { start: v.range[0], end: v.range[1] };
  }
  return view.keySpan(key);
}

/** Trimmed, lower-cased scalar value of `key` (CLI enums are case-insensitive); undefined when absent or not a scalar. */
export function lowerValue(view: Pick<MappingView, 'getString'>, key: string): string | undefined {
  const v = view.getString(key);
  return v === undefined ? undefined : v.trim().toLowerCase();
}

/** Scalar value of a node as a trimmed string (numbers and booleans stringified). */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (isScalar(node) && node.value !== null && node.value !== undefined) return String(node.value).trim();
  return undefined;
}

/** True when the YAML boolean-ish scalar means false (`false`, `'false'`, `False`). */
export function isFalse(node: Node | null | undefined): boolean {
  return scalarText(node)?.toLowerCase() === 'false';
}

/** True when the YAML boolean-ish scalar means true. */
export function isTrue(node: Node | null | undefined): boolean {
  return scalarText(node)?.toLowerCase() === 'true';
}

/** Where a finding about a missing key points: `name` (or another identifying key), else the mapping's first key. */
export function missingAnchor(view: MappingView, preferred: readonly string[] = ['name', 'display_name', 'type']): Span {
  for (const k of preferred) if (view.pair(k)) return view.keySpan(k);
  for (const item of view.node.items) {
    const span = keySpanOfPair(item as Pair);
    if (span) return span;
  }
  const r = view.node.range;
  return r ? { start: r[0], end: Math.min(r[1], r[0] + 1) } : { start: 0, end: 0 };
}

/**
 * Does the document declare what it is (a `$schema` key or a `yaml-language-server`
 * modeline), or carry `location`? Workspace-like files without either are often fragments
 * passed to `az ml workspace update --file`, where an absent key means "unchanged", not
 * "default": rules then only judge values that are written.
 */
export function isCompleteSpec(d: AzureMLDocument): boolean {
  if (d.pair('$schema') || d.pair('location')) return true;
  return modelineSchema(d.document.text) !== undefined;
}

/** `Disabled` when the existing value is capitalised (`Enabled`), else the value as given. */
export function matchCase(existing: string | undefined, wanted: string): string {
  if (existing && /^[A-Z]/.test(existing.trim())) return wanted.charAt(0).toUpperCase() + wanted.slice(1);
  return wanted;
}

function isEmptyValue(v: Node | null): boolean {
  return v === null || (isScalar(v) && (v.value === null || v.value === undefined) && !((v as Scalar).source ?? '').length);
}

/**
 * An edit that makes `key: value` hold in `map`: replace the scalar when present (keeping
 * its quoting), fill an empty `key:`, or insert a new line after the first present key of
 * `after` (else at the end of the map). Undefined when the key holds a collection or the
 * map is a flow map.
 */
export function setKeyEdit(text: string, map: YAMLMap, key: string, value: string | boolean, after: readonly string[] = []): TextEdit | undefined {
  const pair = findPair(map, key);
  const src = typeof value === 'boolean' ? String(value) : yamlString(value);
  if (pair) {
    const v = pair.value as Node | null;
    if (isEmptyValue(v)) return replacePairEdit(text, map, pair, `${key}: ${src}`);
    if (isScalar(v)) return setScalarEdit(text, v as Scalar, value);
    return undefined;
  }
  return insertPairEdit(text, map, `${key}: ${src}`, { after });
}

/** Insert a block entry (written at column 0, two spaces per level) into `map` after the first present key of `after`. */
export function insertBlockEdit(text: string, map: YAMLMap, entry: string, after: readonly string[] = []): TextEdit | undefined {
  return insertPairEdit(text, map, entry, { after });
}

/** Add an entry inside the mapping under `key` (created when absent; filled when empty). */
export function insertIntoEdit(text: string, map: YAMLMap, key: string, entry: string, after: readonly string[] = []): TextEdit | undefined {
  return insertIntoKeyEdit(text, map, key, entry, { after });
}

/** Remove the pair `key` from `map` with the lines it spans. */
export function removeKeyEdit(text: string, map: YAMLMap, key: string): TextEdit | undefined {
  const pair = findPair(map, key);
  return pair ? removePairEdit(text, map, pair) : undefined;
}

/** Replace the pair `key` of `map` by `entry`. */
export function replaceKeyEdit(text: string, map: YAMLMap, key: string, entry: string): TextEdit | undefined {
  const pair = findPair(map, key);
  return pair ? replacePairEdit(text, map, pair, entry) : undefined;
}

/** A one-edit fix, or nothing when the edit could not be built. */
export function fixOf(title: string, edit: TextEdit | undefined, safety: 'safe' | 'unsafe'): Fix[] {
  return edit ? [{ title, edits: [edit], safety }] : [];
}

export function findPair(map: YAMLMap | null | undefined, key: string): Pair<Scalar, Node | null> | undefined {
  if (!map || !isMap(map)) return undefined;
  for (const item of map.items) {
    if (pairKeyName(item as Pair) === key) return item as Pair<Scalar, Node | null>;
  }
  return undefined;
}

/** The mapping under `key` of `map`, if it is one. */
export function mapAt(map: YAMLMap | null | undefined, key: string): YAMLMap | undefined {
  const v = findPair(map, key)?.value;
  return isMap(v) ? (v as YAMLMap) : undefined;
}

/** Values that are not literals: `${{…}}` bindings, `azureml:` references, Key Vault references, templates. */
export function isBindingOrReference(value: string): boolean {
  const t = value.trim();
  return t.startsWith('${{') || t.startsWith('$') || t.startsWith('azureml:') || t.includes('{{') || t.toLowerCase().startsWith('keyvault:');
}

export { isMap, isScalar };
