/**
 * Activation only: output channel, language client, commands, workspace-trust updates.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { showRuleDocumentation } from './commands/ruleDocs';
import { scanWorkspace } from './commands/scanWorkspace';
import { insertSnippet } from './commands/insertSnippet';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('Bulwark', { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  const c = client;
  context.subscriptions.push(
    vscode.commands.registerCommand('bulwark.scanWorkspace', () => scanWorkspace(c, output)),
    vscode.commands.registerCommand('bulwark.showRuleDocumentation', (id?: unknown) => showRuleDocumentation(context, id)),
    vscode.commands.registerCommand('bulwark.insertSnippet', insertSnippet),
    vscode.commands.registerCommand('bulwark.restartServer', async () => {
      await c.restart();
      output.info('language server restarted');
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void c.sendNotification('bulwark/trustChanged', { trusted: true })),
  );
  await client.start();
  output.info(`Bulwark activated in ${Date.now() - started} ms`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
