/**
 * Completion for Azure ML YAML, from the bundled schemas. LSP-free: offsets in, spans out.
 *
 * The cursor's context (key position or value position, and the key route of the enclosing
 * mapping) is read from the text — indentation and `key:` lines above the cursor — so it
 * works on half-typed documents that do not parse cleanly. The parsed data (when there is
 * any) only refines `type:`-dependent branches and tells which keys are already present.
 */
import { isMap, isPair, isScalar } from 'yaml';
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';
import { detectAzureML } from './detect';
import { AZUREML_KINDS, kindInfo, type AzureMLKind } from './kinds';
import { firstDocumentValue, firstYamlDocument, nodeAtPath } from './model';
import { fieldAt, propertiesAt, typeLabel, type FieldInfo } from './schemaNav';

export interface AzureMLCompletion {
  readonly label: string;
  readonly kind: 'key' | 'value' | 'schema';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText?: string;
  /** The text the completion replaces (the word typed so far); absent: insert at the cursor. */
  readonly replaceSpan?: Span;
}

type Seg = string | number;

const NOT_AZUREML_KINDS = new Set(['github-workflow', 'github-action', 'azure-pipelines', 'bicep', 'bicepparam', 'json']);
/** Longest line we analyse for completion (pathological lines get nothing). */
const MAX_LINE = 10_000;

export function completeAzureML(doc: AnalysisDocument, offset: number): AzureMLCompletion[] {
  try {
    return complete(doc, offset);
  } catch {
    return [];
  }
}

interface LineInfo {
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly suffix: string;
}

function lineAround(text: string, offset: number): LineInfo {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, prefix: text.slice(start, offset), suffix: text.slice(offset, Math.max(offset, end)) };
}

