/**
 * hardcoded-password: random-looking literals assigned to password / secret / token /
 * API-key / connection-string names (keyword + entropy). Formats the `hardcoded-secret`
 * rule recognises are left to it.
 */
import { defineRule, fromOptions } from '../../engine/rule';
import type { FileKind } from '../../engine/types';
import type { GenericOptions } from '../../secrets';
import {
  coveredByContainerCredentialsRule,
  fixesFor,
  locateMatch,
  maskedForMessage,
  planReplacement,
  remedyForMessage,
  rotateForMessage,
  normaliseGeneric,
  scanOptions,
  scanScalar,
  whereForMessage,
} from '../../secrets/ruleSupport';

const ALL_KINDS: readonly FileKind[] = ['bicep', 'bicepparam', 'azureml', 'github-workflow', 'github-action', 'azure-pipelines', 'yaml', 'json'];

export default defineRule({
  meta: {
    id: 'hardcoded-password',
    description: 'Passwords, tokens and API keys should not be assigned as string literals; they should come from a secret store.',
    category: 'secrets',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ALL_KINDS,
    fixable: 'unsafe',
    messages: {
      hardcoded: '{{name}} hard-coded in {{where}} ({{masked}}): {{rotate}}, then {{remedy}}.',
    },
    tags: ['CWE-259', 'CWE-798', 'ASB-IM-8'],
    optionsSchema: {
      type: 'object',
      properties: {
        minLength: { type: 'integer', minimum: 4, maximum: 200, description: 'Shortest literal considered (default 8).' },
        minEntropy: { type: 'number', minimum: 0, maximum: 8, description: 'Shannon entropy in bits per character a literal needs (default 3.0; lowered for short values).' },
        extraSecretNames: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'More key names that hold secrets (compared case-insensitively, ignoring `_`, `-` and `.`).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { minLength: 8, minEntropy: 3.0, extraSecretNames: [] },
  },
  create(context) {
    const doc = context.document;
    const o = context.options;
    const opts = fromOptions(o, 'hardcoded-password', () => {
      const generic: GenericOptions = normaliseGeneric({
        ...(typeof o['minLength'] === 'number' ? { minLength: o['minLength'] } : {}),
        ...(typeof o['minEntropy'] === 'number' ? { minEntropy: o['minEntropy'] } : {}),
        ...(Array.isArray(o['extraSecretNames']) ? { extraSecretNames: o['extraSecretNames'] as string[] } : {}),
      });
      return scanOptions([], generic);
    });
    return {
      stringScalar(scalar) {
        if (scalar.isKey || scalar.value.length < 4) return;
        const { ctx, matches } = scanScalar(doc, scalar, opts);
        if (matches.length === 0 || coveredByContainerCredentialsRule(doc, scalar)) return;
        for (const match of matches) {
          if (match.kind !== 'generic') continue;
          const secret = scalar.value.slice(match.start, match.end);
          if (context.allowlist.isAllowedSecret(secret)) continue;
          const located = locateMatch(doc, scalar, match);
          const plan = planReplacement(scalar, match, ctx?.key);
          context.report({
            span: located.span,
            messageId: 'hardcoded',
            confidence: match.confidence,
            data: {
              name: match.name,
              where: whereForMessage(match, ctx?.key),
              masked: maskedForMessage(secret),
              rotate: rotateForMessage(match),
              remedy: remedyForMessage(match, doc.kind, plan.secretName),
            },
            fixes: fixesFor({ doc, scalar, match, located, plan }),
          });
        }
      },
    };
  },
});
