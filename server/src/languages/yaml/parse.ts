/**
 * YAML parsing with ranges kept, memoised per document version. Every YAML-family
 * model (Azure ML, GitHub Actions, Azure DevOps) and every YAML rule reads the tree
 * from here, so a document is parsed once.
 */
import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, isPair, isAlias } from 'yaml';
import type { Document, Node, Pair, YAMLMap, Scalar } from 'yaml';
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';

export interface YamlSyntaxError {
  readonly message: string;
  readonly span: Span;
}

export interface YamlFile {
  readonly documents: readonly Document.Parsed[];
  readonly errors: readonly YamlSyntaxError[];
}

/** Upper bound on alias expansion when values are converted to JS (alias bombs). */
export const MAX_ALIAS_COUNT = 100;

export function parseYamlText(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    keepSourceTokens: false,
    prettyErrors: false,
    uniqueKeys: false,
    strict: false,
    // never resolve custom tags to code; unknown tags stay plain strings
    customTags: [],
    version: '1.2',
  });
  const list: Document.Parsed[] = Array.isArray(documents) ? documents : [documents as unknown as Document.Parsed];
  const errors: YamlSyntaxError[] = [];
  for (const d of list) {
    for (const e of d.errors) {
      const [start, end] = e.pos;
      errors.push({ message: cleanMessage(e.message), span: { start, end: Math.max(end, start + 1) } });
    }
  }
  return { documents: list, errors };
}

export function parseYaml(doc: AnalysisDocument): YamlFile {
  return doc.cached('yaml', () => parseYamlText(doc.text));
}

function cleanMessage(message: string): string {
  // The yaml library appends a code excerpt after a colon and newline; keep the first line.
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/** The source span of a node (value part, without trailing comments). */
export function nodeSpan(node: Node | null | undefined): Span | undefined {
  if (!node || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  return { start, end: valueEnd };
}

export function pairKeyName(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return k.value === null || k.value === undefined ? undefined : String(k.value);
  return undefined;
}

/** The pair with key `key` in a map, or undefined. Case-sensitive, as YAML keys are. */
export function getPair(map: YAMLMap | null | undefined, key: string): Pair<Scalar, Node | null> | undefined {
  if (!map || !isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && pairKeyName(item) === key) return item as Pair<Scalar, Node | null>;
  }
  return undefined;
}

/** Case-insensitive key lookup (Azure ML keys are case-insensitive for some kinds). */
export function getPairCI(map: YAMLMap | null | undefined, key: string): Pair<Scalar, Node | null> | undefined {
  if (!map || !isMap(map)) return undefined;
  const lower = key.toLowerCase();
  for (const item of map.items) {
    if (isPair(item) && pairKeyName(item)?.toLowerCase() === lower) return item as Pair<Scalar, Node | null>;
  }
  return undefined;
}

export function getMap(map: YAMLMap | null | undefined, key: string): YAMLMap | undefined {
  const v = getPair(map, key)?.value;
  return isMap(v) ? v : undefined;
}

/** The scalar value of `key` as a string (numbers and booleans stringified), or undefined. */
export function getString(map: YAMLMap | null | undefined, key: string): string | undefined {
  const v = getPair(map, key)?.value;
  if (isScalar(v) && v.value !== null && v.value !== undefined) return String(v.value);
  return undefined;
}

export function scalarString(node: Node | null | undefined): string | undefined {
  if (isScalar(node) && node.value !== null && node.value !== undefined) return String(node.value);
  return undefined;
}

export { isMap, isSeq, isScalar, isPair, isAlias };
export type { Document, Node, Pair, YAMLMap, Scalar };
