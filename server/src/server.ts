/**
 * The Bulwark language server: creates the connection and wires handlers. No logic here.
 * Runs over IPC (VS Code client) or `--stdio` (any editor: `bulwark-language-server --stdio`).
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultRegistry } from './rules';
import { AnalysisService } from './lsp/analysisService';
import { CodeActionProvider, FIX_ALL_KIND, INSERT_SNIPPET_COMMAND, SHOW_DOCS_COMMAND } from './lsp/codeActions';
import { DiagnosticsController } from './lsp/diagnostics';
import { SettingsStore } from './lsp/settings';
import { SCAN_WORKSPACE_REQUEST, WorkspaceScanner } from './lsp/scanWorkspace';
import { registerLanguageFeatures } from './lsp/languageFeatures';
import { URI } from './lsp/uri';
import { warmUp } from './lsp/warmUp';
import { CONFIG_FILE_NAME } from './engine/config';

export const TRUST_CHANGED_NOTIFICATION = 'bulwark/trustChanged';

export function startServer(): void {
  if (process.argv.includes('--version')) {
    process.stdout.write('bulwark-language-server\n');
    return;
  }
  if (process.argv.includes('--help') || process.argv.length <= 2) {
    process.stdout.write('Usage: bulwark-language-server --stdio | --node-ipc | --socket=<port>\n');
    return;
  }
  listen(createConnection(ProposedFeatures.all), true);
}

/** Wire every handler on a connection (a real transport, or in-process streams in tests). */
export function listen(connection: Connection, installProcessHandlers = false): void {
  const documents = new TextDocuments(TextDocument);
  const registry = defaultRegistry();

  let supportsConfiguration = false;
  let supportsPull = false;
  let supportsDynamicConfig = false;
  let supportsWatchedFiles = false;
  let supportsWorkspaceFolders = false;
  let snippetCommand = false;
  let trusted = true;
  let roots: string[] = [];

  const settings = new SettingsStore(connection, () => supportsConfiguration);
  const service = new AnalysisService({
    registry,
    documents,
    workspaceRoots: () => roots,
    trusted: () => trusted,
    log: (m) => connection.console.log(m),
  });
  const diagnostics = new DiagnosticsController(connection, documents, service, settings);
  const codeActions = new CodeActionProvider(documents, service, settings, { snippetCommand: () => snippetCommand });
  const scanner = new WorkspaceScanner(connection, documents, service, settings, () => roots, () => trusted);

  const refreshAll = () => {
    diagnostics.reset();
    if (supportsPull) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) void diagnostics.pushNow(d.uri);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    supportsConfiguration = caps.workspace?.configuration === true;
    supportsPull = caps.textDocument?.diagnostic !== undefined;
    supportsDynamicConfig = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    supportsWatchedFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    supportsWorkspaceFolders = caps.workspace?.workspaceFolders === true;
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean; snippetCommand?: boolean };
    trusted = init.trusted !== false;
    snippetCommand = init.snippetCommand === true;
    roots = (params.workspaceFolders ?? []).map((f) => URI.toPath(f.uri));
    if (!roots.length && params.rootUri) roots = [URI.toPath(params.rootUri)];
    service.invalidateConfig();
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'bulwark-language-server' },
    };
    if (supportsPull) {
      result.capabilities.diagnosticProvider = { identifier: 'bulwark', interFileDependencies: true, workspaceDiagnostics: false };
    }
    registerLanguageFeatures.capabilities(result.capabilities);
    return result;
  });

  connection.onInitialized(() => {
    // Warm the parsers and rules up (JIT) off the first keystroke's critical path.
    setImmediate(() => warmUp(registry));
    if (supportsDynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'bulwark' });
    if (supportsWatchedFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    }
    // registering throws "Client doesn't support sending workspace folder change events" otherwise
    if (supportsWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => URI.toPath(f.uri)));
        roots = [...roots.filter((r) => !removed.has(r)), ...e.added.map((f) => URI.toPath(f.uri))];
        service.invalidateConfig();
        refreshAll();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    service.invalidateConfig();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    service.invalidateConfig();
    refreshAll();
  });

  connection.onNotification(TRUST_CHANGED_NOTIFICATION, (p: { trusted?: boolean }) => {
    trusted = p?.trusted !== false;
    service.invalidateConfig();
    refreshAll();
  });

  connection.languages.diagnostics.on((params, token) => diagnostics.pull(params.textDocument.uri, params.previousResultId, token));

  documents.onDidOpen((e) => {
    scanner.documentOpened(e.document.uri);
    if (!supportsPull) diagnostics.schedulePush(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    if (!supportsPull) diagnostics.schedulePush(e.document);
  });
  documents.onDidSave((e) => {
    diagnostics.onSaved(e.document);
    if (!supportsPull) diagnostics.schedulePush(e.document, 0);
    if (e.document.uri.endsWith(`/${CONFIG_FILE_NAME}`)) {
      service.invalidateConfig();
      refreshAll();
    }
  });
  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    settings.forget(e.document.uri);
    diagnostics.closed(e.document.uri, !supportsPull);
  });

  connection.onCodeAction((params) => codeActions.provide(params));

  connection.onRequest(SCAN_WORKSPACE_REQUEST, async (_params: unknown, token) => {
    const progress = await connection.window.createWorkDoneProgress();
    return scanner.scan(token, progress);
  });

  registerLanguageFeatures(connection, documents, service);

  // Unknown commands named by our code actions are handled by the client.
  void SHOW_DOCS_COMMAND;
  void INSERT_SNIPPET_COMMAND;

  if (installProcessHandlers) process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
  if (installProcessHandlers) process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) startServer();
