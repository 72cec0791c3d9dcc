/**
 * "Bulwark: Scan Workspace": analyses every supported file under the workspace folders,
 * open or not, with progress, and publishes diagnostics for the files that are not open
 * (open files get theirs through the normal diagnostics flow).
 */
import type { CancellationToken, Connection, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisService } from './analysisService';
import type { SettingsStore } from './settings';
import { toEditorSettings } from './settings';
import { toLspDiagnostic } from './convert';
import { yieldToEventLoop } from './diagnostics';
import { scanSteps } from '../workspace/scan';
import { URI } from './uri';
import type { Severity } from '../engine/types';

export const SCAN_WORKSPACE_REQUEST = 'bulwark/scanWorkspace';

export interface ScanWorkspaceResult {
  readonly files: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly bySeverity: Record<Severity, number>;
  readonly cancelled: boolean;
}

export class WorkspaceScanner {
  /** URIs that currently hold scan-published diagnostics. */
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: AnalysisService,
    private readonly settings: SettingsStore,
    private readonly roots: () => readonly string[],
    private readonly trusted: () => boolean,
  ) {}

  /** An opened document takes over: drop what the scan published for it. */
  documentOpened(uri: string): void {
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  async scan(token: CancellationToken, progress: WorkDoneProgressReporter): Promise<ScanWorkspaceResult> {
    const roots = this.roots();
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    let findings = 0;
    let filesWithFindings = 0;
    let total = 0;
    progress.begin('Bulwark: scanning workspace', 0, 'listing files…', true);
    const stale = new Set(this.published);
    try {
      for (const root of roots) {
        const settings = await this.settings.get(URI.fromPath(root));
        const steps = scanSteps([root], {
          registry: this.service.registry,
          editor: toEditorSettings(settings),
          workspaceRoot: root,
          trusted: this.trusted(),
          token,
          overlay: (p) => this.documents.get(URI.fromPath(p))?.getText(),
          onProgress: (done, count) => {
            if (done % 20 === 0 || done === count) progress.report(count ? Math.round((done / count) * 100) : 100, `${done}/${count} files`);
          },
        });
        let n = 0;
        for (;;) {
          const next = steps.next();
          if (next.done) {
            total += next.value.fileCount;
            for (const p of next.value.problems) this.connection.console.warn(`scan: ${p.path}: ${p.message}`);
            break;
          }
          const file = next.value;
          if (file) {
            const uri = URI.fromPath(file.path);
            stale.delete(uri);
            const fs = file.result.findings;
            findings += fs.length;
            if (fs.length) filesWithFindings++;
            for (const f of fs) bySeverity[f.severity]++;
            if (!this.documents.get(uri)) {
              const doc = file.result.document;
              const shim = { uri, version: 0, positionAt: (o: number) => doc.positionAt(o) } as unknown as TextDocument;
              if (fs.length || this.published.has(uri)) {
                await this.connection.sendDiagnostics({ uri, diagnostics: fs.map((f, i) => toLspDiagnostic(shim, f, i)) });
              }
              if (fs.length) this.published.add(uri);
              else this.published.delete(uri);
            }
          }
          if (++n % 10 === 0) {
            await yieldToEventLoop();
            if (token.isCancellationRequested) break;
          }
        }
      }
    } finally {
      progress.done();
    }
    for (const uri of stale) {
      this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    return { files: total, filesWithFindings, findings, bySeverity, cancelled: token.isCancellationRequested };
  }
}
