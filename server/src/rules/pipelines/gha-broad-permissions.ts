/**
 * gha-broad-permissions: `permissions: write-all`, and write scopes granted at workflow
 * level to jobs that do not need them (every job without its own `permissions:` inherits
 * the workflow's).
 */
import { defineRule } from '../../engine/rule';
import type { GhJob } from '../../languages/pipelines/github';

/** Actions that request an OIDC token. */
const OIDC_ACTIONS = new Set([
  'azure/login',
  'aws-actions/configure-aws-credentials',
  'google-github-actions/auth',
  'actions/attest-build-provenance',
  'actions/attest',
  'pypa/gh-action-pypi-publish',
  'sigstore/gh-action-sigstore-python',
  'hashicorp/vault-action',
]);

/** The job shows a sign of requesting an OIDC token (or delegates to a reusable workflow that may). */
function usesOidc(job: GhJob): boolean {
  if (job.uses) return true;
  return job.steps.some(
    (s) =>
      (s.uses?.slug !== undefined && OIDC_ACTIONS.has(s.uses.slug)) ||
      s.uses?.kind === 'local' ||
      (s.run !== undefined && /ACTIONS_ID_TOKEN_REQUEST|--federated-token|id-token|getIDToken/i.test(s.run.value)),
  );
}

export default defineRule({
  meta: {
    id: 'gha-broad-permissions',
    description: 'The GITHUB_TOKEN should not be granted `write-all`, nor write scopes at workflow level that jobs which do not need them inherit.',
    category: 'pipeline',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['github-workflow'],
    fixable: false,
    messages: {
      writeAll: '`permissions: write-all` gives the GITHUB_TOKEN{{where}} write access to every scope (code, releases, packages, workflows…); list only the scopes needed.',
      workflowWrite:
        '`{{scope}}: write` at workflow level is inherited by {{count}} jobs ({{jobs}}); grant it in the `permissions:` of the job that needs it and keep the workflow level read-only.',
      idToken:
        '`id-token: write` at workflow level lets every job mint an OIDC token for your cloud federation, including {{jobs}}, which show no sign of needing one; grant it only on the job that logs in.',
    },
    tags: ['CWE-250', 'CWE-272'],
  },
  create(context) {
    return {
      ghWorkflow(wf) {
        const wp = wf.permissions;
        if (wp?.kind === 'write-all') context.report({ span: wp.entry.value?.span ?? wp.entry.keySpan, messageId: 'writeAll', data: { where: ' of every job' } });
        for (const job of wf.jobs) {
          const jp = job.permissions;
          if (jp?.kind === 'write-all') context.report({ span: jp.entry.value?.span ?? jp.entry.keySpan, messageId: 'writeAll', data: { where: ` of job \`${job.id}\`` } });
        }
        if (wp?.kind !== 'map') return;
        const inheriting = wf.jobs.filter((j) => !j.permissions);
        for (const scope of wp.scopes) {
          if (scope.value !== 'write') continue;
          if (scope.name === 'id-token') {
            const idle = inheriting.filter((j) => !usesOidc(j));
            if (idle.length && inheriting.length > 1) {
              context.report({ span: scope.entry.keySpan, messageId: 'idToken', data: { jobs: idle.map((j) => `\`${j.id}\``).join(', ') }, confidence: 'medium' });
            }
            continue;
          }
          if (inheriting.length >= 2) {
            context.report({
              span: scope.entry.keySpan,
              messageId: 'workflowWrite',
              data: { scope: scope.name, count: inheriting.length, jobs: inheriting.map((j) => `\`${j.id}\``).join(', ') },
              confidence: 'medium',
            });
          }
        }
      },
    };
  },
});
