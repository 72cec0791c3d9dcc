/**
 * Text edits on Bicep object literals for quick fixes: insert a (nested) property at
 * the right place and indentation, replace a property's value, remove a property.
 * Pure functions over the document text; they never throw and return undefined when an
 * edit cannot be made safely (unclosed object, path blocked by a non-literal value).
 */
import type { TextEdit } from '../../engine/types';
import type { ObjectExpr, ObjectProperty } from './ast';
import { lookupProperty, splitPath } from './model';
import { isMultiline, leadingIndent, lineEndOf, lineStartOf, objectLayout } from './layout';

export { objectLayout, detectEol, detectIndentUnit } from './layout';
export type { ObjectLayout } from './layout';

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
  if (obj.close === undefined || segments.length === 0) return undefined;
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
      if (at > obj.close) at = lastItem.end;
      const sep = textBetweenIsComma(text, lastItem.end, obj.close) ? ',' : '';
      return { start: at, end: at, newText: `${sep}${eol}${indent}${propText}` };
    }
    // empty multi-line object: right after '{'
    return { start: obj.open + 1, end: obj.open + 1, newText: `${eol}${indent}${propText}` };
  }
  // single line: expand onto separate lines
  const base = layout.baseIndent;
  const indent = base + indentUnit;
  const parts: string[] = [];
  for (const item of items) parts.push(text.slice(item.start, item.end));
  parts.push(nestedPropertyText(segments, valueText, indent, indentUnit, eol));
  const body = parts.map((p) => `${eol}${indent}${p}`).join('');
  return { start: obj.open + 1, end: obj.close, newText: `${body}${eol}${base}` };
}

function textBetweenIsComma(text: string, from: number, to: number): boolean {
  // a multi-line object whose items are comma-separated on their lines (rare) keeps commas
  const seg = text.slice(from, Math.min(to, from + 200));
  return /^[ \t]*,/.test(seg);
}

/** Replace a property's value expression (or fill a missing value after `key:`). */
export function replaceValueEdit(text: string, prop: ObjectProperty, newValueText: string): TextEdit | undefined {
  if (prop.value) return { start: prop.value.start, end: prop.value.end, newText: newValueText };
  if (prop.colon !== undefined) {
    const after = text.charCodeAt(prop.colon + 1) === 32 ? prop.colon + 2 : prop.colon + 1;
    return { start: after, end: after, newText: text.charCodeAt(prop.colon + 1) === 32 ? newValueText : ` ${newValueText}` };
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
    if (obj.close !== undefined && end > obj.close) end = obj.close;
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
