/** Events emitted while walking a GitHub Actions or Azure DevOps pipeline. Filled in by the pipeline models. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PipelineHooks {}
