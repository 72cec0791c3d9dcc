import type { Located } from './common';
import { maskedLine } from './common';
import type { Severity } from '../../engine/types';

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export function formatText(located: readonly Located[], fileCount: number, color: boolean): string {
  const lines: string[] = [];
  const paint = (s: string, c: string) => (color ? c + s + RESET : s);
  let lastFile = '';
  for (const l of located) {
    if (l.relPath !== lastFile) {
      if (lastFile) lines.push('');
      lines.push(paint(l.relPath, '\x1b[1m'));
      lastFile = l.relPath;
    }
    const sev = l.finding.severity.padEnd(7);
    lines.push(`  ${String(l.startLine).padStart(4)}:${String(l.startColumn).padEnd(3)} ${paint(sev, COLORS[l.finding.severity])} ${l.finding.message}  ${paint(l.finding.ruleId, DIM)}`);
    const excerpt = maskedLine(l.file, l.startLine - 1).trim();
    if (excerpt) lines.push(`             ${paint('│ ' + excerpt, DIM)}`);
    const fix = l.finding.fixes[0];
    if (fix) lines.push(`             ${paint(`fix${fix.safety === 'safe' ? '' : ' (review)'}: ${fix.title}`, DIM)}`);
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const l of located) counts[l.finding.severity]++;
  const withFindings = new Set(located.map((l) => l.relPath)).size;
  if (lines.length) lines.push('');
  lines.push(
    `${located.length} finding${located.length === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint) in ${withFindings} of ${fileCount} file${fileCount === 1 ? '' : 's'} scanned.`,
  );
  return lines.join('\n') + '\n';
}
