/**
 * gha-unpinned-action: `uses:` of a remote action or reusable workflow that is not pinned to
 * a full 40-hex commit SHA. Tags and branches can be moved to new code by whoever controls
 * the action's repository. Local actions (`./…`) are not reported; `docker://` images are
 * left to gha-unpinned-container-image. Pinning needs the SHA a tag points to, which Bulwark
 * does not look up over the network: the `pins` option supplies it and enables the fix.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { matchesActionPattern } from '../../languages/pipelines/github';
import type { GhUses } from '../../languages/pipelines/github';

function lookupPin(pins: Readonly<Record<string, unknown>>, uses: GhUses): string | undefined {
  if (!uses.slug || uses.ref === undefined) return undefined;
  const full = uses.subpath ? `${uses.slug}/${uses.subpath.toLowerCase()}` : uses.slug;
  const wanted = [`${full}@${uses.ref}`, `${uses.slug}@${uses.ref}`];
  for (const [k, v] of Object.entries(pins)) {
    if (typeof v !== 'string' || !/^[0-9a-f]{40}$/i.test(v)) continue;
    const key = k.trim();
    const at = key.lastIndexOf('@');
    if (at < 0) continue;
    const normalised = `${key.slice(0, at).toLowerCase()}@${key.slice(at + 1)}`;
    if (wanted.includes(normalised)) return v.toLowerCase();
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'gha-unpinned-action',
    description: 'Actions and reusable workflows should be pinned to a full commit SHA, not to a tag or branch that can be moved.',
    category: 'supply-chain',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: 'safe',
    messages: {
      unpinned: '`{{target}}` is pinned to `{{ref}}`, a tag or branch its owner can move to other code at any time; pin the full 40-character commit SHA (keep the tag in a comment).',
      shortSha: '`{{target}}` is pinned to the short SHA `{{ref}}`; only a full 40-character SHA is immutable and unambiguous.',
      noRef: '`{{target}}` has no `@ref`; pin it to a full 40-character commit SHA.',
    },
    tags: ['CWE-829', 'CWE-494'],
    optionsSchema: {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'Actions that may stay on a tag: `owner/repo`, `owner/*` or `*` (case-insensitive). Default: none.',
        },
        pins: {
          type: 'object',
          additionalProperties: { type: 'string', pattern: '^[0-9a-fA-F]{40}$' },
          description: 'Known pins, `"owner/repo@ref": "<40-hex sha>"`; a matching `uses:` gets a quick fix that pins it and keeps the ref as a comment.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [], pins: {} },
  },
  create(context) {
    const allow = Array.isArray(context.options['allow']) ? (context.options['allow'] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    const pinsOpt = context.options['pins'];
    const pins = pinsOpt && typeof pinsOpt === 'object' && !Array.isArray(pinsOpt) ? (pinsOpt as Record<string, unknown>) : {};
    const text = context.document.text;

    function check(uses: GhUses | undefined): void {
      if (!uses || (uses.kind !== 'action' && uses.kind !== 'reusable-workflow')) return;
      if (uses.refKind === 'sha') return;
      if (allow.some((p) => matchesActionPattern(uses, p))) return;
      const target = uses.ref !== undefined ? uses.raw.slice(0, uses.raw.lastIndexOf('@')) : uses.raw;
      const fixes: Fix[] = [];
      const sha = lookupPin(pins, uses);
      if (sha && uses.refSpan) {
        const edits: TextEdit[] = [{ start: uses.refSpan.start, end: uses.refSpan.end, newText: sha }];
        const lineEnd = text.indexOf('\n', uses.value.span.end);
        const rest = text.slice(uses.value.span.end, lineEnd < 0 ? text.length : lineEnd);
        if (!rest.includes('#')) edits.push({ start: uses.value.span.end, end: uses.value.span.end, newText: ` # ${uses.ref}` });
        fixes.push({ title: `Pin to ${sha.slice(0, 12)}… from the pins option`, edits, safety: 'safe' });
      }
      context.report({
        span: uses.refSpan ?? uses.value.span,
        messageId: uses.refKind === 'none' ? 'noRef' : uses.refKind === 'short-sha' ? 'shortSha' : 'unpinned',
        data: { target, ref: uses.ref ?? '' },
        fixes,
      });
    }

    return {
      ghJob(job) {
        check(job.uses);
      },
      ghStep(step) {
        check(step.uses);
      },
    };
  },
});
