/** Applies a quick fix whose text is a snippet (tab stops for the user to fill in). */
import * as vscode from 'vscode';

export async function insertSnippet(uri: unknown, version: unknown, range: unknown, snippet: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof snippet !== 'string') return;
  const r = range as { start: { line: number; character: number }; end: { line: number; character: number } };
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  if (typeof version === 'number' && doc.version !== version) {
    void vscode.window.showWarningMessage('Bulwark: the document changed; run the quick fix again.');
    return;
  }
  const editor = await vscode.window.showTextDocument(doc);
  const target = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  await editor.insertSnippet(new vscode.SnippetString(snippet), target);
}
