/**
 * Diagnostics: pull (`textDocument/diagnostic`) for clients that support it, push
 * (`publishDiagnostics`, debounced, latest version only) for the others.
 * `bulwark.run = onSave` keeps the last report until the document is saved.
 */
import { DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import type { CancellationToken, Connection, Diagnostic, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisService } from './analysisService';
import type { SettingsStore } from './settings';
import { toLspDiagnostic } from './convert';

/** Let queued messages (cancellations, newer edits) be processed before synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class DiagnosticsController {
  private readonly lastReport = new Map<string, { resultId: string; version: number }>();
  private readonly savedVersion = new Map<string, number>();
  private readonly pushTimers = new Map<string, NodeJS.Timeout>();
  private resultCounter = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: AnalysisService,
    private readonly settings: SettingsStore,
  ) {}

  async compute(doc: TextDocument, token?: CancellationToken): Promise<Diagnostic[] | undefined> {
    const settings = await this.settings.get(doc.uri);
    await yieldToEventLoop();
    if (token?.isCancellationRequested) return undefined;
    const current = this.documents.get(doc.uri);
    if (!current || current.version !== doc.version) return undefined; // superseded
    const result = this.service.analyze(doc, settings, token);
    if (!result) return token?.isCancellationRequested ? undefined : [];
    return result.findings.map((f, i) => toLspDiagnostic(doc, f, i));
  }

  /** Pull handler. */
  async pull(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const doc = this.documents.get(uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await this.settings.get(uri);
    const last = this.lastReport.get(uri);
    if (settings.run === 'onSave' && last && previousResultId === last.resultId) {
      const saved = this.savedVersion.get(uri);
      if (saved === undefined || saved !== doc.version || saved === last.version) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
      }
    }
    const items = await this.compute(doc, token);
    if (items === undefined) {
      // Cancelled or superseded: the client re-pulls for the newer version.
      return { kind: DocumentDiagnosticReportKind.Full, items: [], resultId: undefined };
    }
    const resultId = `${doc.version}.${++this.resultCounter}`;
    this.lastReport.set(uri, { resultId, version: doc.version });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  onSaved(doc: TextDocument): void {
    this.savedVersion.set(doc.uri, doc.version);
  }

  /** Push mode: schedule a debounced analysis of the latest version. */
  schedulePush(doc: TextDocument, delayMs = 200): void {
    const existing = this.pushTimers.get(doc.uri);
    if (existing) clearTimeout(existing);
    this.pushTimers.set(
      doc.uri,
      setTimeout(() => {
        this.pushTimers.delete(doc.uri);
        void this.pushNow(doc.uri);
      }, delayMs),
    );
  }

  async pushNow(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const settings = await this.settings.get(uri);
    if (settings.run === 'onSave' && this.lastReport.has(uri) && this.savedVersion.get(uri) !== doc.version) return;
    const items = await this.compute(doc);
    if (items === undefined) return;
    const latest = this.documents.get(uri);
    if (!latest || latest.version !== doc.version) return; // never publish stale results
    this.lastReport.set(uri, { resultId: String(doc.version), version: doc.version });
    await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: items });
  }

  closed(uri: string, push: boolean): void {
    const t = this.pushTimers.get(uri);
    if (t) clearTimeout(t);
    this.pushTimers.delete(uri);
    this.lastReport.delete(uri);
    this.savedVersion.delete(uri);
    if (push) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  reset(): void {
    this.lastReport.clear();
  }
}
