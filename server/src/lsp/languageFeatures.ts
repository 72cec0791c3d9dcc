/**
 * Completion and hover, served from the Azure ML schemas (the engine computes them on
 * offsets; this adapter converts positions).
 */
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver/node';
import type { CompletionItem, Connection, Hover, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisDocument } from '../engine/document';
import { classify } from '../engine/classify';
import { completeAzureML } from '../languages/azureml/complete';
import { hoverAzureML } from '../languages/azureml/hover';
import { toLspRange } from './convert';
import { URI } from './uri';

function amlDocument(doc: TextDocument): AnalysisDocument | undefined {
  const text = doc.getText();
  if (text.length > 1024 * 1024) return undefined;
  const filePath = URI.toPath(doc.uri);
  if (!/\.ya?ml$/i.test(filePath) && doc.languageId !== 'yaml') return undefined;
  const cls = classify(filePath, text, { languageId: doc.languageId });
  const analysisDoc = new AnalysisDocument(filePath, text, cls.kind);
  if (cls.yaml) analysisDoc.cached('yaml', () => cls.yaml);
  return analysisDoc;
}

export function registerLanguageFeatures(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onCompletion((params): CompletionItem[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const adoc = amlDocument(doc);
    if (!adoc) return [];
    const items = completeAzureML(adoc, doc.offsetAt(params.position));
    return items.map((item, i) => {
      const completion: CompletionItem = {
        label: item.label,
        kind: item.kind === 'key' ? CompletionItemKind.Property : item.kind === 'schema' ? CompletionItemKind.Reference : CompletionItemKind.EnumMember,
        sortText: String(i).padStart(4, '0'),
      };
      if (item.detail) completion.detail = item.detail;
      if (item.documentation) completion.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
      const insert = item.insertText ?? item.label;
      if (item.replaceSpan) completion.textEdit = { range: toLspRange(doc, item.replaceSpan), newText: insert };
      else completion.insertText = insert;
      return completion;
    });
  });

  connection.onHover((params): Hover | null => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const adoc = amlDocument(doc);
    if (!adoc) return null;
    const hover = hoverAzureML(adoc, doc.offsetAt(params.position));
    if (!hover) return null;
    return { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: toLspRange(doc, hover.span) };
  });
}

registerLanguageFeatures.capabilities = (caps: ServerCapabilities): void => {
  caps.completionProvider = { triggerCharacters: [':', ' ', '/'], resolveProvider: false };
  caps.hoverProvider = true;
};
