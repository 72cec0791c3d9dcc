/**
 * One document as the engine sees it: its text, its kind and lazily computed views
 * (line starts, parsed trees, models). Parsed artefacts are memoised on the document
 * so that every rule shares one parse and one model per document version.
 */
import type { FileKind, Span } from './types';

/** Read-only access to other files (for `.bicepparam` and local modules). Never writes, never executes. */
export interface FileHost {
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  readFile(absolutePath: string): string | undefined;
  /** File names (not paths) in a folder, when the host can list it (used to find .bicepparam files). */
  listFiles?(absoluteDir: string): readonly string[] | undefined;
}

export const NO_FILES: FileHost = { readFile: () => undefined };

export interface LineCol {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 column. */
  readonly character: number;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // the common case: native search for each \n instead of a loop over every character
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Binary search: the 0-based line holding `offset`. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class AnalysisDocument {
  private lineStartsCache: number[] | undefined;
  private readonly memo = new Map<string, unknown>();

  constructor(
    /** Absolute path (or a URI-like key for unsaved documents). */
    readonly path: string,
    readonly text: string,
    readonly kind: FileKind,
    readonly host: FileHost = NO_FILES,
  ) {}

  get lineStarts(): readonly number[] {
    if (!this.lineStartsCache) this.lineStartsCache = computeLineStarts(this.text);
    return this.lineStartsCache;
  }

  positionAt(offset: number): LineCol {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOf(this.lineStarts, clamped);
    return { line, character: clamped - (this.lineStarts[line] ?? 0) };
  }

  offsetAt(pos: LineCol): number {
    const start = this.lineStarts[pos.line];
    if (start === undefined) return this.text.length;
    return Math.min(start + pos.character, this.text.length);
  }

  /** The text of the line holding `offset`, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  /** The indentation (leading spaces and tabs) of the line holding `offset`. */
  indentAt(offset: number): string {
    const line = this.positionAt(offset).line;
    const m = /^[ \t]*/.exec(this.lineText(line));
    return m ? m[0] : '';
  }

  /** The line break this file uses (first one found; `\n` by default). */
  get eol(): string {
    const i = this.text.indexOf('\n');
    if (i > 0 && this.text.charCodeAt(i - 1) === 13) return '\r\n';
    return '\n';
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /**
   * Find `needle` verbatim inside `within` (a literal's span). Used to point at a secret
   * inside a block scalar or an escaped string. Returns undefined when not present verbatim.
   */
  locateInSource(within: Span, needle: string): Span | undefined {
    if (!needle) return undefined;
    const i = this.text.indexOf(needle, within.start);
    if (i < 0 || i + needle.length > within.end) return undefined;
    return { start: i, end: i + needle.length };
  }

  /**
   * Drop the derived artefacts (parse trees, models, evaluators). A scan keeps thousands of
   * results for their findings and positions only; holding every tree makes the collector
   * work much harder. Anything asked again later is recomputed.
   */
  releaseDerived(): void {
    this.memo.clear();
  }

  /** A memoised artefact, if computed (callers on hot paths check before building a `compute` closure). */
  peek<T>(key: string): T | undefined {
    return this.memo.get(key) as T | undefined;
  }

  /** Memoise a derived artefact (parse tree, model) for this document version. */
  cached<T>(key: string, compute: () => T): T {
    const hit = this.memo.get(key);
    if (hit !== undefined || this.memo.has(key)) return hit as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
