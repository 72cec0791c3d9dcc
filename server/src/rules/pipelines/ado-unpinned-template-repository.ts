/**
 * ado-unpinned-template-repository: templates (`extends:` or `- template: x@repo`) taken
 * from a repository resource with no `ref` (its default branch) or a branch ref. Whoever can
 * push to that branch changes what this pipeline runs, with this pipeline's service
 * connections and secrets.
 */
import { defineRule } from '../../engine/rule';

const SHA = /^[0-9a-f]{40}$/i;

export default defineRule({
  meta: {
    id: 'ado-unpinned-template-repository',
    description: 'Templates from other repositories should be pinned to a tag or commit with `ref:`, not taken from a branch.',
    category: 'supply-chain',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['azure-pipelines'],
    fixable: false,
    messages: {
      noRef: 'Repository `{{alias}}` supplies templates ({{uses}}) but has no `ref:`, so its default branch is used: every push there changes this pipeline. Pin `ref: refs/tags/<tag>` or a commit SHA.',
      branch: 'Repository `{{alias}}` supplies templates ({{uses}}) from branch `{{ref}}`: every push there changes this pipeline. Pin `ref: refs/tags/<tag>` or a commit SHA.',
    },
    tags: ['CWE-829'],
  },
  create(context) {
    return {
      adoPipeline(p) {
        for (const repo of p.repositories) {
          const refs = p.templateRefs.filter((t) => t.repoAlias === repo.alias);
          if (!refs.length) continue;
          const uses = [...new Set(refs.map((t) => (t.where === 'extends' ? '`extends`' : `\`${t.path}\``)))].slice(0, 3).join(', ');
          const confidence = refs.some((t) => t.where === 'extends') ? ('high' as const) : ('medium' as const);
          const ref = repo.ref?.value.trim();
          if (!repo.ref || !ref) {
            context.report({ span: repo.aliasSpan, messageId: 'noRef', data: { alias: repo.alias, uses }, confidence });
            continue;
          }
          if (/\$\(|\$\{\{|\$\[/.test(ref) || SHA.test(ref) || ref.startsWith('refs/tags/')) continue;
          context.report({ span: repo.ref.span, messageId: 'branch', data: { alias: repo.alias, uses, ref }, confidence });
        }
      },
    };
  },
});
