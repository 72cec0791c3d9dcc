/**
 * ado-checkout-persist-credentials: `- checkout: … persistCredentials: true` leaves the job's
 * OAuth token (System.AccessToken) in `.git/config`, where every later step, script and
 * published artifact of the job can read it.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { setScalarEdit } from '../../languages/yaml/edits';

const PUSHES = /\bgit\s+(?:push|commit|tag|pull|fetch)\b/;

export default defineRule({
  meta: {
    id: 'ado-checkout-persist-credentials',
    description: 'Checkout steps should not set `persistCredentials: true` unless a later step must push with the token.',
    category: 'pipeline',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azure-pipelines'],
    fixable: 'safe',
    messages: {
      persisted:
        '`persistCredentials: true` leaves the job\'s access token in `.git/config` for every later step, script and published artifact of the job; remove it (the default is false), or push from a separate job.',
    },
    tags: ['CWE-522', 'CWE-200'],
  },
  create(context) {
    const text = context.document.text;
    return {
      adoStep(step) {
        if (step.kind !== 'checkout') return;
        const e = step.get('persistCredentials');
        const v = e?.value;
        if (!e || !v || !/^(?:true|yes|on)$/i.test(v.value.trim())) return;
        const laterPush = step.job.steps.slice(step.job.steps.indexOf(step) + 1).some((s) => !!s.script && PUSHES.test(s.script.value.value));
        const edit = setScalarEdit(text, v.node, typeof v.node.value === 'string' ? 'false' : false);
        const fixes: Fix[] = edit ? [{ title: 'Set persistCredentials to false', edits: [edit], safety: laterPush ? 'unsafe' : 'safe' }] : [];
        context.report({ span: e.keySpan, messageId: 'persisted', fixes, ...(laterPush ? { confidence: 'low' as const } : {}) });
      },
    };
  },
});
