/**
 * gha-missing-permissions: a job whose GITHUB_TOKEN permissions are set neither by the job
 * nor by the workflow runs with the repository's default, which for many repositories (and
 * all created before February 2023) is read-write on every scope.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { addWorkflowPermissionsEdit, minimalWorkflowScopes } from '../../languages/pipelines/ghEdits';

export default defineRule({
  meta: {
    id: 'gha-missing-permissions',
    description: 'Workflows should set `permissions:` for the GITHUB_TOKEN, at workflow or job level, instead of relying on the repository default.',
    category: 'pipeline',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['github-workflow'],
    fixable: 'unsafe',
    messages: {
      missing:
        'Job `{{job}}` runs with the repository\'s default GITHUB_TOKEN permissions, which can be read-write on every scope: neither the workflow nor the job sets `permissions:`. Grant only what the job needs (start from `contents: read`).',
    },
    tags: ['CWE-250', 'CWE-272'],
  },
  create(context) {
    return {
      ghWorkflow(wf) {
        if (wf.permissions) return;
        const lacking = wf.jobs.filter((j) => !j.composite && !j.permissions);
        if (!lacking.length) return;
        const scopes = minimalWorkflowScopes(wf);
        const edit = addWorkflowPermissionsEdit(wf, scopes);
        const fixes: Fix[] = edit ? [{ title: `Add workflow-level permissions (${scopes.join(', ')})`, edits: [edit], safety: 'unsafe' }] : [];
        const onlyCalled = wf.triggers.length > 0 && wf.triggers.every((t) => t.name === 'workflow_call');
        for (const job of lacking) {
          context.report({ span: job.idSpan, messageId: 'missing', data: { job: job.id }, fixes, ...(onlyCalled ? { confidence: 'low' as const } : {}) });
        }
      },
    };
  },
});
