/**
 * gha-dangerous-trigger-checkout: a `pull_request_target` or `workflow_run` workflow — which
 * runs with the base repository's secrets and a write token — checks out the pull request's
 * code (`actions/checkout` with the head ref/SHA or the fork's repository, `gh pr checkout`,
 * `git fetch … pull/N/head`). Any build, install or test step after that runs the
 * attacker's code with those privileges ("pwn request").
 */
import { defineRule } from '../../engine/rule';
import type { Confidence } from '../../engine/types';
import type { GhStep, YamlString } from '../../languages/pipelines/github';

/** Context paths that name the untrusted head of a PR or triggering run. */
const HEAD_PATHS = [
  /^github\.head_ref$/,
  /^github\.event\.pull_request\.head\.(?:sha|ref|repo\.full_name|repo\.clone_url|repo\.ssh_url)$/,
  /^github\.event\.pull_request\.merge_commit_sha$/,
  /^github\.event\.workflow_run\.head_(?:sha|branch)$/,
  /^github\.event\.workflow_run\.head_repository\.(?:full_name|clone_url)$/,
  /^github\.event\.workflow_run\.pull_requests\.\*\.head\.(?:sha|ref)$/,
];
const PR_REF_TEXT = /refs\/pull\/|\bpull\/\$\{\{/;
const SCRIPT_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+fetch\b[^\n]{0,200}\bpull\/[^\s/]{1,80}\/(?:head|merge)\b|\bgit\s+(?:checkout|switch|fetch|pull)\b[^\n]{0,200}\$\{\{\s*github\.(?:head_ref|event\.(?:pull_request\.head|workflow_run\.head))/;
/** Guards that restrict the job to pull requests from the same repository. */
const SAME_REPO_GUARD = /head\.repo\.full_name\s*==\s*github\.repository|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork|head_repository\.full_name\s*==\s*github\.repository/;

function namesHead(v: YamlString | undefined): boolean {
  if (!v) return false;
  if (PR_REF_TEXT.test(v.value)) return true;
  return v.expressions.some((site) => site.refs.some((r) => !r.sanitized && HEAD_PATHS.some((re) => re.test(r.path))));
}

export default defineRule({
  meta: {
    id: 'gha-dangerous-trigger-checkout',
    description: 'Workflows triggered by `pull_request_target` or `workflow_run` should not check out and run the pull request\'s code.',
    category: 'pipeline',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['github-workflow'],
    fixable: false,
    messages: {
      checkout:
        'This `{{trigger}}` workflow runs with the base repository\'s secrets and write token, and checks out the untrusted head of the pull request: any later build, install or test step runs the contributor\'s code with those privileges. Use `pull_request` for building untrusted code, or split into a privileged workflow that never executes PR code.',
    },
    tags: ['CWE-829', 'CWE-94'],
  },
  create(context) {
    const check = (step: GhStep): boolean => {
      if (step.uses?.slug === 'actions/checkout' && !step.uses.subpath) {
        return namesHead(step.input('ref')?.value) || namesHead(step.input('repository')?.value);
      }
      return step.scripts.some((s) => s.kind === 'run' && SCRIPT_CHECKOUT.test(s.value.value.length > 100_000 ? s.value.value.slice(0, 100_000) : s.value.value));
    };
    return {
      ghStep(step) {
        const trigger = step.job.workflow.dangerousTrigger;
        if (!trigger || !check(step)) return;
        let confidence: Confidence = 'high';
        const guards = [step.job.if?.value, step.if?.value].filter((x): x is string => !!x);
        if (guards.some((g) => SAME_REPO_GUARD.test(g))) confidence = 'low';
        else if (step.job.environment) confidence = 'medium';
        context.report({ span: step.anchor, messageId: 'checkout', data: { trigger: trigger.name }, confidence });
      },
    };
  },
});
