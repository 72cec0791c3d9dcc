/**
 * gha-deploy-without-environment: a job that deploys to Azure (deploy actions, `az
 * deployment`, `az ml online-deployment`, kubectl/helm against AKS, …) without an
 * `environment:`, so no required reviewers, wait timers, branch rules or environment-scoped
 * secrets can guard it.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, RelatedLocation } from '../../engine/types';
import type { GhJob, GhStep } from '../../languages/pipelines/github';
import { insertPairEdit } from '../../languages/yaml/edits';

const DEPLOY_ACTIONS = new Set([
  'azure/webapps-deploy',
  'azure/functions-action',
  'azure/arm-deploy',
  'azure/bicep-deploy',
  'azure/k8s-deploy',
  'azure/container-apps-deploy-action',
  'azure/static-web-apps-deploy',
  'azure/sql-action',
  'azure/spring-apps-deploy',
  'azure/aci-deploy',
  'azure/appservice-settings',
  'azure/powershell-deploy',
]);

/** Deployment commands in scripts (one line each; bounded). */
const DEPLOY_COMMANDS: readonly [RegExp, string][] = [
  [/\baz\s+(?:deployment\s+(?:group|sub|mg|tenant)|group\s+deployment|stack\s+(?:group|sub|mg))\s+create\b/, 'az deployment … create'],
  [/\baz\s+ml\s+(?:online|batch)-(?:deployment|endpoint)\s+(?:create|update)\b/, 'az ml online/batch deployment'],
  [/\baz\s+(?:webapp\s+deploy|webapp\s+deployment\s+source|functionapp\s+deployment\s+source|containerapp\s+(?:create|update|up)|spring\s+app\s+deploy)\b/, 'az webapp/functionapp/containerapp deploy'],
  [/\bNew-Az(?:ResourceGroup|Subscription|ManagementGroup|Tenant)?Deployment\b/, 'New-Az…Deployment'],
  [/\bterraform\s+apply\b/, 'terraform apply'],
];
const KUBE_DEPLOY = /\b(?:kubectl\s+(?:apply|create|replace|delete|set\s+image|rollout\s+restart|patch)|helm\s+(?:upgrade|install|uninstall))\b/;
const AKS_CONTEXT = /\baz\s+aks\s+get-credentials\b/;

function deploySignal(job: GhJob): { step: GhStep; what: string } | undefined {
  const aks = job.steps.some((s) => s.uses?.slug === 'azure/aks-set-context' || (s.run !== undefined && AKS_CONTEXT.test(s.run.value)));
  for (const step of job.steps) {
    const slug = step.uses?.slug;
    if (slug && !step.uses?.subpath && DEPLOY_ACTIONS.has(slug)) return { step, what: `\`${step.uses?.raw ?? slug}\`` };
    for (const script of step.scripts) {
      const v = script.value.value;
      for (const [re, what] of DEPLOY_COMMANDS) if (re.test(v)) return { step, what: `\`${what}\`` };
      if (aks && KUBE_DEPLOY.test(v)) return { step, what: 'kubectl/helm against AKS' };
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'gha-deploy-without-environment',
    description: 'Jobs that deploy to Azure should run in a GitHub `environment:` so that reviewers, branch rules and environment secrets can guard them.',
    category: 'pipeline',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['github-workflow'],
    fixable: 'unsafe',
    messages: {
      noEnvironment:
        'Job `{{job}}` deploys ({{what}}) without `environment:`: nothing can require an approval, restrict the branches that deploy or scope the deployment credentials to it.',
    },
    tags: ['CWE-284'],
    optionsSchema: {
      type: 'object',
      properties: {
        environment: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_.-]+$', description: 'Environment name the quick fix adds (default `production`).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { environment: 'production' },
  },
  create(context) {
    const envName = typeof context.options['environment'] === 'string' && /^[A-Za-z0-9_.-]+$/.test(context.options['environment']) ? context.options['environment'] : 'production';
    const text = context.document.text;
    return {
      ghJob(job) {
        if (job.composite || job.uses || job.environment) return;
        const signal = deploySignal(job);
        if (!signal) return;
        const e = insertPairEdit(text, job.node, `environment: ${envName}`, { after: ['runs-on', 'name'] });
        const fixes: Fix[] = e ? [{ title: `Add environment: ${envName} (create it with protection rules first)`, edits: [e], safety: 'unsafe' }] : [];
        const related: RelatedLocation[] = [{ message: 'Deployment step', span: signal.step.anchor }];
        context.report({ span: job.idSpan, messageId: 'noEnvironment', data: { job: job.id, what: signal.what }, fixes, related });
      },
    };
  },
});
