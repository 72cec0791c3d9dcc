/**
 * ado-deployment-without-environment: Azure deployments that no environment guards. In Azure
 * Pipelines, approvals and checks live on environments (and service connections), so a
 * deploy task in a plain `job:` — or a `deployment:` job without `environment:` — runs
 * without them.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { AdoJob, AdoStep } from '../../languages/pipelines/azureDevOps';
import { insertPairEdit } from '../../languages/yaml/edits';

/** Deploy tasks (lower-cased names without version) → the input and values that make them deploy (none: always). */
const DEPLOY_TASKS: ReadonlyMap<string, { input: string; values: RegExp } | undefined> = new Map([
  ['azurermwebappdeployment', undefined],
  ['azurewebapp', undefined],
  ['azurewebappcontainer', undefined],
  ['azurefunctionapp', undefined],
  ['azurefunctionappcontainer', undefined],
  ['azureresourcemanagertemplatedeployment', undefined],
  ['azureresourcegroupdeployment', undefined],
  ['azurecontainerapps', undefined],
  ['azurestaticwebapp', undefined],
  ['azurespringcloud', undefined],
  ['sqlazuredacpacdeployment', undefined],
  ['azuremysqldeployment', undefined],
  ['azureappservicemanage', undefined],
  ['kubernetesmanifest', { input: 'action', values: /^(?:deploy|promote|patch|delete|scale|reject)$/i }],
  ['helmdeploy', { input: 'command', values: /^(?:install|upgrade|uninstall|rollback)$/i }],
  ['kubernetes', { input: 'command', values: /^(?:apply|create|delete|set|replace|patch|scale|rollout)$/i }],
  ['terraformtaskv4', { input: 'command', values: /^(?:apply|destroy)$/i }],
  ['terraformtaskv3', { input: 'command', values: /^(?:apply|destroy)$/i }],
  ['terraformtask', { input: 'command', values: /^(?:apply|destroy)$/i }],
]);

const DEPLOY_COMMANDS: readonly RegExp[] = [
  /\baz\s+(?:deployment\s+(?:group|sub|mg|tenant)|group\s+deployment|stack\s+(?:group|sub|mg))\s+create\b/,
  /\baz\s+ml\s+(?:online|batch)-(?:deployment|endpoint)\s+(?:create|update)\b/,
  /\baz\s+(?:webapp\s+deploy|webapp\s+deployment\s+source|functionapp\s+deployment\s+source|containerapp\s+(?:create|update|up))\b/,
  /\bNew-Az(?:ResourceGroup|Subscription|ManagementGroup|Tenant)?Deployment\b/,
];

function deployStep(job: AdoJob): { step: AdoStep; what: string } | undefined {
  for (const step of job.steps) {
    if (step.task) {
      const cond = DEPLOY_TASKS.get(step.task.name);
      if (DEPLOY_TASKS.has(step.task.name)) {
        if (!cond) return { step, what: `\`${step.task.raw}\`` };
        const v = step.input(cond.input)?.value?.value.trim();
        if (v && cond.values.test(v)) return { step, what: `\`${step.task.raw}\` (${cond.input}: ${v})` };
      }
    }
    const code = step.script?.inline ? step.script.value.value : undefined;
    if (code && DEPLOY_COMMANDS.some((re) => re.test(code))) return { step, what: 'an Azure deployment command' };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'ado-deployment-without-environment',
    description: 'Azure deployments in pipelines should run in `deployment:` jobs that target an `environment:`, where approvals and checks apply.',
    category: 'pipeline',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azure-pipelines'],
    fixable: 'unsafe',
    messages: {
      plainJob:
        'Job `{{job}}` deploys ({{what}}) as a plain `job:`: no environment approvals, checks or deployment history apply. Make it a `deployment:` job with `environment:` and configure approvals on the environment.',
      noEnvironment: 'Deployment job `{{job}}` has no `environment:`; approvals and checks are configured on environments, so none apply to it.',
    },
    tags: ['CWE-284'],
    optionsSchema: {
      type: 'object',
      properties: {
        environment: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9_. -]+$', description: 'Environment name the quick fix adds to a deployment job (default `production`).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { environment: 'production' },
  },
  create(context) {
    const opt = context.options['environment'];
    const envName = typeof opt === 'string' && /^[A-Za-z0-9_.-]+$/.test(opt) ? opt : 'production';
    return {
      adoJob(job) {
        if (job.kind === 'deployment') {
          if (job.environment) return;
          const e = insertPairEdit(context.document.text, job.node, `environment: ${envName}`, { after: ['deployment', 'displayName'] });
          const fixes: Fix[] = e ? [{ title: `Add environment: ${envName} (create it with approvals first)`, edits: [e], safety: 'unsafe' }] : [];
          context.report({ span: job.anchor, messageId: 'noEnvironment', data: { job: job.name ?? '?' }, fixes });
          return;
        }
        const hit = deployStep(job);
        if (!hit) return;
        context.report({
          span: job.anchor,
          messageId: 'plainJob',
          data: { job: job.name ?? 'steps', what: hit.what },
          related: [{ message: 'Deployment step', span: hit.step.anchor }],
        });
      },
    };
  },
});
