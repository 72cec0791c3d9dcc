/**
 * The rule contract. A rule is one file that default-exports `defineRule({ meta, create })`.
 * `meta` is declared once and drives the registry, the docs URL, the config schema, SARIF
 * descriptors and the docs meta-tests. `create` returns listeners for the hooks it needs;
 * the engine walks each parsed document once and dispatches every event to every
 * enabled listener.
 */
import type { Category, Confidence, FileKind, Fix, RelatedLocation, Severity, Span } from './types';
import type { Hooks } from './hooks';
import type { AnalysisDocument } from './document';

export const DOCS_BASE_URL = 'https://github.com/bulwark-security/bulwark/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface RuleMeta<MessageIds extends string = string> {
  /** kebab-case, unique, ≤ 48 characters; names the rule file, its test and its docs page. */
  readonly id: string;
  /** One sentence, capitalised, ending with a period, using "should". */
  readonly description: string;
  readonly category: Category;
  /** Default level; the user can override it per rule. */
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** The file kinds whose documents the rule listens to. */
  readonly appliesTo: readonly FileKind[];
  /** Whether findings carry fixes, and the strongest disposition they may have. */
  readonly fixable: false | 'safe' | 'unsafe';
  /** Message templates, with `{{name}}` placeholders filled from `report({ data })`. */
  readonly messages: Readonly<Record<MessageIds, string>>;
  /** Free tags such as CWE ids or Azure Security Benchmark controls. */
  readonly tags?: readonly string[];
  /** JSON schema of the rule's options in the config file (an object schema). */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
}

export interface Report<MessageIds extends string = string> {
  readonly span: Span;
  readonly messageId: MessageIds;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  /** Override the rule's default confidence for this one finding. */
  readonly confidence?: Confidence;
}

export interface RuleContext<MessageIds extends string = string> {
  readonly meta: RuleMeta<MessageIds>;
  readonly document: AnalysisDocument;
  /** Validated options merged over `meta.defaultOptions`. Frozen. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Values the project config marks as allowed (for example known-fake secrets). */
  readonly allowlist: AllowList;
  report(report: Report<MessageIds>): void;
}

export interface AllowList {
  /** True when the value (or a secret inside it) is allowlisted by the project config. */
  isAllowedSecret(value: string): boolean;
}

export interface Rule<MessageIds extends string = string> {
  readonly meta: RuleMeta<MessageIds>;
  create(context: RuleContext<MessageIds>): Hooks;
  /**
   * Optional, cheap: false when this rule has nothing to look at in the document (for
   * example no resource of its types), so the engine skips creating it. It must not report
   * anything the rule would: when in doubt, return true.
   */
  relevant?(document: AnalysisDocument): boolean;
}

/** Declare a rule. Identity at run time; it exists to type `messages` and hooks. */
export function defineRule<MessageIds extends string>(rule: Rule<MessageIds>): Rule<MessageIds> {
  return rule;
}

/** Fill `{{name}}` placeholders of a message template. Unknown names are left visible. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

const perOptions = new WeakMap<object, Map<string, unknown>>();

/**
 * Something a rule derives from its options (host lists, scan settings), built once per
 * options object — the engine hands every file of a configuration the same frozen object —
 * instead of once per file. `key` tells apart what different rules derive from one object.
 */
export function fromOptions<T>(options: Readonly<Record<string, unknown>>, key: string, build: () => T): T {
  let byKey = perOptions.get(options);
  if (!byKey) perOptions.set(options, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = build();
  byKey.set(key, value);
  return value;
}
