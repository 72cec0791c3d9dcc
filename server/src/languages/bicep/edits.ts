/**
 * Text edits on Bicep object literals for quick fixes: insert a (nested) property at
 * the right place and indentation, replace a property's value, remove a property.
 * Pure functions over the document text; they never throw and return undefined when an
 * edit cannot be made safely (unclosed object, path blocked by a non-literal value).
 */
import type { TextEdit } from '../../engine/types';
import type { ObjectExpr, ObjectProperty } from './ast';
import { lookupProperty, splitPath } from './model';

export interface ObjectLayout {
  /** `{` span. */
  readonly open: { readonly start: number; readonly end: number };
  /** `}` span (undefined when the object is not closed). */
  readonly close: { readonly start: number; readonly end: number } | undefined;
  /** The object spans several lines. */
  readonly multiline: boolean;
  /** Indentation used by the object's properties (computed when it has none). */
  readonly propertyIndent: string;
  /** Indentation of the line holding the closing brace (or the opening one). */
  readonly baseIndent: string;
  /** One indentation step of the file (`  ` by default). */
  readonly indentUnit: string;
  /** The file's line break. */
  readonly eol: string;
}

export function detectEol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

function indentOfLine(text: string, offset: number): string {
  const s = lineStartOf(text, offset);
  let e = s;
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
  return text.slice(s, e);
}

