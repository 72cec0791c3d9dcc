/**
 * Events emitted while walking a GitHub Actions workflow / composite action or an Azure
 * DevOps pipeline (see walk.ts). Payloads are the model objects of ./github.ts and
 * ./azureDevOps.ts; each is complete when emitted (a rule listening to `ghJob` can read
 * `job.steps`, `job.workflow.permissions`, …).
 *
 * Order: `ghWorkflow`, then per job `ghJob` followed by its `ghStep`s (document order).
 * Azure DevOps: `adoPipeline`, `adoVariable` for every variable (all scopes), then per stage
 * `adoStage`, and per job `adoJob` followed by its `adoStep`s (stage-less jobs and a
 * top-level `steps:` list come after the stages).
 */
import type { GhJob, GhStep, GhWorkflow } from './github';
import type { AdoJob, AdoPipeline, AdoStage, AdoStep, AdoVariable } from './azureDevOps';

export interface PipelineHooks {
  /** Once per GitHub workflow or action file. */
  ghWorkflow?(workflow: GhWorkflow): void;
  /** Per job (a composite action has one pseudo-job with `composite: true`). */
  ghJob?(job: GhJob): void;
  /** Per step of a job. */
  ghStep?(step: GhStep): void;
  /** Once per Azure DevOps pipeline or template file. */
  adoPipeline?(pipeline: AdoPipeline): void;
  adoVariable?(variable: AdoVariable): void;
  adoStage?(stage: AdoStage): void;
  /** Per `job:` / `deployment:` (and per top-level `steps:` list, `kind: 'steps'`). */
  adoJob?(job: AdoJob): void;
  adoStep?(step: AdoStep): void;
}
