/**
 * Emit the Azure ML events for one document. The engine calls this after its generic YAML
 * scalar walk, once it has classified the document (see detect.ts).
 */
import type { AnalysisDocument } from '../../engine/document';
import type { Emit } from '../../engine/hooks';
import type { AzureMLKind } from './kinds';
import { collectJobs, getAzureMLDocument } from './model';

export function walkAzureML(doc: AnalysisDocument, kind: AzureMLKind, emit: Emit): void {
  const d = getAzureMLDocument(doc, kind);
  if (!d) return;
  emit('azuremlDocument', d);
  for (const job of collectJobs(d)) emit('azuremlJob', job);
}
