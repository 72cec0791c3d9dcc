/**
 * Which GitHub Actions context values an outsider controls. Written from GitHub's event
 * payload documentation: free text (titles, bodies, messages, names, e-mails) and branch
 * names can be set by whoever opens an issue, a pull request from a fork, a comment, a
 * review, a commit or a wiki page. Numbers, SHAs, logins, URLs built by GitHub and
 * repository names are constrained and not listed.
 */

/**
 * - `attacker`: anyone who can open an issue / PR / comment controls it.
 * - `input`: set by someone with write access (workflow_dispatch and workflow_call inputs,
 *   repository_dispatch payloads); a risk when that trust boundary matters.
 */
export type Taint = 'attacker' | 'input';

const ATTACKER_PATTERNS: readonly string[] = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.head.repo.homepage',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.name',
  'github.event.commits.*.author.email',
  'github.event.commits.*.committer.name',
  'github.event.commits.*.committer.email',
  'github.event.head_commit.message',
  'github.event.head_commit.author.name',
  'github.event.head_commit.author.email',
  'github.event.head_commit.committer.name',
  'github.event.head_commit.committer.email',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.committer.name',
  'github.event.workflow_run.head_commit.committer.email',
  'github.event.workflow_run.pull_requests.*.head.ref',
  'github.event.workflow_run.head_repository.description',
  'github.event.check_suite.head_branch',
  'github.event.check_run.check_suite.head_branch',
  'github.event.check_suite.pull_requests.*.head.ref',
  'github.event.check_run.pull_requests.*.head.ref',
];

const INPUT_PATTERNS: readonly string[] = ['inputs.*', 'github.event.inputs.*', 'github.event.client_payload'];

function split(p: string): string[] {
  return p.split('.');
}

const ATTACKER = ATTACKER_PATTERNS.map(split);
const INPUT = INPUT_PATTERNS.map(split);

/** `ref` matches `pattern` segment by segment (`*` matches one segment); `ref` may be longer when `prefixOk`. */
function matches(ref: readonly string[], pattern: readonly string[], prefixOk: boolean): boolean {
  if (ref.length < pattern.length) return false;
  if (!prefixOk && ref.length !== pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    const r = ref[i];
    if (p !== '*' && r !== '*' && p !== r) return false;
  }
  return true;
}

/** `ref` is an object that contains a pattern's value (for `toJSON(github.event)` and the like). */
function containsPattern(ref: readonly string[], pattern: readonly string[]): boolean {
  if (ref.length >= pattern.length) return false;
  for (let i = 0; i < ref.length; i++) {
    const p = pattern[i];
    const r = ref[i];
    if (p !== '*' && r !== '*' && p !== r) return false;
  }
  return true;
}

/**
 * The taint of a normalised context path (see `ContextRef.path`), or undefined when it is
 * not known to be outside-controlled. Objects that contain such values (`github.event`,
 * `github.event.pull_request.head`, `github`) count as attacker-controlled: serialising them
 * (`toJSON`) puts the fields in the text.
 */
export function classifyContext(path: string): Taint | undefined {
  const ref = split(path);
  if (ref[0] !== 'github' && ref[0] !== 'inputs') return undefined;
  for (const p of ATTACKER) if (matches(ref, p, false) || containsPattern(ref, p)) return 'attacker';
  for (const p of INPUT) if (matches(ref, p, true)) return 'input';
  return undefined;
}

/** Triggers whose runs see attacker-controlled event data *and* the base repository's secrets or write token. */
export const PRIVILEGED_TRIGGERS: ReadonlySet<string> = new Set([
  'pull_request_target',
  'workflow_run',
  'issues',
  'issue_comment',
  'pull_request_review',
  'pull_request_review_comment',
  'discussion',
  'discussion_comment',
  'gollum',
  'check_run',
  'check_suite',
]);
