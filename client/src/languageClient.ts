/**
 * Language client options: which documents, how the server starts (IPC), pull-diagnostic
 * options, and what the client tells the server at start (workspace trust, snippet command).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

export const DOCUMENT_SELECTOR = [
  { language: 'bicep' },
  { language: 'bicep-params' },
  { language: 'yaml' },
  { language: 'github-actions-workflow' },
  { language: 'azure-pipelines' },
  { language: 'json' },
  { language: 'jsonc' },
].flatMap((s) => [
  { ...s, scheme: 'file' },
  { ...s, scheme: 'untitled' },
]);

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: { trusted: vscode.workspace.isTrusted, snippetCommand: true },
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      onTabs: false,
      // Only files Bulwark understands: skip package.json, tsconfig.json and friends early.
      filter: (document) => {
        const p = document.uri.path.toLowerCase();
        if (document.languageId === 'json' || document.languageId === 'jsonc') {
          return /(^|\/)(package(-lock)?|tsconfig|jsconfig|\.eslintrc|settings|launch|tasks|extensions)\.json$/.test(p);
        }
        return false;
      },
    },
  };
  return new LanguageClient('bulwark', 'Bulwark', serverOptions, clientOptions);
}
