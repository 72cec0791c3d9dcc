/**
 * Core value types of the engine. Everything here is plain data: offsets into the
 * document string (UTF-16 code units, as JavaScript strings index), never LSP positions.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How loudly a finding is reported. `off` exists only as a configured level. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Level = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const LEVELS: readonly Level[] = ['off', ...SEVERITIES];

/** Ordering used by `--fail-on`: a finding fails the run when its rank is >= the threshold's. */
export function severityRank(s: Severity): number {
  switch (s) {
    case 'error':
      return 3;
    case 'warning':
      return 2;
    case 'info':
      return 1;
    case 'hint':
      return 0;
  }
}

/** The SARIF `properties.category` of a rule; fixed by the contract in DEVELOPERS.md. */
export type Category =
  | 'secrets'
  | 'network'
  | 'identity'
  | 'encryption'
  | 'governance'
  | 'supply-chain'
  | 'pipeline'
  | 'schema'
  | 'syntax';

export const CATEGORIES: readonly Category[] = [
  'secrets',
  'network',
  'identity',
  'encryption',
  'governance',
  'supply-chain',
  'pipeline',
  'schema',
  'syntax',
];

export type Confidence = 'high' | 'medium' | 'low';

/** What the engine decided a file is. */
export type FileKind =
  | 'bicep'
  | 'bicepparam'
  | 'azureml'
  | 'github-workflow'
  | 'github-action'
  | 'azure-pipelines'
  | 'yaml'
  | 'json';

export const FILE_KINDS: readonly FileKind[] = [
  'bicep',
  'bicepparam',
  'azureml',
  'github-workflow',
  'github-action',
  'azure-pipelines',
  'yaml',
  'json',
];

/** Replace `[start, end)` with `newText`. An insertion has `start === end`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * A fix travels with its finding. `safe` fixes may be applied without review
 * (fix-all, `bulwark scan --fix`); `unsafe` ones change behaviour beyond the
 * finding (for example a param default that every caller inherits) and are only
 * offered as quick fixes.
 */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly safety: 'safe' | 'unsafe';
  /** When set, `newText` of the single edit is an LSP snippet (placeholders `${1:x}`). */
  readonly snippet?: boolean;
}

/** A location that explains a finding: where an insecure value came from, etc. */
export interface RelatedLocation {
  readonly message: string;
  readonly span: Span;
  /** Absent: the same document. Present: another file (absolute path), with its text's line starts resolved by the engine. */
  readonly file?: { readonly path: string; readonly line: number; readonly character: number; readonly endLine: number; readonly endCharacter: number };
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly confidence: Confidence;
  /** Already free of secrets: rules pass masked values only. */
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  readonly related: readonly RelatedLocation[];
}
