/**
 * bicep-output-secret: deployment outputs are readable by anyone with read access to the
 * deployment; keys, connection strings and secure params must not be output in clear text.
 */
import { defineRule } from '../../engine/rule';
import type { RelatedLocation } from '../../engine/types';
import { addDecoratorFix, secretFlow, clip } from './support';

export default defineRule({
  meta: {
    id: 'bicep-output-secret',
    description: 'Outputs should not return secrets such as list*() results or secure params unless marked @secure().',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      listCall: 'Output {{name}} returns the result of {{call}}(), a key or connection string that anyone with read access to the deployment can see. Remove the output and let consumers use a managed identity, or mark it @secure().',
      secureParam: 'Output {{name}} returns secure param {{param}} in clear text: anyone with read access to the deployment can see it. Remove the output or mark it @secure().',
      byName: 'Output {{name}} is named like a password and is not @secure(): its value is visible to anyone with read access to the deployment. Mark it @secure() or remove it.',
    },
    tags: ['CWE-200', 'bicep:outputs-should-not-contain-secrets', 'PSRule:Azure.Deployment.OutputSecretValue'],
  },
  create(context) {
    const doc = context.document;
    return {
      bicepOutput(o) {
        if (o.secure || !o.value) return;
        const flow = secretFlow(o.model, o.value);
        const fixes = () => [addDecoratorFix(doc, o, '@secure()', `Add @secure() to output ${clip(o.name)}`, 'unsafe')]; // built only when reported
        const span = { start: o.value.start, end: o.value.end };
        const call = flow.listCalls[0];
        if (call) {
          const related: RelatedLocation[] = [];
          if (call.start < o.value.start || call.end > o.value.end) related.push({ message: `${clip(call.name.name)}() is called here`, span: { start: call.start, end: call.end } });
          context.report({ span, messageId: 'listCall', data: { name: clip(o.name), call: clip(call.name.name) }, related, fixes: fixes() });
          return;
        }
        const p = flow.secureParams[0];
        if (p) {
          context.report({ span, messageId: 'secureParam', data: { name: clip(o.name), param: clip(p.name) }, related: [{ message: `Secure param ${clip(p.name)} is declared here`, span: { start: p.nameSpan.start, end: p.nameSpan.end } }], fixes: fixes() });
          return;
        }
        if (/password/i.test(o.name) && !/^(bool|int)\b/.test(o.typeText) && !/(enabled|disabled|length|policy|expir|auth|required|reset)/i.test(o.name)) {
          context.report({ span: { start: o.nameSpan.start, end: o.nameSpan.end }, messageId: 'byName', data: { name: clip(o.name) }, fixes: fixes() });
        }
      },
    };
  },
});
