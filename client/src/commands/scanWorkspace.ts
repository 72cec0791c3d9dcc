/** "Bulwark: Scan Workspace": the server analyses every file (open or not) with progress. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface ScanResult {
  files: number;
  filesWithFindings: number;
  findings: number;
  bySeverity: { error: number; warning: number; info: number; hint: number };
  cancelled: boolean;
}

export async function scanWorkspace(client: LanguageClient, output: vscode.OutputChannel): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Bulwark: open a folder to scan it.');
    return;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Bulwark: scanning workspace…', cancellable: true },
    (_progress, token) => client.sendRequest<ScanResult>('bulwark/scanWorkspace', {}, token),
  );
  const summary = `Bulwark scanned ${result.files} files: ${result.findings} findings (${result.bySeverity.error} errors, ${result.bySeverity.warning} warnings) in ${result.filesWithFindings} files${result.cancelled ? ' (cancelled)' : ''}.`;
  output.appendLine(summary);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(summary);
}
