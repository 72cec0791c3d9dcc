/**
 * Effective configuration: defaults ← project config file (nearest `bulwark.config.json`
 * walking up from the document) ← editor settings. Computed here so that the CLI and the
 * language server resolve exactly the same answer.
 */
import * as path from 'node:path';
import Ajv from 'ajv';
import picomatch from 'picomatch';
import { buildConfigSchema } from './configSchema';
import type { Rule } from './rule';
import { parseYamlText, nodeSpan, isMap, isPair, isScalar, isSeq } from '../languages/yaml/parse';
import type { Node } from '../languages/yaml/parse';
import type { RuleRegistry } from './registry';
import type { Level, Span } from './types';

export const CONFIG_FILE_NAME = 'bulwark.config.json';

export interface Limits {
  /** Files larger than this are skipped with an informational finding. */
  readonly maxFileSizeKb: number;
  /** Files with a longer line are skipped (minified or generated content). */
  readonly maxLineLength: number;
  /** YAML/JSON files larger than this get the streaming value scan only (no models). */
  readonly fullParseKb: number;
}

export const DEFAULT_LIMITS: Limits = { maxFileSizeKb: 5120, maxLineLength: 200_000, fullParseKb: 256 };

export type RuleSetting = Level | { readonly level?: Level; readonly options?: Readonly<Record<string, unknown>> };

/** The shape of `bulwark.config.json` (validated against schemas/bulwark-config.schema.json). */
export interface ProjectConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly exclude?: readonly string[];
  readonly allowlist?: { readonly secrets?: readonly string[] };
  readonly limits?: Partial<Limits>;
  readonly bicep?: { readonly reportSyntaxErrors?: boolean };
}

/** Settings an editor contributes (`bulwark.*` in VS Code). All optional. */
export interface EditorSettings {
  readonly enable?: boolean;
  readonly rules?: Readonly<Record<string, Level>>;
  readonly exclude?: readonly string[];
  /** Show Bicep syntax errors (off by default in the editor: the Bicep extension already shows them). */
  readonly bicepSyntaxErrors?: boolean;
}

export interface ConfigProblem {
  readonly message: string;
  readonly span: Span;
}

export interface LoadedConfigFile {
  readonly path: string;
  readonly config: ProjectConfig;
  /** Non-empty when the file is invalid: then `config` is `{}` (defaults). */
  readonly problems: readonly ConfigProblem[];
}

export interface EffectiveConfig {
  /** Folder that exclude globs are relative to (the config file's folder, else the workspace root). */
  readonly root: string;
  readonly configFile: LoadedConfigFile | undefined;
  readonly enabled: boolean;
  level(ruleId: string, defaultLevel: Level): Level;
  options(ruleId: string): Readonly<Record<string, unknown>> | undefined;
  isExcluded(absolutePath: string): boolean;
  readonly allowedSecrets: readonly string[];
  readonly limits: Limits;
  readonly reportBicepSyntaxErrors: boolean;
  /** A stable key: two configs with the same key behave the same (used by caches). */
  readonly key: string;
}

const validators = new WeakMap<readonly Rule[], ReturnType<Ajv['compile']>>();
/** The validator for a rule set: the schema is built from the same registry the engine runs. Compiled once. */
function validator(rules: readonly Rule[]): ReturnType<Ajv['compile']> {
  let fn = validators.get(rules);
  if (!fn) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    fn = ajv.compile(buildConfigSchema(rules));
    validators.set(rules, fn);
  }
  return fn;
}

/** Parse and validate a config file's text against the registry's rules. Never throws. */
export function loadConfigText(filePath: string, text: string, registry: RuleRegistry): LoadedConfigFile {
  const parsed = parseYamlText(text);
  const problems: ConfigProblem[] = parsed.errors.map((e) => ({ message: `invalid JSON: ${e.message}`, span: e.span }));
  const doc = parsed.documents[0];
  if (problems.length || !doc) {
    if (!doc) problems.push({ message: 'empty configuration file', span: { start: 0, end: 0 } });
    return { path: filePath, config: {}, problems };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch {
    return { path: filePath, config: {}, problems: [{ message: 'invalid JSON', span: { start: 0, end: text.length } }] };
  }
  const validate = validator(registry.rules);
  if (!validate(value)) {
    for (const err of validate.errors ?? []) {
      const segments = err.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let node = doc.contents as Node | null;
      let span = nodeSpan(node) ?? { start: 0, end: Math.min(1, text.length) };
      for (const seg of segments) {
        const next = childNode(node, seg);
        if (!next) break;
        node = next.value;
        span = next.keySpan ?? nodeSpan(node) ?? span;
      }
      let message = `${err.instancePath || 'configuration'} ${err.message ?? 'is invalid'}`;
      if (err.keyword === 'additionalProperties') {
        const extra = String((err.params as { additionalProperty?: string }).additionalProperty);
        const keyNode = childNode(node, extra);
        if (keyNode?.keySpan) span = keyNode.keySpan;
        message = segments[0] === 'rules' || err.instancePath === '/rules'
          ? `unknown rule id '${extra}'`
          : `unknown setting '${extra}'${err.instancePath ? ` in ${err.instancePath}` : ''}`;
      } else if (err.keyword === 'enum') {
        const allowed = (err.params as { allowedValues?: unknown[] }).allowedValues ?? [];
        message = `${err.instancePath} must be one of ${allowed.map(String).join(', ')}`;
      }
      problems.push({ message, span });
    }
    return { path: filePath, config: {}, problems: dedupe(problems) };
  }
  return { path: filePath, config: value as ProjectConfig, problems: [] };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.span.start}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function childNode(node: Node | null, seg: string): { value: Node | null; keySpan?: Span } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === seg) {
        return { value: item.value as Node | null, keySpan: nodeSpan(item.key as Node) };
      }
    }
  } else if (isSeq(node)) {
    const i = Number(seg);
    const v = node.items[i];
    if (v !== undefined) return { value: v as Node | null };
  }
  return undefined;
}

