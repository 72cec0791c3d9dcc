/**
 * Quick-fix builders for Bicep rules: precise text edits that keep the file's formatting
 * (built on languages/bicep/edits.ts). Every builder returns undefined when the edit cannot
 * be made safely; rules then report without a fix.
 */
import type { AnalysisDocument } from '../../../engine/document';
import type { Fix, Span, TextEdit } from '../../../engine/types';
import { getBicep } from '../../../languages/bicep';
import type { Expr, Known, Node, ObjectExpr, ObjectProperty, OutputSymbol, ParamSymbol } from '../../../languages/bicep';
import { insertPropertyEdit, removePropertyEdit, replaceValueEdit, setPropertyEdit } from '../../../languages/bicep/edits';
import { nodePathAt } from '../../../languages/bicep/visit';
import { isInDocument, paramDefaultOrigin } from './provenance';
import type { PathLocation } from './values';
import { clip } from './values';

export type FixSafety = 'safe' | 'unsafe';

export function fixOf(title: string, edit: TextEdit | undefined, safety: FixSafety = 'safe'): Fix | undefined {
  return edit ? { title, edits: [edit], safety } : undefined;
}

/** Replace `span` with `newText`. */
export function replaceFix(span: Span, newText: string, title: string, safety: FixSafety = 'safe'): Fix {
  return { title, edits: [{ start: span.start, end: span.end, newText }], safety };
}

/** Insert the (dotted) property with `valueText` into `root`, creating missing intermediate objects. */
export function insertPropertyFix(doc: AnalysisDocument, root: ObjectExpr | undefined, path: string | readonly string[], valueText: string, title: string, safety: FixSafety = 'safe'): Fix | undefined {
  if (!root) return undefined;
  return fixOf(title, insertPropertyEdit(doc.text, root, path, valueText), safety);
}

/** Replace the property's value when present, else insert it. */
export function setPropertyFix(doc: AnalysisDocument, root: ObjectExpr | undefined, path: string | readonly string[], valueText: string, title: string, safety: FixSafety = 'safe'): Fix | undefined {
  if (!root) return undefined;
  return fixOf(title, setPropertyEdit(doc.text, root, path, valueText), safety);
}

/** Replace the value of a written property (continuation lines of a multi-line value are indented like the property). */
export function replaceValueFix(doc: AnalysisDocument, prop: ObjectProperty, valueText: string, title: string, safety: FixSafety = 'safe'): Fix | undefined {
  const text = /\r?\n/.test(valueText) ? valueText.replace(/\r?\n/g, `${doc.eol}${doc.indentAt(prop.start)}`) : valueText;
  return fixOf(title, replaceValueEdit(doc.text, prop, text), safety);
}

/** Delete a property (its whole line in multi-line objects). */
export function removePropertyFix(doc: AnalysisDocument, obj: ObjectExpr, prop: ObjectProperty, title: string, safety: FixSafety = 'safe'): Fix | undefined {
  return fixOf(title, removePropertyEdit(doc.text, obj, prop), safety);
}

/** Insert a decorator line (e.g. `@secure()`) right above a param / output keyword, at its indentation. */
export function addDecoratorFix(doc: AnalysisDocument, sym: ParamSymbol | OutputSymbol, decoratorText: string, title: string, safety: FixSafety = 'safe'): Fix {
  const at = sym.decl.keyword.start;
  const indent = doc.indentAt(at);
  return { title, edits: [{ start: at, end: at, newText: `${decoratorText}${doc.eol}${indent}` }], safety };
}

/** Delete ` = <default>` of a param (keeps the type). */
export function removeParamDefaultFix(doc: AnalysisDocument, param: ParamSymbol, title = 'Remove the default value', safety: FixSafety = 'unsafe'): Fix | undefined {
  const d = param.defaultValue;
  const t = param.type;
  if (!d || !t || t.end > d.start) return undefined;
  const between = doc.text.slice(t.end, d.start);
  if (!/^\s*=\s*$/.test(between)) return undefined;
  return { title, edits: [{ start: t.end, end: d.end, newText: '' }], safety };
}

/** The syntax node whose span is exactly `span` in this document (undefined when none). */
export function nodeAt(doc: AnalysisDocument, span: Span): Node | undefined {
  const { tree } = getBicep(doc);
  const probe = span.end > span.start ? span.start + 1 : span.start;
  const path = nodePathAt(tree, probe);
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as Node;
    if (n.start === span.start && n.end === span.end) return n;
  }
  return undefined;
}

/** A literal (string without interpolation, number, boolean, null) — safe to replace in place. */
export function isLiteralNode(n: Node | undefined): boolean {
  if (!n) return false;
  if (n.kind === 'String') return (n as Expr & { kind: 'String' }).exprs.length === 0;
  return n.kind === 'Integer' || n.kind === 'Boolean' || n.kind === 'Null' || (n.kind === 'Unary' && (n as Expr & { kind: 'Unary' }).op === '-');
}

