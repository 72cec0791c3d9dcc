/** "Bulwark: Show Rule Documentation": opens the rule's page shipped inside the extension (offline). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export function listRuleIds(context: vscode.ExtensionContext): string[] {
  const dir = context.asAbsolutePath(path.join('docs', 'rules'));
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .sort();
  } catch {
    return [];
  }
}

export async function showRuleDocumentation(context: vscode.ExtensionContext, ruleId?: unknown): Promise<void> {
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (!id) {
    id = await vscode.window.showQuickPick(listRuleIds(context), { placeHolder: 'Rule id', title: 'Bulwark: Show Rule Documentation' });
    if (!id) return;
  }
  if (!/^[a-z0-9-]+$/.test(id)) return;
  const file = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${id}.md`)));
  try {
    await vscode.workspace.fs.stat(file);
    await vscode.commands.executeCommand('markdown.showPreview', file);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(`https://github.com/bulwark-security/bulwark/blob/main/docs/rules/${id}.md`));
  }
}
