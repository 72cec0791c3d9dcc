/**
 * gha-secrets-json: structured secrets. `fromJSON(secrets.X)` parses a JSON secret whose
 * individual fields GitHub does not mask in logs (only the whole secret value is
 * registered for masking); `toJSON(secrets)` hands every secret to one step.
 */
import { defineRule } from '../../engine/rule';
import { findExpressions } from '../../languages/pipelines/expressions';

const FROM_JSON = /\bfromjson\s*\(\s*secrets\s*(?:\.\s*([\w-]{1,100})|\[\s*'([^']{1,100})'\s*\])/gi;
const TO_JSON_ALL = /\btojson\s*\(\s*secrets\s*\)/i;

export default defineRule({
  meta: {
    id: 'gha-secrets-json',
    description: 'Secrets should hold one value each, not JSON documents parsed with `fromJSON`, and should not be passed in bulk with `toJSON(secrets)`.',
    category: 'secrets',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: false,
    messages: {
      fromJson:
        '`fromJSON(secrets.{{name}})` reads a field out of a JSON secret: GitHub masks only the whole secret in logs, so the parsed fields (client secrets, passwords) can be printed in clear. Store each value as its own secret.',
      toJsonAll: '`toJSON(secrets)` gives this step every secret of the repository and environment; pass only the secrets it needs.',
    },
    tags: ['CWE-532', 'CWE-200'],
  },
  create(context) {
    const text = context.document.text;
    return {
      stringScalar(s) {
        if (s.isKey || !s.value.includes('secrets')) return;
        for (const site of findExpressions(text, s.span.start, s.span.end)) {
          if (TO_JSON_ALL.test(site.inner)) context.report({ span: site.span, messageId: 'toJsonAll' });
          FROM_JSON.lastIndex = 0;
          const m = FROM_JSON.exec(site.inner);
          if (m) context.report({ span: site.span, messageId: 'fromJson', data: { name: m[1] ?? m[2] ?? '' } });
        }
      },
    };
  },
});
