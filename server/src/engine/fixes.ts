/**
 * The one place where edits are applied: non-overlapping, back to front.
 */
import type { Finding, Fix, TextEdit } from './types';

/** Apply edits that do not overlap; an edit overlapping an earlier-kept one is dropped. Returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    if (e.start < 0 || e.end > text.length || e.end < e.start) continue;
    kept.push(e);
    lastEnd = e.end === e.start ? e.end + 0.5 : e.end;
  }
  let out = '';
  let pos = 0;
  for (const e of kept) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The first safe, non-snippet fix of a finding, if any. */
export function safeFixOf(finding: Finding): Fix | undefined {
  return finding.fixes.find((f) => f.safety === 'safe' && !f.snippet);
}

/**
 * Pick one safe fix per finding such that no two fixes overlap (edits of a fix are atomic).
 * Findings are taken in document order.
 */
export function selectNonOverlappingFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: { start: number; end: number }[] = [];
  const overlaps = (e: TextEdit) =>
    taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start) || (t.start === t.end && t.start === e.start));
  for (const f of findings) {
    const fix = safeFixOf(f);
    if (!fix || fix.edits.some(overlaps)) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.push({ start: e.start, end: e.end });
  }
  return chosen;
}

/**
 * Apply safe fixes repeatedly until nothing changes (at most `maxPasses`), re-analysing in
 * between, so fixes that touch the same object all land. Converges or stops.
 */
export function fixAll(text: string, analyze: (text: string) => readonly Finding[], maxPasses = 10): { text: string; passes: number; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = selectNonOverlappingFixes(analyze(current));
    if (!fixes.length) return { text: current, passes: pass, applied };
    const next = applyEdits(current, fixes.flatMap((f) => f.edits));
    if (next === current) return { text: current, passes: pass, applied };
    applied += fixes.length;
    current = next;
  }
  return { text: current, passes: maxPasses, applied };
}

/** The smallest single edit that turns `before` into `after` (common prefix/suffix trimmed). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { start, end: endB, newText: after.slice(start, endA) };
}
