/**
 * Edits shared by the GitHub Actions rules' quick fixes (built on ../yaml/edits.ts).
 */
import type { TextEdit } from '../../engine/types';
import { insertIntoKeyEdit, insertPairEdit } from '../yaml/edits';
import type { GhJob, GhStep, GhWorkflow } from './github';

/** The step logs in to Azure with OIDC (azure/login with client-id and no creds). */
export function isOidcAzureLogin(step: GhStep): boolean {
  return step.uses?.slug === 'azure/login' && !!step.input('client-id') && !step.input('creds');
}

/** The scopes a new workflow-level `permissions:` block should hold: `contents: read`, plus `id-token: write` when a job logs in with OIDC. */
export function minimalWorkflowScopes(wf: GhWorkflow): string[] {
  const scopes = ['contents: read'];
  if (wf.jobs.some((j) => !j.permissions && j.steps.some(isOidcAzureLogin))) scopes.push('id-token: write');
  return scopes;
}

/** Insert a workflow-level `permissions:` block after `on:` (else before `jobs:`). */
export function addWorkflowPermissionsEdit(wf: GhWorkflow, scopes: readonly string[]): TextEdit | undefined {
  if (wf.permissions) return undefined;
  const entry = `permissions:\n${scopes.map((s) => `  ${s}`).join('\n')}`;
  return insertPairEdit(wf.document.text, wf.root, entry, { after: 'on', before: 'jobs' });
}

/**
 * Make sure `job` may request an OIDC token (`id-token: write`), changing as little as
 * possible: add the scope to the job's `permissions:` map when it has one, else to the
 * workflow's when that one is a map of scopes, else give the job its own block
 * (`id-token: write`, plus `contents: read` when nothing was set, as a job-level block
 * replaces the defaults).
 * Returns `[]` when already granted, undefined when it cannot be done safely.
 */
export function ensureIdTokenEdits(job: GhJob): TextEdit[] | undefined {
  const text = job.workflow.document.text;
  const granted = (p: GhJob['permissions']) => p?.kind === 'write-all' || (p?.kind === 'map' && p.scope('id-token') === 'write');
  const jp = job.permissions;
  if (jp) {
    if (granted(jp)) return [];
    if (jp.kind === 'map' || jp.kind === 'none') {
      if (jp.scope('id-token') !== undefined) return undefined;
      const e = insertIntoKeyEdit(text, job.node, 'permissions', 'id-token: write');
      return e ? [e] : undefined;
    }
    return undefined;
  }
  const wp = job.workflow.permissions;
  if (wp) {
    if (granted(wp)) return [];
    if (wp.kind === 'map') {
      if (wp.scope('id-token') !== undefined) return undefined;
      const e = insertIntoKeyEdit(text, job.workflow.root, 'permissions', 'id-token: write');
      return e ? [e] : undefined;
    }
    if (wp.kind !== 'none') return undefined;
  }
  const block = wp ? 'permissions:\n  id-token: write' : 'permissions:\n  id-token: write\n  contents: read';
  const e = insertPairEdit(text, job.node, block, { after: ['runs-on', 'name'] });
  return e ? [e] : undefined;
}
