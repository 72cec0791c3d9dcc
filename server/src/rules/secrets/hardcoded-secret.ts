/**
 * hardcoded-secret: credentials in a recognised format (Azure keys and connection strings,
 * SAS tokens, Entra client secrets, GitHub / OpenAI / Anthropic / Hugging Face / Databricks
 * tokens, private keys, JWTs, passwords in URLs) written into a file. Every file kind.
 */
import { defineRule, fromOptions } from '../../engine/rule';
import type { FileKind } from '../../engine/types';
import { DETECTORS } from '../../secrets';
import {
  coveredByContainerCredentialsRule,
  fixesFor,
  locateMatch,
  maskedForMessage,
  planReplacement,
  remedyForMessage,
  rotateForMessage,
  scanOptions,
  scanScalar,
  whereForMessage,
} from '../../secrets/ruleSupport';

const ALL_KINDS: readonly FileKind[] = ['bicep', 'bicepparam', 'azureml', 'github-workflow', 'github-action', 'azure-pipelines', 'yaml', 'json'];

const KNOWN_IDS = DETECTORS.filter((d) => d.kind === 'known-format').map((d) => d.id);

export default defineRule({
  meta: {
    id: 'hardcoded-secret',
    description: 'Keys, tokens, connection strings and private keys in a recognised format should not be hard-coded in source files.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ALL_KINDS,
    fixable: 'unsafe',
    messages: {
      hardcoded: '{{name}} hard-coded in {{where}} ({{masked}}): {{rotate}}, then {{remedy}}.',
    },
    tags: ['CWE-798', 'ASB-IM-8'],
    optionsSchema: {
      type: 'object',
      properties: {
        ignoreDetectors: {
          type: 'array',
          items: { type: 'string', enum: KNOWN_IDS },
          uniqueItems: true,
          description: 'Detector ids not to report (for example `jwt`).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignoreDetectors: [] },
  },
  create(context) {
    const doc = context.document;
    const opts = fromOptions(context.options, 'hardcoded-secret', () => scanOptions(Array.isArray(context.options['ignoreDetectors']) ? (context.options['ignoreDetectors'] as string[]) : [], {}));
    return {
      stringScalar(scalar) {
        if (scalar.isKey || scalar.value.length < 8) return;
        const { ctx, matches } = scanScalar(doc, scalar, opts);
        if (matches.length === 0 || coveredByContainerCredentialsRule(doc, scalar)) return;
        for (const match of matches) {
          if (match.kind !== 'known-format') continue;
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
