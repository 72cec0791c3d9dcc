/**
 * Layout of Bicep object literals (braces, indentation, line breaks), used to place
 * inserted properties. No dependency on the model, so both the model and edits use it.
 */
import type { ObjectExpr } from './ast';

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

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

export function indentOfLine(text: string, offset: number): string {
  const s = lineStartOf(text, offset);
  let e = s;
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
  return text.slice(s, e);
}

/** Indentation before `offset` when only whitespace precedes it on its line, else undefined. */
export function leadingIndent(text: string, offset: number): string | undefined {
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

export function isMultiline(text: string, obj: ObjectExpr): boolean {
  const end = obj.close ?? obj.end;
  for (let i = obj.open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** How an object literal is laid out: braces, indentation, line breaks. */
export function objectLayout(text: string, obj: ObjectExpr): ObjectLayout {
  const eol = detectEol(text);
  const multiline = isMultiline(text, obj);
  const baseIndent = obj.close !== undefined && multiline ? indentOfLine(text, obj.close) : indentOfLine(text, obj.open);
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
    open: { start: obj.open, end: obj.open + 1 },
    close: obj.close !== undefined ? { start: obj.close, end: obj.close + 1 } : undefined,
    multiline,
    propertyIndent: propertyIndent ?? baseIndent + indentUnit,
    baseIndent,
    indentUnit,
    eol,
  };
}