/** Indentation before `offset` when only whitespace precedes it on its line, else undefined. */
function leadingIndent(text: string, offset: number): string | undefined {
  const s = lineStartOf(text, offset);
  const before = text.slice(s, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/** Guess the file's indentation step from its first indented line. */
export function detectIndentUnit(text: string): string {
  const limit = Math.min(text.length, 200_000);
  let i = 0;
  while (i < limit) {
    const nl = text.indexOf('\n', i);
    if (nl < 0 || nl >= limit) break;
    const c = text.charCodeAt(nl + 1);
    if (c === 9) return '\t';
    if (c === 32) {
      let n = 0;
      while (text.charCodeAt(nl + 1 + n) === 32 && n < 16) n++;
      const next = text.charCodeAt(nl + 1 + n);
      if (next !== 10 && next !== 13 && n > 0) return ' '.repeat(Math.min(n, 8));
    }
    i = nl + 1;
  }
  return '  ';
}

function isMultiline(text: string, obj: ObjectExpr): boolean {
  const end = obj.close ? obj.close.start : obj.end;
  for (let i = obj.open.end; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** How an object literal is laid out: braces, indentation, line breaks. */
export function objectLayout(text: string, obj: ObjectExpr): ObjectLayout {
  const eol = detectEol(text);
  const multiline = isMultiline(text, obj);
  const baseIndent = obj.close && multiline ? indentOfLine(text, obj.close.start) : indentOfLine(text, obj.open.start);
  let propertyIndent: string | undefined;
  for (const item of obj.items) {
    const ind = leadingIndent(text, item.start);
    if (ind !== undefined) {
      propertyIndent = ind;
      break;
    }
  }
  let indentUnit = detectIndentUnit(text);
  if (propertyIndent !== undefined && propertyIndent.length > baseIndent.length && propertyIndent.startsWith(baseIndent)) {
    indentUnit = propertyIndent.slice(baseIndent.length);
  }
  return {
    open: { start: obj.open.start, end: obj.open.end },
    close: obj.close ? { start: obj.close.start, end: obj.close.end } : undefined,
    multiline,
    propertyIndent: propertyIndent ?? baseIndent + indentUnit,
    baseIndent,
    indentUnit,
    eol,
  };
}

/** `key` as written in Bicep: bare identifier or quoted string. */
export function propertyKeyText(key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && key !== 'true' && key !== 'false' && key !== 'null') return key;
  return `'${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\$\{/g, '\\${')}'`;
}

/** A Bicep string literal for a value. */
export function bicepString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\$\{/g, '\\${')}'`;
}

/**
 * Text of `a: {\n b: {\n c: value\n }\n}` for the segments, the first line unindented, following
 * lines indented from `indent`. `valueText` lines after the first are re-indented too.
 */
function nestedPropertyText(segments: readonly string[], valueText: string, indent: string, unit: string, eol: string): string {
  const last = segments.length - 1;
  let out = '';
  for (let i = 0; i < last; i++) {
    out += `${propertyKeyText(segments[i] as string)}: {${eol}${indent}${unit.repeat(i + 1)}`;
  }
  const valueIndent = indent + unit.repeat(last);
  const v = valueText.replace(/\r?\n/g, `${eol}${valueIndent}`);
  out += `${propertyKeyText(segments[last] as string)}: ${v}`;
  for (let i = last - 1; i >= 0; i--) out += `${eol}${indent}${unit.repeat(i)}}`;
  return out;
}

/**
 * Insert the property at `path` (dotted, relative to `root`) with `valueText` (Bicep source
 * of the value, e.g. `'Disabled'` or `false`). Intermediate objects are created when absent.
 * Returns undefined when the property already exists (use `setPropertyEdit`), when the path
 * goes through a value that is not an object literal, or when the object is not closed.
 */
export function insertPropertyEdit(text: string, root: ObjectExpr, path: string | readonly string[], valueText: string): TextEdit | undefined {
  const lookup = lookupProperty(root, path);
  if (lookup.found || lookup.blockedBy || !lookup.object || lookup.missing.length === 0) return undefined;
  return insertIntoObject(text, lookup.object, lookup.missing, valueText);
}

/** Insert `segments` (a new property, nested objects created) into `obj`. */
export function insertIntoObject(text: string, obj: ObjectExpr, segments: readonly string[], valueText: string): TextEdit | undefined {
  if (!obj.close || segments.length === 0) return undefined;
  const layout = objectLayout(text, obj);
  const { eol, indentUnit } = layout;
  const items = obj.items;
  if (layout.multiline) {
    const indent = layout.propertyIndent;
    const propText = nestedPropertyText(segments, valueText, indent, indentUnit, eol);
    const lastItem = items[items.length - 1];
    if (lastItem) {
      // after the last item's line (keeps a trailing comment on its line)
      let at = lineEndOf(text, lastItem.end);
      if (at > obj.close.start) at = lastItem.end;
      const sep = textBetweenIsComma(text, lastItem.end, obj.close.start) ? ',' : '';
      return { start: at, end: at, newText: `${sep}${eol}${indent}${propText}` };
    }
    // empty multi-line object: right after '{'
    return { start: obj.open.end, end: obj.open.end, newText: `${eol}${indent}${propText}` };
  }
  // single line: expand onto separate lines
  const base = layout.baseIndent;
  const indent = base + indentUnit;
  const parts: string[] = [];
  for (const item of items) parts.push(text.slice(item.start, item.end));
  parts.push(nestedPropertyText(segments, valueText, indent, indentUnit, eol));
  const body = parts.map((p) => `${eol}${indent}${p}`).join('');
  return { start: obj.open.end, end: obj.close.start, newText: `${body}${eol}${base}` };
}

function textBetweenIsComma(text: string, from: number, to: number): boolean {
  // a multi-line object whose items are comma-separated on their lines (rare) keeps commas
  const seg = text.slice(from, Math.min(to, from + 200));
  return /^[ \t]*,/.test(seg);
}

/** Replace a property's value expression (or fill a missing value after `key:`). */
export function replaceValueEdit(text: string, prop: ObjectProperty, newValueText: string): TextEdit | undefined {
  if (prop.value) return { start: prop.value.start, end: prop.value.end, newText: newValueText };
  if (prop.colon) {
    const after = text.charCodeAt(prop.colon.end) === 32 ? prop.colon.end + 1 : prop.colon.end;
    return { start: after, end: after, newText: text.charCodeAt(prop.colon.end) === 32 ? newValueText : ` ${newValueText}` };
  }
  if (prop.key) return { start: prop.key.end, end: prop.key.end, newText: `: ${newValueText}` };
  return undefined;
}

/** Set a property: replace its value when present, else insert it (with intermediate objects). */
export function setPropertyEdit(text: string, root: ObjectExpr, path: string | readonly string[], valueText: string): TextEdit | undefined {
  const lookup = lookupProperty(root, splitPath(path));
  if (lookup.found) return replaceValueEdit(text, lookup.property, valueText);
  return insertPropertyEdit(text, root, path, valueText);
}

/** Remove a property with its line (multi-line objects) or with its separating comma (single-line). */
export function removePropertyEdit(text: string, obj: ObjectExpr, prop: ObjectProperty): TextEdit | undefined {
  if (!obj.items.includes(prop)) return undefined;
  if (isMultiline(text, obj) && leadingIndent(text, prop.start) !== undefined) {
    const start = lineStartOf(text, prop.start);
    let end = lineEndOf(text, prop.end);
    if (text.charCodeAt(end) === 13) end++;
    if (text.charCodeAt(end) === 10) end++;
    if (obj.close && end > obj.close.start) end = obj.close.start;
    return { start, end, newText: '' };
  }
  const idx = obj.items.indexOf(prop);
  const next = obj.items[idx + 1];
  if (next) return { start: prop.start, end: next.start, newText: '' };
  const prev = obj.items[idx - 1];
  if (prev) return { start: prev.end, end: prop.end, newText: '' };
  return { start: prop.start, end: prop.end, newText: '' };
}

/** Apply edits (non-overlapping) to a text; for tests and the CLI. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
