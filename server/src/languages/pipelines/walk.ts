/**
 * Walks a GitHub Actions or Azure DevOps document once, emitting the pipeline events
 * declared in ./hooks.ts. The models are built in ./github.ts and ./azureDevOps.ts.
 */
import type { AnalysisDocument } from '../../engine/document';
import type { Emit } from '../../engine/hooks';

export function walkPipeline(_doc: AnalysisDocument, _emit: Emit): void {
  // Pipeline events arrive with the pipeline models (issue 6).
}
