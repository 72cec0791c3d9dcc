/**
 * Walks a GitHub Actions or Azure DevOps document once, emitting the pipeline events
 * declared in ./hooks.ts. The models are built (and memoised) in ./github.ts and
 * ./azureDevOps.ts.
 */
import type { AnalysisDocument } from '../../engine/document';
import type { Emit } from '../../engine/hooks';
import { getAdoPipeline } from './azureDevOps';
import type { AdoJob } from './azureDevOps';
import { getGhWorkflow } from './github';

export function walkPipeline(doc: AnalysisDocument, emit: Emit): void {
  if (doc.kind === 'github-workflow' || doc.kind === 'github-action') {
    const wf = getGhWorkflow(doc);
    if (!wf) return;
    emit('ghWorkflow', wf);
    for (const job of wf.jobs) {
      emit('ghJob', job);
      for (const step of job.steps) emit('ghStep', step);
    }
    return;
  }
  if (doc.kind !== 'azure-pipelines') return;
  const p = getAdoPipeline(doc);
  if (!p) return;
  emit('adoPipeline', p);
  for (const v of p.variables) emit('adoVariable', v);
  const emitJob = (job: AdoJob) => {
    emit('adoJob', job);
    for (const step of job.steps) emit('adoStep', step);
  };
  for (const stage of p.stages) {
    emit('adoStage', stage);
    for (const job of stage.jobs) emitJob(job);
  }
  for (const job of p.jobs) if (!job.stage) emitJob(job);
}
