/**
 * bicep-hardcoded-env-url: cloud host names written into a template break it in sovereign
 * clouds (Azure Government, Azure China) and hide endpoints from review; use environment().
 */
import { defineRule, fromOptions } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { getBicep } from '../../languages/bicep';
import type { Node, StringLiteral } from '../../languages/bicep';
import { nodePathAt } from '../../languages/bicep/visit';
import type { AnalysisDocument } from '../../engine/document';

const DEFAULT_HOSTS = [
  'core.windows.net',
  'vault.azure.net',
  'login.microsoftonline.com',
  'management.azure.com',
  'database.windows.net',
  'graph.windows.net',
  'batch.core.windows.net',
  'azuredatalakestore.net',
  'azuredatalakeanalytics.net',
  'datalake.azure.net',
  'gallery.azure.com',
  'management.core.windows.net',
];
const DEFAULT_EXCLUDED = ['schema.management.azure.com'];

/** Hosts that have a drop-in environment() expression: text to replace → interpolation. */
const REPLACEMENTS: Readonly<Record<string, { find: string; expr: string }>> = {
  'core.windows.net': { find: 'core.windows.net', expr: 'environment().suffixes.storage' },
  'vault.azure.net': { find: '.vault.azure.net', expr: 'environment().suffixes.keyvaultDns' },
  'database.windows.net': { find: '.database.windows.net', expr: 'environment().suffixes.sqlServerHostname' },
};

function isHostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** Occurrences of `host` in `lower` (a lower-cased string) as a whole DNS suffix (not inside a longer label). */
function findHost(lower: string, host: string): number {
  let from = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const i = lower.indexOf(host, from);
    if (i < 0) return -1;
    const before = i > 0 ? lower.charCodeAt(i - 1) : 0;
    const after = i + host.length < lower.length ? lower.charCodeAt(i + host.length) : 0;
    if ((i === 0 || !isHostChar(before)) && !isHostChar(after) && after !== 46) return i;
    from = i + 1;
  }
  return -1;
}

/**
 * Any default host, case-insensitively (batch.* and management.core.* end in core.windows.net).
 * Literal alternatives only: linear time. The rule's tests flag every default host through it.
 */
const DEFAULT_HOSTS_PATTERN = /core\.windows\.net|vault\.azure\.net|login\.microsoftonline\.com|management\.azure\.com|database\.windows\.net|graph\.windows\.net|azuredatalakestore\.net|azuredatalakeanalytics\.net|datalake\.azure\.net|gallery\.azure\.com/i;
const DEFAULT_HOSTS_KEY = DEFAULT_HOSTS.map((h) => h.toLowerCase()).sort().join('\n');

/** The (decoded) string value may contain one of `hosts` (lower-case), case-insensitively. */
function mentionsAny(value: string, hosts: readonly string[], defaults: boolean): boolean {
  if (defaults) return DEFAULT_HOSTS_PATTERN.test(value);
  const lower = value.toLowerCase();
  return hosts.some((h) => lower.includes(h));
}

/**
 * The string literal starting at `offset`, unless it sits where a host name is not an
 * endpoint: a `@description` / `@metadata` decorator, a `metadata` statement, an import or a
 * `using` path.
 */
function literalAt(doc: AnalysisDocument, offset: number): StringLiteral | undefined {
  const path = nodePathAt(getBicep(doc).tree, offset);
  let literal: StringLiteral | undefined;
  for (let i = path.length - 1; i >= 0 && !literal; i--) {
    const n = path[i] as Node;
    if (n.kind === 'String' && n.start === offset) literal = n;
  }
  if (!literal) return undefined;
  for (const n of path) {
    if (n.kind === 'Decorator' && (n.name === 'description' || n.name === 'metadata')) return undefined;
    if (n.kind === 'Metadata' || n.kind === 'Import' || n.kind === 'Using') return undefined;
  }
  return literal;
}