export interface ConfigHost {
  readFile(absolutePath: string): string | undefined;
}

/**
 * Finds the nearest config file, caching per directory. `invalidate()` when config files
 * change (the LSP server watches them; the CLI builds one resolver per run).
 */
export class ConfigResolver {
  private readonly dirCache = new Map<string, LoadedConfigFile | null>();

  constructor(
    private readonly host: ConfigHost,
    private readonly registry: RuleRegistry,
    /** Directories at which the upward search stops (workspace folders). Empty: filesystem root. */
    private readonly stopAt: readonly string[] = [],
  ) {}

  invalidate(): void {
    this.dirCache.clear();
  }

  find(filePath: string): LoadedConfigFile | undefined {
    let dir = path.dirname(path.resolve(filePath));
    const visited: string[] = [];
    let found: LoadedConfigFile | null | undefined;
    for (;;) {
      const cached = this.dirCache.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      const text = this.host.readFile(candidate);
      if (text !== undefined) {
        found = loadConfigText(candidate, text, this.registry);
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir || this.stopAt.includes(dir)) {
        found = null;
        break;
      }
      dir = parent;
    }
    for (const d of visited) this.dirCache.set(d, found ?? null);
    return found ?? undefined;
  }
}

export interface ResolveOptions {
  readonly registry: RuleRegistry;
  readonly configFile: LoadedConfigFile | undefined;
  readonly editor?: EditorSettings;
  /** Folder for relative globs when there is no config file. */
  readonly workspaceRoot?: string;
  /** In an untrusted workspace the project file may only narrow what the tool does. */
  readonly trusted?: boolean;
}

export function effectiveConfig(opts: ResolveOptions): EffectiveConfig {
  const file = opts.configFile?.problems.length ? undefined : opts.configFile;
  const project = file?.config ?? {};
  const editor = opts.editor ?? {};
  const trusted = opts.trusted ?? true;
  const root = file ? path.dirname(file.path) : opts.workspaceRoot ?? process.cwd();

  const levels = new Map<string, Level>();
  const options = new Map<string, Readonly<Record<string, unknown>>>();
  for (const [id, setting] of Object.entries(project.rules ?? {})) {
    if (typeof setting === 'string') levels.set(id, setting);
    else {
      if (setting.level) levels.set(id, setting.level);
      if (setting.options) options.set(id, setting.options);
    }
  }
  for (const [id, level] of Object.entries(editor.rules ?? {})) levels.set(id, level);

  const projectExcludes = (project.exclude ?? []).map((g) => ({ base: root, glob: g }));
  const editorExcludes = (editor.exclude ?? []).map((g) => ({ base: opts.workspaceRoot ?? root, glob: g }));
  const matchers = [...projectExcludes, ...editorExcludes].map(({ base, glob }) => {
    const isMatch = picomatch(glob, { dot: true });
    return (abs: string) => {
      const rel = path.relative(base, abs).split(path.sep).join('/');
      return !rel.startsWith('..') && (isMatch(rel) || isMatch(path.basename(abs)));
    };
  });

  const requested = project.limits ?? {};
  const limits: Limits = {
    maxFileSizeKb: pickLimit(requested.maxFileSizeKb, DEFAULT_LIMITS.maxFileSizeKb, trusted),
    maxLineLength: pickLimit(requested.maxLineLength, DEFAULT_LIMITS.maxLineLength, trusted),
    fullParseKb: pickLimit(requested.fullParseKb, DEFAULT_LIMITS.fullParseKb, trusted),
  };
  const reportBicepSyntaxErrors = editor.bicepSyntaxErrors ?? project.bicep?.reportSyntaxErrors ?? true;
  const allowedSecrets = project.allowlist?.secrets ?? [];
  const key = JSON.stringify([
    [...levels.entries()].sort(),
    [...options.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    allowedSecrets,
    limits,
    reportBicepSyntaxErrors,
  ]);
  return {
    root,
    configFile: opts.configFile,
    enabled: editor.enable ?? true,
    level: (id, defaultLevel) => levels.get(id) ?? defaultLevel,
    options: (id) => options.get(id),
    isExcluded: (abs) => matchers.some((m) => m(abs)),
    allowedSecrets,
    limits,
    reportBicepSyntaxErrors,
    key,
  };
}

/** A workspace that is not trusted may lower limits but never raise them. */
function pickLimit(requested: number | undefined, fallback: number, trusted: boolean): number {
  if (requested === undefined) return fallback;
  return trusted ? requested : Math.min(requested, fallback);
}
