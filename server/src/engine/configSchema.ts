/**
 * Builds the JSON schema of `bulwark.config.json` from the rule registry, so the schema
 * cannot drift from the rules: `npm run gen:schema` writes it and a meta-test compares.
 */
import type { Rule } from './rule';
import { docsUrl } from './rule';
import { LEVELS } from './types';

export function buildConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const rule of [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const m = rule.meta;
    ruleProps[m.id] = {
      description: `${m.description} Default level: ${m.severity}. ${docsUrl(m.id)}`,
      anyOf: [
        { $ref: '#/definitions/level' },
        {
          type: 'object',
          properties: {
            level: { $ref: '#/definitions/level' },
            options: m.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} },
          },
          additionalProperties: false,
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/bulwark-security/bulwark/blob/main/schemas/bulwark-config.schema.json',
    title: 'Bulwark project configuration (bulwark.config.json)',
    description: 'Rule levels and options, excludes, allowlists and limits. The nearest bulwark.config.json above a file applies to it; editor settings override it.',
    type: 'object',
    additionalProperties: false,
    definitions: {
      level: { type: 'string', enum: [...LEVELS], description: 'off, error, warning, info or hint.' },
    },
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Level (or { level, options }) per rule id.',
        additionalProperties: false,
        properties: ruleProps,
      },
      exclude: {
        type: 'array',
        description: 'Glob patterns, relative to this file\'s folder, of files Bulwark does not analyse.',
        items: { type: 'string', minLength: 1 },
      },
      allowlist: {
        type: 'object',
        additionalProperties: false,
        properties: {
          secrets: {
            type: 'array',
            description: 'Literal strings: a value containing one of them is never reported as a secret (known test fixtures).',
            items: { type: 'string', minLength: 4 },
          },
        },
      },
      limits: {
        type: 'object',
        additionalProperties: false,
        description: 'Size limits. In an untrusted workspace they can only be lowered.',
        properties: {
          maxFileSizeKb: { type: 'integer', minimum: 1, default: 5120, description: 'Files larger than this are skipped with an informational finding.' },
          maxLineLength: { type: 'integer', minimum: 80, default: 200000, description: 'Files with a longer line (minified or generated) are skipped.' },
          fullParseKb: { type: 'integer', minimum: 1, default: 256, description: 'YAML files larger than this get the streaming secret scan only.' },
        },
      },
      bicep: {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportSyntaxErrors: { type: 'boolean', default: true, description: 'Report Bicep syntax errors (the CLI does by default; the editor setting bulwark.bicep.syntaxErrors decides in VS Code).' },
        },
      },
    },
  };
}
