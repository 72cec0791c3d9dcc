/**
 * In-process LSP harness: the real server wired to a JSON-RPC client over in-memory
 * streams. The client side answers `workspace/configuration` from a settings table and
 * records published diagnostics and refresh requests.
 */
import { PassThrough } from 'node:stream';
import {
  createConnection,
  ProposedFeatures,
} from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest,
  CodeActionRequest,
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
  DidChangeConfigurationNotification,
  CompletionRequest,
  HoverRequest,
  ShutdownRequest,
  CancellationTokenSource,
} from 'vscode-languageserver-protocol/node';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  ProtocolConnection,
  PublishDiagnosticsParams,
  Range,
} from 'vscode-languageserver-protocol/node';
import { listen } from '../../server/src/server';

export interface HarnessOptions {
  readonly pull?: boolean;
  readonly settings?: Record<string, unknown>;
  readonly rootPath?: string;
  readonly trusted?: boolean;
}

export class LspHarness {
  readonly client: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  refreshes = 0;
  settings: Record<string, unknown>;
  private versions = new Map<string, number>();

  constructor(private readonly opts: HarnessOptions = {}) {
    this.settings = opts.settings ?? {};
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    listen(serverConnection);
    this.client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.client.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
    });
    this.client.onRequest(RegistrationRequest.type, () => undefined);
    this.client.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, p);
    });
    this.client.onNotification('window/logMessage', () => undefined);
    this.client.onNotification('$/progress', () => undefined);
    this.client.listen();
  }

  async initialize(): Promise<void> {
    const pull = this.opts.pull ?? true;
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : { publishDiagnostics: { relatedInformation: true } }),
      },
      window: { workDoneProgress: true },
    };
    const root = this.opts.rootPath;
    await this.client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: root ? `file://${root}` : null,
      capabilities,
      workspaceFolders: root ? [{ uri: `file://${root}`, name: 'ws' }] : null,
      initializationOptions: { trusted: this.opts.trusted ?? true },
    });
    await this.client.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<void> {
    this.versions.set(uri, 1);
    await this.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, range: Range | undefined, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async pull(uri: string, previousResultId?: string, cancelAfterMs?: number): Promise<DocumentDiagnosticReport> {
    const source = new CancellationTokenSource();
    if (cancelAfterMs !== undefined) setTimeout(() => source.cancel(), cancelAfterMs);
    return this.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }, source.token);
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.pull(uri);
    return report.kind === 'full' ? report.items : [];
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (result ?? []) as CodeAction[];
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { bulwark: settings } });
  }

  completion(uri: string, line: number, character: number) {
    return this.client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  hover(uri: string, line: number, character: number) {
    return this.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  async dispose(): Promise<void> {
    try {
      await this.client.sendRequest(ShutdownRequest.type);
    } catch {
      /* already gone */
    }
    this.client.dispose();
  }
}

/** Poll until `probe` returns a value accepted by `ready`, or fail with a description. */
export async function waitFor<T>(probe: () => T | Promise<T>, ready: (v: T) => boolean, description: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ready(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 20));
    last = await probe();
  }
  return last;
}
