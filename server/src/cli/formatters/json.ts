import type { Located } from './common';
import { docsUrl } from '../../engine/rule';

/** Versioned JSON output; stable field names for scripts. */
export function formatJson(located: readonly Located[], fileCount: number, version: string): string {
  return (
    JSON.stringify(
      {
        version: 1,
        tool: { name: 'bulwark', version },
        filesScanned: fileCount,
        findings: located.map((l) => ({
          ruleId: l.finding.ruleId,
          severity: l.finding.severity,
          category: l.finding.category,
          confidence: l.finding.confidence,
          message: l.finding.message,
          path: l.relPath,
          startLine: l.startLine,
          startColumn: l.startColumn,
          endLine: l.endLine,
          endColumn: l.endColumn,
          helpUri: docsUrl(l.finding.ruleId),
          fixes: l.finding.fixes.map((f) => ({ title: f.title, safety: f.safety })),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
