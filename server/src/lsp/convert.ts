/**
 * The only place where engine offsets become LSP positions, and engine severities become
 * LSP severities. Everything here is a pure function.
 */
import { DiagnosticSeverity, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { Diagnostic, DiagnosticRelatedInformation, Range, TextEdit as LspEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri';
import { docsUrl } from '../engine/rule';
import type { Finding, Severity, Span, TextEdit } from '../engine/types';

export interface DiagnosticData {
  readonly ruleId: string;
  /** Index of the finding in the analysis of `version`. */
  readonly index: number;
  readonly version: number;
}

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

export function toLspRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toLspDiagnostic(doc: TextDocument, finding: Finding, index: number): Diagnostic {
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    message: r.message,
    location: r.file
      ? {
          uri: URI.fromPath(r.file.path),
          range: { start: { line: r.file.line, character: r.file.character }, end: { line: r.file.endLine, character: r.file.endCharacter } },
        }
      : { uri: doc.uri, range: toLspRange(doc, r.span) },
  }));
  const data: DiagnosticData = { ruleId: finding.ruleId, index, version: doc.version };
  const diagnostic: Diagnostic = {
    range: toLspRange(doc, finding.span),
    severity: toLspSeverity(finding.severity),
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: 'bulwark',
    message: finding.message,
    data,
  };
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function toLspEdits(doc: TextDocument, edits: readonly TextEdit[]): LspEdit[] {
  return edits.map((e) => LspTextEdit.replace(toLspRange(doc, e), e.newText));
}
