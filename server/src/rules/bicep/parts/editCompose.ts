/**
 * Quick fixes that change several properties of one resource / module body at once (not a
 * rule: camelCase file). Each change is made on the text left by the previous one (re-parsed),
 * so insertions into the same object never collide; the result is one minimal text edit.
 */
import type { AnalysisDocument } from '../../../engine/document';
import type { Fix, TextEdit } from '../../../engine/types';
import { BicepModel, applyEdits, parseBicep, removePropertyEdit, setPropertyEdit } from '../../../languages/bicep';
import type { ArrayExpr, ModuleSymbol, ObjectExpr, ResourceSymbol } from '../../../languages/bicep';
import { locatePath } from '../support';

export interface PropertyChange {
  /** Dotted path from the body (`properties.aadProfile.managed`). */
  readonly path: string;
  /** Bicep source of the new value; omit with `remove: true`. */
  readonly valueText?: string;
  /** Delete the property (no-op when absent). */
  readonly remove?: boolean;
}

type BodySym = ResourceSymbol | ModuleSymbol;

function bodyOf(model: BicepModel, kind: 'resource' | 'module', name: string, ordinal: number): ObjectExpr | undefined {
  const list: readonly BodySym[] = kind === 'resource' ? model.resources : model.modules;
  return list.filter((s) => s.name === name)[ordinal]?.body;
}

/** One edit turning `before` into `after` (common prefix and suffix kept). */
export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let s = 0;
  while (s < max && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  let e = 0;
  while (e < max - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  return { start: s, end: before.length - e, newText: after.slice(s, after.length - e) };
}

/** Apply `changes` in order to the body of `sym`; undefined when any change cannot be made. */
export function setPropertiesFix(doc: AnalysisDocument, sym: BodySym, changes: readonly PropertyChange[], title: string, safety: 'safe' | 'unsafe' = 'safe'): Fix | undefined {
  if (!sym.body || changes.length === 0) return undefined;
  const list: readonly BodySym[] = sym.kind === 'resource' ? sym.model.resources : sym.model.modules;
  const ordinal = list.filter((s) => s.name === sym.name).indexOf(sym);
  if (ordinal < 0) return undefined;
  let text = doc.text;
  let body: ObjectExpr | undefined = sym.body;
  for (const [i, c] of changes.entries()) {
    if (i > 0) {
      const model = new BicepModel(parseBicep(text, { params: doc.kind === 'bicepparam' }), text, doc.path);
      body = bodyOf(model, sym.kind, sym.name, ordinal);
    }
    if (!body) return undefined;
    let edit: TextEdit | undefined;
    if (c.remove) {
      const loc = locatePath(body, c.path);
      if (!loc.property) continue;
      if (!loc.object) return undefined;
      edit = removePropertyEdit(text, loc.object, loc.property);
    } else {
      if (c.valueText === undefined) return undefined;
      edit = setPropertyEdit(text, body, c.path, c.valueText);
    }
    if (!edit) return undefined;
    text = applyEdits(text, [edit]);
  }
  const edit = diffEdit(doc.text, text);
  return edit ? { title, edits: [edit], safety } : undefined;
}

/** Delete one item of an array literal (its whole line in a multi-line array). */
export function removeArrayItemEdit(text: string, array: ArrayExpr, item: { start: number; end: number }): TextEdit | undefined {
  const idx = array.items.findIndex((i) => i.start === item.start && i.end === item.end);
  if (idx < 0) return undefined;
  let ls = item.start;
  while (ls > 0 && (text[ls - 1] === ' ' || text[ls - 1] === '\t')) ls--;
  let le = item.end;
  while (le < text.length && (text[le] === ' ' || text[le] === '\t' || text[le] === ',')) le++;
  const ownLine = (ls === 0 || text[ls - 1] === '\n') && (le >= text.length || text[le] === '\n' || text[le] === '\r');
  if (ownLine) {
    if (text[le] === '\r') le++;
    if (text[le] === '\n') le++;
    return { start: ls, end: le, newText: '' };
  }
  const next = array.items[idx + 1];
  if (next) return { start: item.start, end: next.start, newText: '' };
  const prev = array.items[idx - 1];
  if (prev) return { start: prev.end, end: item.end, newText: '' };
  return { start: item.start, end: item.end, newText: '' };
}
