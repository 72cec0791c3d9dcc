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

/**
 * Deeper YAML is not handed to the parser. The yaml library recurses once per nesting level, and
 * close to V8's stack limit a regular-expression compilation inside it aborts the whole process
 * ("RegExpCompiler Allocation failed", not a catchable exception): about 1,000 `- ` or 1,750 `[`
 * on one line were enough on Node 20 (found by scripts/fuzz.ts). Real files nest a few dozen levels.
 */
export const MAX_YAML_NESTING = 400;

export function parseYamlText(text: string): YamlFile {
  const tooDeep = excessiveNesting(text, MAX_YAML_NESTING);
  if (tooDeep >= 0) {
    return {
      documents: [],
      errors: [{ message: `nesting deeper than ${MAX_YAML_NESTING} levels; the file is not parsed`, span: { start: tooDeep, end: Math.min(text.length, tooDeep + 1) } }],
    };
  }
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

/**
 * The offset where YAML nesting first exceeds `limit`, or -1. Linear, and errs towards counting
 * too much: nesting = indentation levels + compact `- `/`? `/`: ` indicators at the head of a line
 * + open flow collections. Quoted scalars are skipped up to the end of their line, block scalars and
 * comments entirely; a `[` or `{` inside a plain scalar in block context is text, as in YAML.
 */
export function excessiveNesting(text: string, limit: number): number {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  let atLineStart = true;
  let lineIndent = 0;
  let compact = 0;
  let lineHead = false;
  let nodeStart = false;
  let blockScalarParent = -1;
  const isBreak = (c: number) => c === 10 || c === 13;
  const isBlank = (c: number) => c === 32 || c === 9;
  const lineEnd = (from: number) => {
    let k = from;
    while (k < n && !isBreak(text.charCodeAt(k))) k++;
    return k;
  };
  while (i < n) {
    if (atLineStart) {
      let j = i;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      const indent = j - i;
      const c = text.charCodeAt(j);
      const empty = j >= n || isBreak(c);
      if (blockScalarParent >= 0 && (empty || indent > blockScalarParent)) {
        i = lineEnd(j) + 1;
        continue;
      }
      blockScalarParent = -1;
      if (empty || c === 35 /* # */) {
        i = lineEnd(j) + 1;
        continue;
      }
      if (flow === 0) {
        while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
        indents.push(indent);
      }
      lineIndent = indent;
      compact = 0;
      lineHead = true;
      nodeStart = true;
      atLineStart = false;
      i = j;
      if (indents.length + flow > limit) return i;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      atLineStart = true;
      i++;
      continue;
    }
    if (isBlank(c)) {
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const spaceAfter = i + 1 >= n || isBlank(next) || isBreak(next);
    if (c === 35 /* # */ && i > 0 && (isBlank(text.charCodeAt(i - 1)) || isBreak(text.charCodeAt(i - 1)))) {
      i = lineEnd(i);
      continue;
    }
    if (lineHead && flow === 0 && (c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) && spaceAfter) {
      compact++;
      if (indents.length + compact > limit) return i;
      nodeStart = true;
      i++;
      continue;
    }
    lineHead = false;
    if ((c === 91 /* [ */ || c === 123 /* { */) && (flow > 0 || nodeStart)) {
      flow++;
      if (indents.length + compact + flow > limit) return i;
      nodeStart = true;
      i++;
      continue;
    }
    if ((c === 93 /* ] */ || c === 125 /* } */) && flow > 0) {
      flow--;
      nodeStart = false;
      i++;
      continue;
    }
    if (c === 44 /* , */ && flow > 0) {
      nodeStart = true;
      i++;
      continue;
    }
    if (c === 58 /* : */ && (spaceAfter || flow > 0)) {
      nodeStart = true;
      i++;
      continue;
    }
    if (nodeStart && (c === 34 /* " */ || c === 39 /* ' */)) {
      // skip the quoted scalar, but never past the end of the line (a multi-line one is counted as YAML)
      let k = i + 1;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (isBreak(d)) break;
        if (c === 34 && d === 92 /* \ */ && !isBreak(text.charCodeAt(k + 1))) k += 2;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(k + 1) === 39) k += 2;
          else break;
        } else k++;
      }
      i = k < n && !isBreak(text.charCodeAt(k)) ? k + 1 : k;
      nodeStart = false;
      continue;
    }
    if (nodeStart && flow === 0 && (c === 124 /* | */ || c === 62 /* > */)) {
      let k = i + 1;
      while (k < n && /[-+0-9]/.test(text.charAt(k))) k++;
      while (k < n && isBlank(text.charCodeAt(k))) k++;
      if (k >= n || isBreak(text.charCodeAt(k)) || text.charCodeAt(k) === 35) {
        blockScalarParent = lineIndent;
        i = lineEnd(k);
        continue;
      }
    }
    nodeStart = false;
    i++;
  }
  return -1;
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
