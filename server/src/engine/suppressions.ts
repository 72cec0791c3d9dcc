/**
 * Inline suppression by rule id.
 * - YAML:  `# bulwark-disable-next-line <id>[, <id>…] [-- reason]` on its own line,
 *          `# bulwark-disable-line <id>…` at the end of the offending line, or
 *          `# bulwark-disable-block <id>…` above a job, step or any mapping key: the whole YAML block
 *          that starts on the next line (everything indented deeper, and for a key the `- ` items at
 *          its own indentation) is suppressed.
 * - Bicep: the language's own `#disable-next-line <id>…`, and
 *          `#disable-diagnostics <id>…` … `#restore-diagnostics <id>…` ranges.
 * - JSON with comments: `// bulwark-disable-next-line <id>…`.
 * The next line is the next one that is not itself a suppression comment, so several can be stacked.
 */
import type { AnalysisDocument } from './document';
import type { Finding } from './types';
import { bicepSuppressions } from '../languages/bicep';

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
const YAML_BLOCK = /^\s*#\s*bulwark-disable-block\b(.*)$/;
const JSON_NEXT = /^\s*\/\/\s*bulwark-disable-next-line\b(.*)$/;

/** Bicep: the parser's pragmas (token-exact: pragma-like text inside strings is not a pragma). */
function collectBicep(doc: AnalysisDocument): Suppressions {
  if (!doc.text.includes('#disable-')) return { isSuppressed: () => false, count: 0 };
  const list = bicepSuppressions(doc);
  const byLine = new Map<number, Set<string>>();
  const ranges: { startLine: number; endLine: number; id: string }[] = [];
  for (const s of list) {
    if (s.kind === 'next-line') {
      let set = byLine.get(s.line);
      if (!set) byLine.set(s.line, (set = new Set()));
      for (const id of s.ids) set.add(id);
    } else {
      for (const id of s.ids) ranges.push({ startLine: doc.positionAt(s.startOffset).line, endLine: doc.positionAt(s.endOffset).line, id });
    }
  }
  return {
    count: list.length,
    isSuppressed(finding: Finding, line: number): boolean {
      if (byLine.get(line)?.has(finding.ruleId)) return true;
      return ranges.some((r) => r.id === finding.ruleId && line > r.startLine && line <= r.endLine);
    },
  };
}

export function collectSuppressions(doc: AnalysisDocument): Suppressions {
  if (doc.kind === 'bicep' || doc.kind === 'bicepparam') return collectBicep(doc);
  if (!doc.text.includes('bulwark-disable')) return { isSuppressed: () => false, count: 0 };
  const isJson = doc.kind === 'json';
  const nextRe = isJson ? JSON_NEXT : YAML_NEXT;
  const lineRules = new Map<number, Set<string>>();
  const pending: string[] = [];
  let count = 0;
  const addLine = (line: number, ids: readonly string[]) => {
    let set = lineRules.get(line);
    if (!set) lineRules.set(line, (set = new Set()));
    for (const id of ids) set.add(id);
  };
  const blocks: { from: number; to: number; ids: ReadonlySet<string> }[] = [];
  for (let line = 0; line < doc.lineStarts.length; line++) {
    const t = doc.lineText(line);
    if (t.length <= 2000 && t.includes('bulwark-disable')) {
      const block = isJson ? null : YAML_BLOCK.exec(t);
      if (block) {
        const range = yamlBlockAfter(doc, line);
        if (range) blocks.push({ ...range, ids: new Set(parseIds(block[1] ?? '')) });
        count++;
        continue;
      }
      const next = nextRe.exec(t);
      if (next) {
        pending.push(...parseIds(next[1] ?? ''));
        count++;
        continue;
      }
      const same = isJson ? null : YAML_SAME.exec(t);
      if (same) {
        addLine(line, parseIds(same[1] ?? ''));
        count++;
      }
    }
    if (pending.length) {
      addLine(line, pending);
      pending.length = 0;
    }
  }
  return {
    count,
    isSuppressed: (finding: Finding, line: number) =>
      lineRules.get(line)?.has(finding.ruleId) === true || blocks.some((b) => line >= b.from && line <= b.to && b.ids.has(finding.ruleId)),
  };
}

const INDENT = /^[ \t]*/;
function isBlankOrComment(t: string): boolean {
  const trimmed = t.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

/** The lines of the YAML block starting at the first non-comment line after `commentLine`. */
function yamlBlockAfter(doc: AnalysisDocument, commentLine: number): { from: number; to: number } | undefined {
  const lines = doc.lineStarts.length;
  let first = commentLine + 1;
  while (first < lines && isBlankOrComment(doc.lineText(first))) first++;
  if (first >= lines) return undefined;
  const head = doc.lineText(first);
  const indent = (INDENT.exec(head)?.[0] ?? '').length;
  const isItem = head.slice(indent).startsWith('- ') || head.slice(indent) === '-';
  let last = first;
  for (let l = first + 1; l < lines; l++) {
    const t = doc.lineText(l);
    if (isBlankOrComment(t)) continue;
    const i = (INDENT.exec(t)?.[0] ?? '').length;
    const rest = t.slice(i);
    if (i > indent || (!isItem && i === indent && (rest.startsWith('- ') || rest === '-'))) {
      last = l;
      continue;
    }
    break;
  }
  return { from: first, to: last };
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
