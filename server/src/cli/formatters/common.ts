import * as path from 'node:path';
import type { ScannedFile } from '../../workspace/scan';
import type { Finding } from '../../engine/types';

export interface Located {
  readonly file: ScannedFile;
  readonly finding: Finding;
  /** Path relative to the scan base, with forward slashes. */
  readonly relPath: string;
  /** 1-based. */
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function locate(files: readonly ScannedFile[], base: string): Located[] {
  const out: Located[] = [];
  for (const file of files) {
    const relPath = toRel(base, file.path);
    for (const finding of file.result.findings) {
      const s = file.result.document.positionAt(finding.span.start);
      const e = file.result.document.positionAt(finding.span.end);
      out.push({ file, finding, relPath, startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 });
    }
  }
  return out;
}

export function toRel(base: string, file: string): string {
  const rel = path.relative(base, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

/**
 * The source line of a finding with every secret on it masked (spans of `secrets`
 * findings), so excerpts never print a secret whole.
 */
export function maskedLine(file: ScannedFile, line0: number): string {
  const doc = file.result.document;
  const start = doc.lineStarts[line0] ?? 0;
  let text = doc.lineText(line0);
  const end = start + text.length;
  const secrets = file.result.findings
    .filter((f) => f.category === 'secrets' && f.span.start < end && f.span.end > start)
    .sort((a, b) => b.span.start - a.span.start);
  for (const f of secrets) {
    const s = Math.max(f.span.start, start) - start;
    const e = Math.min(f.span.end, end) - start;
    const keep = Math.min(4, e - s);
    text = text.slice(0, s) + text.slice(s, s + keep) + '•'.repeat(Math.min(8, Math.max(1, e - s - keep))) + text.slice(e);
  }
  // A secret that no finding covers (for example one in broken syntax, which only gets a
  // syntax-error finding) is masked too: long key-like tokens with mixed characters.
  text = text.replace(/[A-Za-z0-9+/=_~-]{24,}/g, (t) => (/[0-9+/=_~-]/.test(t) && /[A-Za-z]/.test(t) ? `${t.slice(0, 4)}••••••••` : t));
  return text.length > 200 ? text.slice(0, 200) + '…' : text;
}
