/**
 * Provenance → related locations: "the value comes from the default of param x", "assigned
 * in main.bicepparam", "passed by module m in main.bicep". Locations in other files carry
 * their line/character (read through the document's FileHost).
 */
import type { AnalysisDocument } from '../../../engine/document';
import { computeLineStarts, lineOf } from '../../../engine/document';
import type { RelatedLocation, Span } from '../../../engine/types';
import { samePath } from '../../../languages/bicep/model';
import type { Origin } from '../../../languages/bicep';

/** Is `origin` in `doc` (no file, or the document's own path)? */
export function isInDocument(doc: AnalysisDocument, file: string | undefined): boolean {
  return file === undefined || samePath(file, doc.path);
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** A related location at `span` of `file` (this document when `file` is undefined or its own path). */
export function relatedAt(doc: AnalysisDocument, span: Span, message: string, file?: string): RelatedLocation | undefined {
  if (isInDocument(doc, file)) return { message, span: { start: span.start, end: span.end } };
  const text = readText(doc, file as string);
  if (text === undefined) return undefined;
  const starts = doc.cached(`bicep-support:lines:${file}`, () => computeLineStarts(text));
  const s = Math.max(0, Math.min(span.start, text.length));
  const e = Math.max(s, Math.min(span.end, text.length));
  const line = lineOf(starts, s);
  const endLine = lineOf(starts, e);
  return {
    message,
    span: { start: s, end: e },
    file: { path: file as string, line, character: s - (starts[line] ?? 0), endLine, endCharacter: e - (starts[endLine] ?? 0) },
  };
}

function readText(doc: AnalysisDocument, file: string): string | undefined {
  return doc.cached(`bicep-support:text:${file}`, () => {
    try {
      return doc.host.readFile(file);
    } catch {
      return undefined;
    }
  });
}

function capitalise(s: string): string {
  return s.length ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export interface RelatedOptions {
  /** How to show the value in the first location's message (omit for secrets). */
  readonly valueText?: string;
  /** Spans (in this document) already reported: origins inside or around them are not repeated. */
  readonly exclude?: readonly Span[];
  /** At most this many locations (default 4). */
  readonly max?: number;
}

/**
 * Related locations for the origins of a value, in flow order (where it was produced first),
 * skipping the reported span and merging places that share a span.
 */
export function relatedForOrigins(doc: AnalysisDocument, origins: readonly Origin[], opts: RelatedOptions = {}): RelatedLocation[] {
  const groups: { span: Span; file: string | undefined; notes: string[] }[] = [];
  for (const o of origins) {
    const file = isInDocument(doc, o.file) ? undefined : o.file;
    const last = groups[groups.length - 1];
    if (last && last.file === file && last.span.start === o.span.start && last.span.end === o.span.end) {
      last.notes.push(o.note);
      continue;
    }
    groups.push({ span: o.span, file, notes: [o.note] });
  }
  const out: RelatedLocation[] = [];
  const max = opts.max ?? 4;
  let first = true;
  for (const g of groups) {
    if (out.length >= max) break;
    if (g.file === undefined && (opts.exclude ?? []).some((x) => (g.span.start >= x.start && g.span.end <= x.end) || (x.start >= g.span.start && x.end <= g.span.end))) {
      first = false;
      continue;
    }
    const note = [...g.notes].reverse().find((n) => n !== 'literal' && n !== 'object literal') ?? g.notes[g.notes.length - 1] ?? 'value';
    const where = g.file && !note.includes(basename(g.file)) ? ` (${basename(g.file)})` : '';
    let message: string;
    if (first) {
      message = note === 'literal' || note === 'object literal'
        ? `The value${opts.valueText ? ` ${opts.valueText}` : ''} is set here${where}`
        : `${capitalise(note)}${opts.valueText ? `: ${opts.valueText}` : ''}${where}`;
    } else message = `Via ${note}${where}`;
    first = false;
    const r = relatedAt(doc, g.span, message, g.file);
    if (r) out.push(r);
  }
  return out;
}

/** The name of the param whose default produced the value (same file), if any. */
export function paramDefaultOrigin(doc: AnalysisDocument, origins: readonly Origin[]): { name: string; span: Span } | undefined {
  for (const o of origins) {
    if (!isInDocument(doc, o.file)) continue;
    const m = /^default of param (\S+)$/.exec(o.note);
    if (m) return { name: m[1] as string, span: o.span };
  }
  return undefined;
}

/** The .bicepparam assignment that produced the value, if any: `{ file, name }`. */
export function paramFileOrigin(origins: readonly Origin[]): { file: string; name: string; span: Span } | undefined {
  for (const o of origins) {
    const m = /^param (\S+) assigned in /.exec(o.note);
    if (m && o.file) return { file: o.file, name: m[1] as string, span: o.span };
  }
  return undefined;
}