interface Settings {
  /** Lower-case, longest first (management.core.windows.net wins over core.windows.net). */
  readonly hosts: readonly string[];
  readonly excluded: readonly string[];
  /** `hosts` is the default list. */
  readonly defaults: boolean;
}

function settingsOf(options: Readonly<Record<string, unknown>>): Settings {
  const opt = (k: string, d: readonly string[]) => (Array.isArray(options[k]) ? (options[k] as string[]) : d).map((h) => h.toLowerCase());
  const hosts = opt('disallowedHosts', DEFAULT_HOSTS).sort((a, b) => b.length - a.length);
  return { hosts, excluded: opt('excludedHosts', DEFAULT_EXCLUDED), defaults: [...hosts].sort().join('\n') === DEFAULT_HOSTS_KEY };
}

export default defineRule({
  meta: {
    id: 'bicep-hardcoded-env-url',
    description: 'Azure cloud host names should come from environment() rather than be hard-coded.',
    category: 'governance',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      host: 'The host {{host}} is hard-coded: the template breaks in other Azure clouds (Government, China). Use {{expr}}.',
    },
    tags: ['bicep:no-hardcoded-env-urls'],
    optionsSchema: {
      type: 'object',
      properties: {
        disallowedHosts: { type: 'array', items: { type: 'string', minLength: 3 }, uniqueItems: true, description: 'Host suffixes to flag (replaces the default list of 12 Azure public-cloud hosts).' },
        excludedHosts: { type: 'array', items: { type: 'string', minLength: 3 }, uniqueItems: true, description: "Host names never flagged (default ['schema.management.azure.com'])." },
      },
      additionalProperties: false,
    },
    defaultOptions: { disallowedHosts: DEFAULT_HOSTS, excludedHosts: DEFAULT_EXCLUDED },
  },
  create(context) {
    const doc = context.document;
    const { hosts, excluded, defaults } = fromOptions(context.options, 'bicep-hardcoded-env-url', () => settingsOf(context.options));
    const check = (s: StringLiteral) => {
      for (let k = 0; k < s.segments.length; k++) {
        const seg = s.segments[k] as string;
        if (seg.length < 8) continue;
        const lower = seg.toLowerCase();
        if (excluded.some((x) => lower.includes(x))) continue;
        for (const host of hosts) {
          const at = findHost(lower, host);
          if (at < 0) continue;
          const rep = REPLACEMENTS[host];
          const fixes: Fix[] = [];
          const segStart = s.segmentOffsets[2 * k];
          const segEnd = s.segmentOffsets[2 * k + 1];
          const segSpan = segStart !== undefined && segEnd !== undefined ? { start: segStart, end: segEnd } : undefined;
          // a segment without escapes maps decoded offsets 1:1 onto the source
          if (rep && segSpan && !s.multiline && segSpan.end - segSpan.start === seg.length) {
            const fi = lower.indexOf(rep.find, Math.max(0, at - 1));
            if (fi >= 0 && fi <= at) {
              const start = segSpan.start + fi;
              fixes.push({ title: `Use ${rep.expr}`, edits: [{ start, end: start + rep.find.length, newText: `\${${rep.expr}}` }], safety: 'safe' });
            }
          }
          const span = segSpan ? { start: segSpan.start + Math.min(at, segSpan.end - segSpan.start), end: Math.min(segSpan.start + at + host.length, segSpan.end) } : { start: s.start, end: s.end };
          context.report({ span, messageId: 'host', data: { host, expr: rep ? rep.expr : 'an environment() property' }, fixes });
          return;
        }
      }
    };
    // The engine's single walk hands every string literal over; the few whose value names a
    // host are located in the tree (their context and source segments are needed).
    return {
      stringScalar(scalar) {
        if (doc.kind !== 'bicep' || scalar.value.length < 8 || !mentionsAny(scalar.value, hosts, defaults)) return;
        const literal = literalAt(doc, scalar.span.start);
        if (literal) check(literal);
      },
    };
  },
});
