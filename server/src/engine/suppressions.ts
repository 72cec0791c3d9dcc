/**
 * Inline suppression by rule id.
 * - YAML:  `# bulwark-disable-next-line <id>[, <id>…] [-- reason]` on its own line, or
 *          `# bulwark-disable-line <id>…` at the end of the offending line.
 * - Bicep: the language's own `#disable-next-line <id>…`, and
 *          `#disable-diagnostics <id>…` … `#restore-diagnostics <id>…` ranges.
 * - JSON with comments: `// bulwark-disable-next-line <id>…`.
 * The next line is the next one that is not itself a suppression comment, so several can be stacked.
 */
import type { AnalysisDocument } from './document';
import type { Finding } from './types';

interface LineSuppression {
  readonly line: number;
  readonly ids: ReadonlySet<string>;
}

interface RangeSuppression {
  readonly fromLine: number;
  toLine: number;
  readonly id: string;
}

export interface Suppressions {
  isSuppressed(finding: Finding, line: number): boolean;
  readonly count: number;
}

function parseIds(rest: string): string[] {
  const beforeReason = rest.split(/\s--\s|\s--$/)[0] ?? '';
  return beforeReason
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9][a-z0-9-]*$/i.test(s));
}

const YAML_NEXT = /^\s*#\s*bulwark-disable-next-line\b(.*)$/;
const YAML_SAME = /#\s*bulwark-disable-line\b(.*)$/;
const JSON_NEXT = /^\s*\/\/\s*bulwark-disable-next-line\b(.*)$/;
const BICEP_NEXT = /^\s*#disable-next-line\b(.*)$/;
const BICEP_OFF = /^\s*#disable-diagnostics\b(.*)$/;
const BICEP_ON = /^\s*#restore-diagnostics\b(.*)$/;

export function collectSuppressions(doc: AnalysisDocument): Suppressions {
  const text = doc.text;
  const isBicep = doc.kind === 'bicep' || doc.kind === 'bicepparam';
  const isJson = doc.kind === 'json';
  const marker = isBicep ? '#disable-' : isJson ? 'bulwark-disable' : 'bulwark-disable';
  if (!text.includes(marker) && !(isBicep && text.includes('#restore-'))) {
    return { isSuppressed: () => false, count: 0 };
  }
  const nextRe = isBicep ? BICEP_NEXT : isJson ? JSON_NEXT : YAML_NEXT;
  const lineRules = new Map<number, Set<string>>();
  const ranges: RangeSuppression[] = [];
  const open = new Map<string, RangeSuppression>();
  const pending: string[] = [];
  const lines = doc.lineStarts.length;
  let count = 0;
  for (let line = 0; line < lines; line++) {
    const t = doc.lineText(line);
    if (t.length > 2000 || !t.includes('disable') && !t.includes('restore')) {
      flush(line);
      continue;
    }
    const next = nextRe.exec(t);
    if (next) {
      pending.push(...parseIds(next[1] ?? ''));
      count++;
      continue;
    }
    if (isBicep) {
      const off = BICEP_OFF.exec(t);
      if (off) {
        for (const id of parseIds(off[1] ?? '')) {
          if (!open.has(id)) {
            const r: RangeSuppression = { fromLine: line, toLine: Number.MAX_SAFE_INTEGER, id };
            open.set(id, r);
            ranges.push(r);
          }
        }
        count++;
        continue;
      }
      const on = BICEP_ON.exec(t);
      if (on) {
        for (const id of parseIds(on[1] ?? '')) {
          const r = open.get(id);
          if (r) {
            r.toLine = line;
            open.delete(id);
          }
        }
        continue;
      }
    } else if (!isJson) {
      const same = YAML_SAME.exec(t);
      if (same) {
        addLine(line, parseIds(same[1] ?? ''));
        count++;
      }
    }
    flush(line);
  }

  function addLine(line: number, ids: readonly string[]): void {
    let set = lineRules.get(line);
    if (!set) lineRules.set(line, (set = new Set()));
    for (const id of ids) set.add(id);
  }
  function flush(line: number): void {
    if (pending.length) {
      addLine(line, pending);
      pending.length = 0;
    }
  }

  const lineSuppressions: LineSuppression[] = [...lineRules.entries()].map(([line, ids]) => ({ line, ids }));
  const byLine = new Map(lineSuppressions.map((s) => [s.line, s.ids]));
  return {
    count,
    isSuppressed(finding: Finding, line: number): boolean {
      if (byLine.get(line)?.has(finding.ruleId)) return true;
      for (const r of ranges) if (r.id === finding.ruleId && line > r.fromLine && line < r.toLine) return true;
      return false;
    },
  };
}

/** The comment that suppresses `ruleId` on the line holding `offset`, in the file's syntax. */
export function suppressionComment(kind: AnalysisDocument['kind'], ruleId: string): string {
  switch (kind) {
    case 'bicep':
    case 'bicepparam':
      return `#disable-next-line ${ruleId}`;
    case 'json':
      return `// bulwark-disable-next-line ${ruleId}`;
    default:
      return `# bulwark-disable-next-line ${ruleId}`;
  }
}
