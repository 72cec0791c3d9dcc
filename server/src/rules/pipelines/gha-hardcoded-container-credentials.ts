/**
 * gha-hardcoded-container-credentials: a registry password written as a literal in
 * `container.credentials`, `services.*.credentials` or the `password` input of a registry
 * login action. The value is never shown in the message.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { YamlString } from '../../languages/pipelines/github';
import { setScalarEdit } from '../../languages/yaml/edits';

const LOGIN_ACTIONS = new Set(['docker/login-action', 'azure/docker-login']);

export default defineRule({
  meta: {
    id: 'gha-hardcoded-container-credentials',
    description: 'Container registry passwords in workflows should come from secrets, not literals.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: 'unsafe',
    messages: {
      literal:
        'The registry password of {{where}} is a literal: anyone who can read the repository can pull (and possibly push) images with it. Rotate it and read it from a secret (`${{ secrets.REGISTRY_PASSWORD }}`); for Azure Container Registry prefer OpenID Connect with `az acr login`.',
    },
    tags: ['CWE-798', 'CWE-259'],
  },
  create(context) {
    const text = context.document.text;
    const check = (pw: YamlString | undefined, where: string) => {
      if (!pw || pw.expressions.length || !pw.value.trim()) return;
      const e = setScalarEdit(text, pw.node, '${{ secrets.REGISTRY_PASSWORD }}');
      const fixes: Fix[] = e ? [{ title: 'Read the password from secrets.REGISTRY_PASSWORD', edits: [e], safety: 'unsafe' }] : [];
      context.report({ span: pw.span, messageId: 'literal', data: { where }, fixes });
    };
    return {
      ghJob(job) {
        check(job.container?.password, `the container of job \`${job.id}\``);
        for (const s of job.services) check(s.password, `service \`${s.name ?? '?'}\` of job \`${job.id}\``);
      },
      ghStep(step) {
        const slug = step.uses?.slug;
        if (!slug || !LOGIN_ACTIONS.has(slug)) return;
        check(step.input('password')?.value, `the \`${step.uses?.raw ?? slug}\` step`);
      },
    };
  },
});
