/**
 * Code actions, per diagnostic: the finding's fixes (preferred when safe), "Suppress <id> on
 * this line", "Show documentation for <id>"; and document-wide `source.fixAll.bulwark`
 * (safe fixes only, applied until nothing changes). Fixes come from the cached analysis of
 * the same document version; messages are never parsed.
 */
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisService } from './analysisService';
import type { SettingsStore } from './settings';
import { toLspEdits, toLspRange } from './convert';
import type { DiagnosticData } from './convert';
import { analyze } from '../engine/analyze';
import { fixAll, minimalEdit } from '../engine/fixes';
import { suppressionComment } from '../engine/suppressions';
import type { Finding, Fix } from '../engine/types';
import { URI } from './uri';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.bulwark`;
export const SHOW_DOCS_COMMAND = 'bulwark.showRuleDocumentation';
export const INSERT_SNIPPET_COMMAND = 'bulwark.insertSnippet';

export interface CodeActionOptions {
  /** The client can run `bulwark.insertSnippet` (our VS Code client can). */
  readonly snippetCommand: () => boolean;
}

export class CodeActionProvider {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: AnalysisService,
    private readonly settings: SettingsStore,
    private readonly options: CodeActionOptions,
  ) {}

  async provide(params: CodeActionParams): Promise<(CodeAction | Command)[]> {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await this.settings.get(doc.uri);
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll) ?? false;
    const result = this.service.analyze(doc, settings);
    if (!result) return [];
    if (wantsFixAll) {
      const action = this.fixAllAction(doc, settings);
      return action ? [action] : [];
    }
    if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];

    const actions: CodeAction[] = [];
    const seenDocs = new Set<string>();
    const seenSuppress = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'bulwark' || typeof diagnostic.code !== 'string') continue;
      const finding = this.findingFor(diagnostic, result.findings, doc);
      if (!finding) continue;
      for (const fix of finding.fixes) actions.push(this.fixAction(doc, fix, diagnostic));
      const suppressKey = `${finding.ruleId}:${diagnostic.range.start.line}`;
      if (!seenSuppress.has(suppressKey)) {
        seenSuppress.add(suppressKey);
        actions.push(this.suppressAction(doc, finding, diagnostic));
      }
      if (!seenDocs.has(finding.ruleId)) {
        seenDocs.add(finding.ruleId);
        actions.push({
          title: `Show documentation for ${finding.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Show documentation for ${finding.ruleId}`, command: SHOW_DOCS_COMMAND, arguments: [finding.ruleId] },
        });
      }
    }
    // Offer fix-all as a quick fix too when several safe fixes exist.
    if (result.findings.filter((f) => f.fixes.some((x) => x.safety === 'safe' && !x.snippet)).length > 1 && actions.length) {
      const all = this.fixAllAction(doc, settings);
      if (all) actions.push({ ...all, title: 'Fix all safely fixable Bulwark findings', kind: CodeActionKind.QuickFix });
    }
    return actions;
  }

  private findingFor(diagnostic: Diagnostic, findings: readonly Finding[], doc: TextDocument): Finding | undefined {
    const data = diagnostic.data as DiagnosticData | undefined;
    if (data && data.version === doc.version) {
      const f = findings[data.index];
      if (f && f.ruleId === data.ruleId) return f;
    }
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);
    return findings.find((f) => f.ruleId === diagnostic.code && f.span.start === start && f.span.end === end);
  }

  private fixAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
    const title = fix.safety === 'unsafe' ? `${fix.title} (review: changes behaviour)` : fix.title;
    if (fix.snippet) {
      const edit = fix.edits[0];
      if (edit && this.options.snippetCommand()) {
        return {
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title, command: INSERT_SNIPPET_COMMAND, arguments: [doc.uri, doc.version, toLspRange(doc, edit), edit.newText] },
        };
      }
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [doc.uri]: toLspEdits(doc, fix.edits.map((e) => ({ ...e, newText: stripSnippetSyntax(e.newText) }))) } },
      };
    }
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fix.safety === 'safe',
      edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: toLspEdits(doc, fix.edits) }] },
    };
  }

  private suppressAction(doc: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction {
    const line = diagnostic.range.start.line;
    const lineStart = doc.offsetAt({ line, character: 0 });
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
    const kind = URI.toPath(doc.uri).endsWith('.bicepparam') ? 'bicepparam' : guessKind(doc);
    const comment = `${indent}${suppressionComment(kind, finding.ruleId)}${eol}`;
    return {
      title: `Suppress ${finding.ruleId} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [doc.uri]: toLspEdits(doc, [{ start: lineStart, end: lineStart, newText: comment }]) } },
    };
  }

  private fixAllAction(doc: TextDocument, settings: Parameters<AnalysisService['analyze']>[1]): CodeAction | undefined {
    const config = this.service.configFor(doc.uri, settings);
    const filePath = URI.toPath(doc.uri);
    const before = doc.getText();
    const outcome = fixAll(before, (text) =>
      analyze({ path: filePath, text, languageId: doc.languageId, host: this.service.host }, { registry: this.service.registry, config }).findings,
    );
    const edit = minimalEdit(before, outcome.text);
    if (!edit) return undefined;
    return {
      title: 'Fix all safely fixable Bulwark findings',
      kind: FIX_ALL_KIND,
      edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: toLspEdits(doc, [edit]) }] },
    };
  }
}

function guessKind(doc: TextDocument): 'bicep' | 'json' | 'yaml' {
  const p = doc.uri.toLowerCase();
  if (p.endsWith('.bicep') || doc.languageId === 'bicep') return 'bicep';
  if (p.endsWith('.json') || p.endsWith('.jsonc') || doc.languageId === 'json' || doc.languageId === 'jsonc') return 'json';
  return 'yaml';
}

/** `${1:name}` → `name`, `$0`/`$1` → '' for clients that cannot insert snippets. */
export function stripSnippetSyntax(text: string): string {
  let out = text;
  for (let i = 0; i < 5 && /\$\{\d+:[^{}]*\}/.test(out); i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\\$/g, '$');
}
