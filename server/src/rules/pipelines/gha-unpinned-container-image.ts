/**
 * gha-unpinned-container-image: job containers, service containers and `docker://` step
 * images that are not pinned by digest. A tag (and `latest` above all) can be re-pushed.
 */
import { defineRule } from '../../engine/rule';
import type { YamlString } from '../../languages/pipelines/github';
import { imagePinning } from '../../languages/pipelines/images';

export default defineRule({
  meta: {
    id: 'gha-unpinned-container-image',
    description: 'Container images of jobs, services and `docker://` steps should be pinned by `@sha256:` digest.',
    category: 'supply-chain',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: false,
    messages: {
      latest: '{{where}} uses `{{image}}` with no tag or `latest`: every run may get a different image, including one pushed by whoever controls the repository. Pin `@sha256:<digest>`.',
      tag: '{{where}} uses `{{image}}`, a tag that can be re-pushed; pin `@sha256:<digest>` (keep the tag in a comment).',
    },
    tags: ['CWE-829', 'CWE-494'],
    optionsSchema: {
      type: 'object',
      properties: {
        requireDigest: { type: 'boolean', description: 'Report images with a version tag but no digest (default true); when false only untagged and `latest` images are reported.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireDigest: true },
  },
  create(context) {
    const requireDigest = context.options['requireDigest'] !== false;
    const check = (image: YamlString | undefined, raw: string | undefined, where: string) => {
      if (!image || raw === undefined || image.expressions.length || !raw.trim()) return;
      const p = imagePinning(raw);
      if (p === 'none' || (p === 'tag' && !requireDigest)) return;
      context.report({ span: image.span, messageId: p, data: { where, image: raw.trim() }, confidence: p === 'tag' ? 'medium' : 'high' });
    };
    return {
      ghJob(job) {
        if (job.container) check(job.container.image, job.container.image?.value, `The container of job \`${job.id}\``);
        for (const s of job.services) check(s.image, s.image?.value, `Service \`${s.name ?? '?'}\` of job \`${job.id}\``);
      },
      ghStep(step) {
        if (step.uses?.kind === 'docker') check(step.uses.value, step.uses.image, 'This step');
      },
    };
  },
});
