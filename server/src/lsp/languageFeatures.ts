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
import type { AnalysisService } from './analysisService';

/**
 * The analysed document for this exact version: the diagnostics' analysis when it exists,
 * else one classification + parse memoised per uri@version (hover fires on every mouse move,
 * completion on every keystroke: neither may parse the file again).
 */
function amlDocumentFor(service: AnalysisService, memo: Map<string, { version: number; doc: AnalysisDocument | undefined }>, doc: TextDocument): AnalysisDocument | undefined {
  if (doc.getText().length > 1024 * 1024) return undefined; // no schema features on huge files
  const analysed = service.peek(doc.uri, doc.version)?.document;
  if (analysed) return analysed;
  const hit = memo.get(doc.uri);
  if (hit && hit.version === doc.version) return hit.doc;
  let result: AnalysisDocument | undefined;
  const text = doc.getText();
  const filePath = URI.toPath(doc.uri);
  if (/\.ya?ml$/i.test(filePath) || doc.languageId === 'yaml') {
    const cls = classify(filePath, text, { languageId: doc.languageId });
    result = new AnalysisDocument(filePath, text, cls.kind);
    if (cls.yaml) result.cached('yaml', () => cls.yaml);
  }
  memo.set(doc.uri, { version: doc.version, doc: result });
  return result;
}

export function registerLanguageFeatures(connection: Connection, documents: TextDocuments<TextDocument>, service: AnalysisService): void {
  const memo = new Map<string, { version: number; doc: AnalysisDocument | undefined }>();
  documents.onDidClose((e) => memo.delete(e.document.uri));
  connection.onCompletion((params): CompletionItem[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const adoc = amlDocumentFor(service, memo, doc);
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
    const adoc = amlDocumentFor(service, memo, doc);
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
