/**
 * Recognises CI/CD pipeline files: GitHub Actions workflows and composite actions, and
 * Azure DevOps pipelines and templates — by path first, then by content.
 */
export type PipelineKind = 'github-workflow' | 'github-action' | 'azure-pipelines';

const ADO_STEP_KEYS = ['task', 'script', 'bash', 'pwsh', 'powershell', 'checkout', 'template', 'download', 'publish', 'downloadBuild', 'getPackage', 'reviewApp'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function normalise(p: string): string {
  return p.replace(/\\/g, '/');
}

/** `root` is the first YAML document converted to JS (aliases not expanded). */
export function detectPipeline(filePath: string, root: unknown): PipelineKind | undefined {
  const p = normalise(filePath);
  const base = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
  if (/\/\.github\/workflows\/[^/]+\.ya?ml$/i.test(p) || /^\.github\/workflows\//i.test(p)) return 'github-workflow';
  if ((base === 'action.yml' || base === 'action.yaml') && isRecord(root) && isRecord(root['runs'])) return 'github-action';
  if (/^azure-pipelines.*\.ya?ml$/.test(base) || /\/\.azure-pipelines\/[^/]+\.ya?ml$/i.test(p) || /\/\.azuredevops\/.+\.ya?ml$/i.test(p)) {
    return 'azure-pipelines';
  }
  if (!isRecord(root)) return undefined;
  // GitHub workflow by content: `on` trigger plus a jobs *mapping* whose jobs have runs-on/uses/steps.
  if ('on' in root && isRecord(root['jobs'])) {
    const jobs = Object.values(root['jobs']);
    if (jobs.some((j) => isRecord(j) && ('runs-on' in j || 'uses' in j || 'steps' in j))) return 'github-workflow';
  }
  if (isRecord(root['runs']) && typeof (root['runs'] as Record<string, unknown>)['using'] === 'string' && ('name' in root || 'inputs' in root)) {
    return 'github-action';
  }
  return looksLikeAzureDevOps(root) ? 'azure-pipelines' : undefined;
}

function looksLikeAzureDevOps(root: Record<string, unknown>): boolean {
  const stages = root['stages'];
  if (Array.isArray(stages) && stages.some((s) => isRecord(s) && ('stage' in s || 'template' in s))) return true;
  const jobs = root['jobs'];
  if (Array.isArray(jobs) && jobs.some((j) => isRecord(j) && ('job' in j || 'deployment' in j || 'template' in j))) return true;
  const steps = root['steps'];
  if (Array.isArray(steps) && steps.some((s) => isRecord(s) && ADO_STEP_KEYS.some((k) => k in s))) return true;
  if (isRecord(root['extends']) && typeof (root['extends'] as Record<string, unknown>)['template'] === 'string') return true;
  // A pipeline with only triggers and a pool is still a pipeline.
  if (('trigger' in root || 'pr' in root) && ('pool' in root || 'variables' in root || 'resources' in root)) return true;
  return false;
}