function complete(doc: AnalysisDocument, offsetIn: number): AzureMLCompletion[] {
  if (NOT_AZUREML_KINDS.has(doc.kind)) return [];
  const text = doc.text;
  const offset = Math.max(0, Math.min(offsetIn, text.length));
  const line = lineAround(text, offset);
  if (line.end - line.start > MAX_LINE) return [];
  if (/(^|\s)#/.test(line.prefix)) return []; // inside a comment

  const rootValue = firstDocumentValue(doc);
  const det = detectAzureML(doc.path, rootValue, text);
  if (!det && /(^|[\\/])\.github[\\/]/.test(doc.path)) return [];
  const kind = det?.kind;

  // value position: `key: partial`
  const vm = /^( *)(- +)?((?:[^\s:#'"]|:(?!\s))+|"[^"\n]*"|'[^'\n]*')[ \t]*:[ \t]+(.*)$/.exec(line.prefix);
  if (vm) {
    const indent = (vm[1] ?? '').length + (vm[2] ?? '').length;
    const key = unquote(vm[3] ?? '');
    const typed = vm[4] ?? '';
    if (/^[|>]/.test(typed)) return [];
    const valueStart = offset - typed.length;
    const restMatch = /^[^\s#]*/.exec(line.suffix);
    const replaceSpan: Span = { start: valueStart, end: offset + (restMatch ? restMatch[0].length : 0) };
    const parent = vm[2]
      ? [...containerPath(text, line.start, (vm[1] ?? '').length, true), previousSiblingCount(text, line.start, (vm[1] ?? '').length)]
      : containerPath(text, line.start, indent, false);
    return valueCompletions(kind, rootValue, parent, key, typed, replaceSpan);
  }

  // key position: `  partial` or `  - partial`
  const km = /^( *)(- +)?([A-Za-z0-9_$.\-/]*)$/.exec(line.prefix);
  if (!km) return [];
  const baseIndent = (km[1] ?? '').length;
  const dash = km[2] ?? '';
  const typed = km[3] ?? '';
  const restMatch = /^[A-Za-z0-9_$.\-/]*/.exec(line.suffix);
  const replaceSpan: Span = { start: offset - typed.length, end: offset + (restMatch ? restMatch[0].length : 0) };
  // A key already followed by `:` on this line: only replace the name.
  const hasColon = /^[A-Za-z0-9_$.\-/]*[ \t]*:/.test(line.suffix);
  const path = dash
    ? [...containerPath(text, line.start, baseIndent, true), previousSiblingCount(text, line.start, baseIndent)]
    : containerPath(text, line.start, baseIndent, false);
  const keyIndent = ' '.repeat(baseIndent + dash.length);

  if (!kind) {
    if (path.length > 0 || dash) return [];
    return schemaLineCompletions(rootValue, typed, replaceSpan, undefined);
  }
  return keyCompletions(doc, kind, rootValue, path, typed, replaceSpan, keyIndent, hasColon, offset);
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) return s.slice(1, -1);
  return s;
}

interface PrevLine {
  readonly text: string;
  readonly start: number;
}

/** Lines above `lineStart`, nearest first. */
function* linesAbove(text: string, lineStart: number): Generator<PrevLine> {
  let pos = lineStart;
  while (pos > 0) {
    const nl = pos - 1;
    const start = text.lastIndexOf('\n', nl - 1) + 1;
    let lt = text.slice(start, nl);
    if (lt.endsWith('\r')) lt = lt.slice(0, -1);
    pos = start;
    yield { text: lt, start };
  }
}

const KEY_LINE = /^( *)(- +)?((?:[^\s:#'"]|:(?!\s))+|"[^"\n]*"|'[^'\n]*')[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * The key route of the mapping a key at `indent` on the line starting at `lineStart`
 * belongs to. `seqItem`: the key follows `- ` (or the line starts a new item), so a parent
 * key may sit at the same indentation (YAML's indentless sequences).
 */
export function containerPath(text: string, lineStart: number, indent: number, seqItem: boolean): Seg[] {
  const segs: Seg[] = [];
  let cur = indent;
  let allowEqual = seqItem;
  let scanned = 0;
  for (const l of linesAbove(text, lineStart)) {
    if (++scanned > 5000) break;
    const t = l.text;
    if (t.length > MAX_LINE) continue;
    if (!t.trim() || /^\s*#/.test(t)) continue;
    if (/^(---|\.\.\.)\s*$/.test(t)) break;
    const m = /^( *)(- +)?/.exec(t);
    const lineIndent = (m?.[1] ?? '').length;
    const dashLen = (m?.[2] ?? '').length;
    if (dashLen > 0) {
      const contentIndent = lineIndent + dashLen;
      if (lineIndent < cur && contentIndent <= cur) {
        if (contentIndent < cur) {
          // deeper than the item's first key: that key is our parent
          const km = KEY_LINE.exec(t);
          if (km && !(km[4] ?? '').trim()) segs.unshift(unquote(km[3] ?? ''));
        }
        segs.unshift(previousSiblingCount(text, l.start, lineIndent));
        cur = lineIndent;
        allowEqual = true;
      }
      continue;
    }
    if (lineIndent < cur || (allowEqual && lineIndent === cur)) {
      const km = KEY_LINE.exec(t);
      if (km) {
        segs.unshift(unquote(km[3] ?? ''));
        cur = lineIndent;
        allowEqual = false;
      }
    }
    if (cur === 0 && !allowEqual) break;
  }
  return segs;
}

/** How many `- ` items at `indent` precede the line starting at `lineStart` in the same sequence. */
function previousSiblingCount(text: string, lineStart: number, indent: number): number {
  let n = 0;
  let scanned = 0;
  for (const l of linesAbove(text, lineStart)) {
    if (++scanned > 5000) break;
    const t = l.text;
    if (!t.trim() || /^\s*#/.test(t)) continue;
    const m = /^( *)(- +)?/.exec(t);
    const li = (m?.[1] ?? '').length;
    if (li < indent) break;
    if (li === indent) {
      if (m?.[2]) n++;
      else break;
    }
  }
  return n;
}

function fieldDoc(f: FieldInfo): string {
  const parts: string[] = [];
  if (f.description) parts.push(f.description);
  const facts: string[] = [`Type: \`${typeLabel(f)}\``];
  if (f.enumValues.length) facts.push(`Values: ${f.enumValues.map((v) => `\`${v}\``).join(', ')}`);
  if (f.default !== undefined) facts.push(`Default: \`${typeof f.default === 'string' ? f.default : JSON.stringify(f.default)}\``);
  parts.push(facts.join(' · '));
  return parts.join('\n\n');
}

function isReadOnly(f: FieldInfo): boolean {
  return /\(read-only\)/.test(f.description ?? '');
}

function presentKeys(doc: AnalysisDocument, path: readonly Seg[], offset: number): Set<string> {
  const out = new Set<string>();
  const y = firstYamlDocument(doc);
  if (!y) return out;
  const node = path.length ? nodeAtPath(y.contents as never, path) : y.contents;
  if (!isMap(node)) return out;
  for (const item of node.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const r = item.key.range;
    if (r && r[0] <= offset && offset <= r[1]) continue; // the key being typed
    if (item.key.value !== null && item.key.value !== undefined) out.add(String(item.key.value));
  }
  return out;
}

function keyCompletions(
  doc: AnalysisDocument,
  kind: AzureMLKind,
  rootValue: unknown,
  path: readonly Seg[],
  typed: string,
  replaceSpan: Span,
  keyIndent: string,
  hasColon: boolean,
  offset: number,
): AzureMLCompletion[] {
  const present = presentKeys(doc, path, offset);
  const items: AzureMLCompletion[] = [];
  const eol = doc.eol;
  for (const p of propertiesAt(kind, rootValue, path)) {
    if (present.has(p.name) || isReadOnly(p.field)) continue;
    if (path.length === 0 && p.name === '$schema') continue; // offered as the full line below
    const f = p.field;
    let insertText: string;
    if (hasColon) insertText = p.name;
    else if (f.isMapping && !f.types.includes('string') && !f.isList) insertText = `${p.name}:${eol}${keyIndent}  `;
    else if (f.isList && f.types.length === 1) insertText = `${p.name}:${eol}${keyIndent}  - `;
    else insertText = `${p.name}: `;
    items.push({
      label: p.name,
      kind: 'key',
      detail: typeLabel(f),
      documentation: fieldDoc(f),
      insertText,
      replaceSpan,
    });
  }
  if (path.length === 0 && !present.has('$schema')) {
    items.unshift(...schemaLineCompletions(rootValue, typed, replaceSpan, kind));
  }
  return rank(items, typed);
}

/** Prefix matches first (stable otherwise). */
function rank(items: AzureMLCompletion[], typed: string): AzureMLCompletion[] {
  if (!typed) return items;
  const t = typed.toLowerCase();
  const first = items.filter((i) => i.label.toLowerCase().startsWith(t));
  const rest = items.filter((i) => !i.label.toLowerCase().startsWith(t));
  return [...first, ...rest];
}

/**
 * `$schema: <url>` lines: for a classified document, its kind's URL; for an unclassified
 * document that is still (nearly) empty, one line per kind.
 */
function schemaLineCompletions(
  rootValue: unknown,
  typed: string,
  replaceSpan: Span,
  kind: AzureMLKind | undefined,
): AzureMLCompletion[] {
  if (kind === undefined) {
    const keys = rootValue && typeof rootValue === 'object' && !Array.isArray(rootValue) ? Object.keys(rootValue) : [];
    const others = keys.filter((k) => k !== typed);
    if (others.length > 0) return [];
  }
  const out: AzureMLCompletion[] = [];
  const kinds = kind ? [kindInfo(kind)] : AZUREML_KINDS;
  for (const info of kinds) {
    if (!info.canonicalSchemaUrl) continue;
    out.push({
      label: `$schema: ${info.canonicalSchemaUrl}`,
      kind: 'schema',
      detail: `Azure ML ${info.label}`,
      documentation: `${info.description}\n\nBulwark validates the file against its bundled copy of this schema (never fetched).`,
      insertText: `$schema: ${info.canonicalSchemaUrl}`,
      replaceSpan,
    });
  }
  return out;
}

function valueCompletions(
  kind: AzureMLKind | undefined,
  rootValue: unknown,
  parent: readonly Seg[],
  key: string,
  typed: string,
  replaceSpan: Span,
): AzureMLCompletion[] {
  if (parent.length === 0 && key === '$schema') {
    const items: AzureMLCompletion[] = [];
    const preferred = kind ? kindInfo(kind) : undefined;
    const ordered = preferred ? [preferred, ...AZUREML_KINDS.filter((k) => k.id !== preferred.id)] : AZUREML_KINDS;
    for (const info of ordered) {
      if (!info.canonicalSchemaUrl) continue;
      items.push({
        label: info.canonicalSchemaUrl,
        kind: 'schema',
        detail: `Azure ML ${info.label}`,
        documentation: info.description,
        replaceSpan,
      });
    }
    return items;
  }
  if (!kind) return [];
  const f = fieldAt(kind, rootValue, [...parent, key]);
  if (!f) return [];
  const values = f.enumValues.length ? f.enumValues : f.types.includes('boolean') ? ['true', 'false'] : [];
  const quote = /^["']/.test(typed) ? '' : undefined;
  const items: AzureMLCompletion[] = values.map((v) => ({
    label: v,
    kind: 'value' as const,
    detail: f.default !== undefined && String(f.default) === v ? `${key} (default)` : key,
    documentation: f.description ?? '',
    insertText: quote === undefined ? v : `${typed.charAt(0)}${v}${typed.charAt(0)}`,
    replaceSpan,
  }));
  const t = typed.replace(/^["']/, '');
  return rank(items, t);
}