export interface ValueFixOptions {
  /** Title when the property itself is changed, e.g. `Set publicNetworkAccess to 'Disabled'`. */
  readonly title: string;
  /** Bicep source of the secure value. */
  readonly valueText: string;
  /** Delete the property instead of changing its value. */
  readonly remove?: boolean;
}

/**
 * The fix for an insecure value, chosen from where the value comes from:
 * - a literal written at the property → replace it (safe);
 * - the default of a param of this file → change the default (unsafe: every caller inherits it);
 * - anything else (a ternary, a var, a loop item, a .bicepparam value, a module caller) →
 *   overwrite the property's expression (unsafe: it discards the computation).
 * `remove` deletes the property (safe when the value is a literal there, else unsafe).
 */
export function valueFix(doc: AnalysisDocument, location: PathLocation, option: Known, opts: ValueFixOptions): Fix | undefined {
  const prop = location.property;
  const origin = option.origins[0];
  const valueSpan = prop?.value ? { start: prop.value.start, end: prop.value.end } : undefined;
  const literalHere = !!(origin && valueSpan && isInDocument(doc, origin.file) && origin.span.start === valueSpan.start && origin.span.end === valueSpan.end && isLiteralNode(nodeAt(doc, origin.span)));
  if (opts.remove) {
    if (!prop || !location.object) return undefined;
    return removePropertyFix(doc, location.object, prop, opts.title, literalHere ? 'safe' : 'unsafe');
  }
  if (literalHere && prop) return replaceValueFix(doc, prop, opts.valueText, opts.title, 'safe');
  const pd = paramDefaultOrigin(doc, option.origins);
  if (pd && origin && isInDocument(doc, origin.file) && isLiteralNode(nodeAt(doc, origin.span))) {
    return replaceFix(origin.span, opts.valueText, `Change the default of param ${clip(pd.name)} to ${opts.valueText}`, 'unsafe');
  }
  if (prop) return replaceValueFix(doc, prop, opts.valueText, opts.title, 'unsafe');
  if (origin && isInDocument(doc, origin.file) && isLiteralNode(nodeAt(doc, origin.span))) {
    return replaceFix(origin.span, opts.valueText, opts.title, 'unsafe');
  }
  return undefined;
}

/** A name not used by any symbol of the file: `base`, `base2`, `base3`… */
export function uniqueSymbolName(doc: AnalysisDocument, base: string): string {
  const { model } = getBicep(doc);
  const clean = base.replace(/[^A-Za-z0-9_]/g, '') || 'value';
  const start = /^[A-Za-z_]/.test(clean) ? clean : `p${clean}`;
  if (!model.lookup(start)) return start;
  for (let i = 2; i < 1000; i++) if (!model.lookup(`${start}${i}`)) return `${start}${i}`;
  return `${start}${Date.now() % 100000}`;
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/**
 * Insert a top-level declaration (one or more lines, no trailing line break): after the last
 * `param`, else before the first resource / module / var / output (after targetScope, imports, metadata).
 */
export function insertDeclarationEdit(doc: AnalysisDocument, declText: string): TextEdit {
  const { model, tree } = getBicep(doc);
  const eol = doc.eol;
  const text = doc.text;
  const lastParam = model.params[model.params.length - 1];
  if (lastParam) {
    const at = lineEnd(text, lastParam.decl.end);
    return { start: at, end: at, newText: `${eol}${declText}` };
  }
  const header = new Set(['TargetScope', 'Metadata', 'Import', 'Using', 'Extension']);
  const first = tree.statements.find((s) => !header.has(s.kind));
  if (first) {
    const at = lineStart(text, first.start);
    return { start: at, end: at, newText: `${declText}${eol}${eol}` };
  }
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  return { start: text.length, end: text.length, newText: `${needsBreak ? eol : ''}${declText}${eol}` };
}

/**
 * Replace a hard-coded value by a new `@secure() param <name> string` (unsafe: every
 * deployment must now pass the value, from a Key Vault reference or a pipeline secret).
 */
export function extractToSecureParamFix(doc: AnalysisDocument, valueSpan: Span, baseName: string, type = 'string'): Fix {
  const name = uniqueSymbolName(doc, baseName);
  const decl = `@secure()${doc.eol}param ${clip(name)} ${type}`;
  return {
    title: `Move the value to a new @secure() param ${clip(name)}`,
    edits: [insertDeclarationEdit(doc, decl), { start: valueSpan.start, end: valueSpan.end, newText: name }],
    safety: 'unsafe',
  };
}
