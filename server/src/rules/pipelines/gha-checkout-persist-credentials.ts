/**
 * gha-checkout-persist-credentials: `actions/checkout` writes the job's GITHUB_TOKEN into
 * `.git/config` unless `persist-credentials: false`; every later step (and any artifact that
 * uploads the workspace) can then read it. From checkout v6 the token lives in a file under
 * `$RUNNER_TEMP` instead, which lowers the artifact risk.
 */
import { defineRule } from '../../engine/rule';
import type { Confidence, Fix } from '../../engine/types';
import type { GhStep } from '../../languages/pipelines/github';
import { insertIntoKeyEdit, setScalarEdit } from '../../languages/yaml/edits';

/** A later step in the job appears to need the persisted token (pushes, tags, opens PRs). */
function laterStepPushes(step: GhStep): boolean {
  for (const s of step.job.steps.slice(step.index + 1)) {
    if (s.run && /\bgit\s+(?:push|commit|tag|pull|fetch|remote)\b|\bgh\s+(?:pr|release|api|repo)\b/.test(s.run.value)) return true;
    const slug = s.uses?.slug ?? '';
    if (/push|commit|pull-request|release|tag|changesets|semantic|publish/.test(slug)) return true;
  }
  return false;
}

/** A later step uploads an artifact whose path can include the checkout's `.git` folder. */
function laterUpload(step: GhStep): boolean {
  return step.job.steps.slice(step.index + 1).some((s) => {
    const isUpload =
      s.uses?.slug === 'actions/upload-artifact' || s.uses?.slug === 'actions/upload-pages-artifact' || (s.uses?.kind === 'local' && /upload-artifact/i.test(s.uses.raw));
    if (!isUpload) return false;
    const p = s.input('path')?.value?.value.trim();
    if (p === undefined) return false;
    return p.split(/\r?\n/).some((line) => /^(?:\.\/?|\*{1,2}|\$\{\{\s*github\.workspace\s*\}\}\/?|.*\.git(?:\/.*)?)$/.test(line.trim()));
  });
}

function majorVersion(ref: string | undefined): number | undefined {
  const m = /^v?(\d+)/.exec(ref ?? '');
  return m ? Number(m[1]) : undefined;
}

export default defineRule({
  meta: {
    id: 'gha-checkout-persist-credentials',
    description: 'The actions/checkout step should set `persist-credentials: false` unless a later step needs the token to push.',
    category: 'pipeline',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: 'safe',
    messages: {
      persisted:
        '`actions/checkout` leaves the GITHUB_TOKEN in the git configuration for every later step of the job{{upload}}; add `persist-credentials: false` unless a later step needs it to push.',
      explicit:
        '`persist-credentials: true` keeps the GITHUB_TOKEN on disk for every later step of the job{{upload}}; push from a separate job or step that fetches its own token, or set it to false.',
    },
    tags: ['CWE-522', 'CWE-200'],
  },
  create(context) {
    const text = context.document.text;
    return {
      ghStep(step) {
        if (step.uses?.slug !== 'actions/checkout' || step.uses.subpath) return;
        const input = step.input('persist-credentials');
        const v = input?.value;
        if (v && (v.expressions.length || /^false$/i.test(v.value.trim()))) return;
        if (input && !v) return;
        const upload = laterUpload(step);
        const pushes = laterStepPushes(step);
        const major = majorVersion(step.uses.ref);
        let confidence: Confidence = upload || step.job.workflow.dangerousTrigger ? 'high' : 'medium';
        if (major !== undefined && major >= 6 && !upload) confidence = 'low';
        const data = { upload: upload ? ', and an artifact uploaded later may include it' : '' };
        const fixes: Fix[] = [];
        if (v && input) {
          const e = setScalarEdit(text, v.node, typeof v.node.value === 'string' ? 'false' : false);
          if (e) fixes.push({ title: 'Set persist-credentials to false', edits: [e], safety: 'unsafe' });
          context.report({ span: input.keySpan, messageId: 'explicit', data, confidence: pushes ? 'low' : confidence, fixes });
          return;
        }
        const e = insertIntoKeyEdit(text, step.node, 'with', 'persist-credentials: false');
        if (e) fixes.push({ title: 'Add persist-credentials: false', edits: [e], safety: pushes ? 'unsafe' : 'safe' });
        context.report({ span: step.uses.value.span, messageId: 'persisted', data, confidence: pushes ? 'low' : confidence, fixes });
      },
    };
  },
});
