/**
 * ado-unpinned-container-image: container jobs (`container:`) and container resources
 * (`resources.containers[].image`, also used by `services:`) whose image is not pinned by
 * digest.
 */
import { defineRule } from '../../engine/rule';
import type { YamlString } from '../../languages/pipelines/github';
import { imagePinning } from '../../languages/pipelines/images';

export default defineRule({
  meta: {
    id: 'ado-unpinned-container-image',
    description: 'Container images of Azure Pipelines jobs and container resources should be pinned by `@sha256:` digest.',
    category: 'supply-chain',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['azure-pipelines'],
    fixable: false,
    messages: {
      latest: '{{where}} uses `{{image}}` with no tag or `latest`: each run may get a different image. Pin `@sha256:<digest>`.',
      tag: '{{where}} uses `{{image}}`, a tag that can be re-pushed; pin `@sha256:<digest>`.',
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
    const check = (image: YamlString | undefined, where: string) => {
      if (!image) return;
      const raw = image.value.trim();
      if (!raw || /\$\(|\$\{\{|\$\[/.test(raw)) return;
      const p = imagePinning(raw);
      if (p === 'none' || (p === 'tag' && !requireDigest)) return;
      context.report({ span: image.span, messageId: p, data: { where, image: raw }, confidence: p === 'tag' ? 'medium' : 'high' });
    };
    return {
      adoPipeline(p) {
        for (const c of p.containers) check(c.image, `Container resource \`${c.alias}\``);
      },
      adoJob(job) {
        if (job.container?.image) check(job.container.image, `The container of job \`${job.name ?? '?'}\``);
      },
    };
  },
});
