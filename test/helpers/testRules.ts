/** Small rules used only by engine tests, so engine behaviour is tested without product rules. */
import { defineRule } from '../../server/src/engine/rule';

/** Flags every string scalar equal to `INSECURE`, with a safe fix to `secure`. */
export const insecureValueRule = defineRule({
  meta: {
    id: 'test-insecure-value',
    description: 'Values should not be INSECURE.',
    category: 'governance',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['yaml', 'json', 'azureml', 'github-workflow', 'azure-pipelines', 'bicep', 'bicepparam'],
    fixable: 'safe',
    messages: { insecure: 'Value of {{key}} is insecure.' },
  },
  create(ctx) {
    return {
      stringScalar(s) {
        if (s.value !== 'INSECURE' || s.valueStart === undefined) return;
        const span = { start: s.valueStart, end: s.valueStart + s.value.length };
        ctx.report({ span, messageId: 'insecure', data: { key: s.key ?? '(root)' }, fixes: [{ title: 'Use secure', safety: 'safe', edits: [{ ...span, newText: 'secure' }] }] });
      },
    };
  },
});

/** Throws on every document: the engine must survive it. */
export const throwingRule = defineRule({
  meta: {
    id: 'test-throwing',
    description: 'Rules should not throw.',
    category: 'governance',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['yaml'],
    fixable: false,
    messages: {},
  },
  create() {
    return {
      documentStart() {
        throw new Error('boom');
      },
    };
  },
});
