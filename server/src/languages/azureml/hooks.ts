/** Events emitted while walking an Azure ML YAML document (see walk.ts and model.ts). */
import type { AzureMLDocument, AzureMLJob } from './model';

export interface AzureMLHooks {
  /** Once per Azure ML document, after the generic YAML scalar walk. */
  azuremlDocument?(d: AzureMLDocument): void;
  /**
   * For the top-level job of a job document, for each step under `jobs:` of a pipeline job
   * or pipeline component (recursively, with its `path`), and for a schedule's inline `create_job`.
   */
  azuremlJob?(j: AzureMLJob): void;
}
