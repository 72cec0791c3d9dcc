/**
 * The engine's entry point: classify → parse once → walk once, dispatching every event to
 * every enabled rule → syntax errors → suppressions → sorted findings. Pure with respect to
 * its inputs: no LSP, no settings, no file system except through the injected FileHost.
 */
import * as path from 'node:path';
import { AnalysisDocument } from './document';
import type { FileHost } from './document';
import { classify } from './classify';
import { CONFIG_FILE_NAME, loadConfigText } from './config';
import type { EffectiveConfig } from './config';
import type { Emit, HookName, HookPayload, Hooks } from './hooks';
import type { RuleRegistry } from './registry';
import { formatMessage } from './rule';
import type { Report, Rule, RuleContext } from './rule';
import { collectSuppressions } from './suppressions';
import type { Category, Confidence, FileKind, Finding, Severity, Span } from './types';
import { parseYaml } from '../languages/yaml/parse';
import { walkYamlScalars } from '../languages/yaml/walk';
import { scanYamlScalars } from '../languages/yaml/scanScalars';
import { scanJson } from '../languages/json/scan';
import type { AzureMLKind } from '../languages/azureml/detect';
import { walkAzureML } from '../languages/azureml/walk';
import { walkBicep } from '../languages/bicep/walk';
import { walkPipeline } from '../languages/pipelines/walk';

/** Ids of the findings the engine itself produces (each is a registered rule with docs). */
export const SYNTAX_ERROR_ID = 'syntax-error';
export const INVALID_CONFIG_ID = 'invalid-config';
export const ANALYSIS_SKIPPED_ID = 'analysis-skipped';

export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

export interface AnalyzeInput {
  /** Absolute path (or a stable key for untitled documents). */
  readonly path: string;
  readonly text: string;
  /** Editor language id, used when the file name is not conclusive. */
  readonly languageId?: string;
  /** Read access to sibling files (.bicepparam, local modules). */
  readonly host?: FileHost;
}

export interface AnalyzeOptions {
  readonly registry: RuleRegistry;
  readonly config: EffectiveConfig;
  readonly token?: CancellationLike;
}

export interface AnalysisResult {
  readonly kind: FileKind;
  readonly azuremlKind?: AzureMLKind;
  readonly findings: readonly Finding[];
  /** True when the token was cancelled: findings are incomplete and must not be shown. */
  readonly cancelled: boolean;
  /** Why the file was not analysed (too large, binary…), when it was not. */
  readonly skipped?: string;
  /** Rules that threw (reported to logs, never to the user as findings). */
  readonly ruleErrors: readonly { ruleId: string; message: string }[];
  /** The analysed document (kept so that code actions share one analysis). */
  readonly document: AnalysisDocument;
}

class Cancelled extends Error {}

export function analyze(input: AnalyzeInput, opts: AnalyzeOptions): AnalysisResult {
  const { registry, config, token } = opts;
  const text = input.text;
  const findings: Finding[] = [];
  const ruleErrors: { ruleId: string; message: string }[] = [];

  const skip = skipReason(text, config);
  const fullParse = text.length <= config.limits.fullParseKb * 1024;
  const cls = skip ? { kind: classify(input.path, '', { languageId: input.languageId, fullParse: false }).kind } : classify(input.path, text, { languageId: input.languageId, fullParse });
  const doc = new AnalysisDocument(input.path, text, cls.kind, input.host ? memoHost(input.host) : undefined);
  if ('yaml' in cls && cls.yaml) doc.cached('yaml', () => cls.yaml);
  const azuremlKind = 'azuremlKind' in cls ? cls.azuremlKind : undefined;

  const push = (rule: Rule, severity: Severity, category: Category, confidence: Confidence, message: string, span: Span, extra?: Partial<Finding>) => {
    findings.push({
      ruleId: rule.meta.id,
      severity,
      category,
      confidence,
      message,
      span: clampSpan(span, text.length),
      fixes: extra?.fixes ?? [],
      related: extra?.related ?? [],
    });
  };
  const builtIn = (id: string, message: string, span: Span) => {
    const rule = registry.get(id);
    if (!rule) return;
    const level = config.level(id, rule.meta.severity);
    if (level === 'off') return;
    push(rule, level, rule.meta.category, rule.meta.confidence, message, span);
  };

  if (skip) {
    builtIn(ANALYSIS_SKIPPED_ID, skip, { start: 0, end: 0 });
    return { kind: doc.kind, azuremlKind, findings, cancelled: false, skipped: skip, ruleErrors, document: doc };
  }

  // Listener table: per hook, the enabled rules' handlers in registry order.
  const listeners = new Map<HookName, Listener[]>();
  const allowlist = allowlistOf(config);
  for (const { rule, level, options } of planFor(registry, config, doc.kind)) {
    if (rule.relevant && !isRelevant(rule, doc, ruleErrors)) continue;
    const context: RuleContext = {
      meta: rule.meta,
      document: doc,
      options,
      allowlist,
      report: (r: Report) => {
        const template = rule.meta.messages[r.messageId] ?? r.messageId;
        push(rule, level, rule.meta.category, r.confidence ?? rule.meta.confidence, formatMessage(template, r.data), r.span, {
          fixes: r.fixes ?? [],
          related: r.related ?? [],
        });
      },
    };
    let hooks: Hooks;
    try {
      hooks = rule.create(context);
    } catch (e) {
      ruleErrors.push({ ruleId: rule.meta.id, message: errorText(e) });
      continue;
    }
    for (const name of Object.keys(hooks)) {
      const fn = (hooks as Record<string, unknown>)[name];
      if (typeof fn !== 'function') continue;
      let list = listeners.get(name as HookName);
      if (!list) listeners.set(name as HookName, (list = []));
      list.push({ ruleId: rule.meta.id, hooks, fn: fn as (payload: never) => void });
    }
  }

  let events = 0;
  const shouldStop = () => token?.isCancellationRequested === true;
  const emit: Emit = <K extends HookName>(hook: K, payload: HookPayload<K>) => {
    if ((++events & 255) === 0 && shouldStop()) throw new Cancelled();
    const list = listeners.get(hook);
    if (!list) return;
    for (const l of list) {
      try {
        (l.fn as (this: Hooks, p: HookPayload<K>) => void).call(l.hooks, payload);
      } catch (e) {
        if (e instanceof Cancelled) throw e;
        ruleErrors.push({ ruleId: l.ruleId, message: `${hook}: ${errorText(e)}` });
      }
    }
  };

  let syntaxErrors: { message: string; span: Span }[] = [];
  try {
    emit('documentStart', doc);
    switch (doc.kind) {
      case 'bicep':
      case 'bicepparam':
        syntaxErrors = walkBicep(doc, emit);
        if (!config.reportBicepSyntaxErrors) syntaxErrors = [];
        break;
      case 'json':
        syntaxErrors = scanJson(text, (s) => emit('stringScalar', s), shouldStop);
        if (path.basename(doc.path) === CONFIG_FILE_NAME) {
          for (const p of loadConfigText(doc.path, text, registry).problems) builtIn(INVALID_CONFIG_ID, p.message, p.span);
          syntaxErrors = [];
        }
        break;
      default: {
        if (!fullParse) {
          if (listeners.has('stringScalar')) scanYamlScalars(text, (s) => emit('stringScalar', s), shouldStop);
          break;
        }
        const yaml = parseYaml(doc);
        syntaxErrors = [...yaml.errors];
        if (listeners.has('stringScalar')) walkYamlScalars(text, yaml, emit, shouldStop);
        if (doc.kind === 'azureml' && azuremlKind) walkAzureML(doc, azuremlKind, emit);
        else if (doc.kind === 'github-workflow' || doc.kind === 'github-action' || doc.kind === 'azure-pipelines') walkPipeline(doc, emit);
      }
    }
    emit('documentEnd', doc);
  } catch (e) {
    if (e instanceof Cancelled) return { kind: doc.kind, azuremlKind, findings: [], cancelled: true, ruleErrors, document: doc };
    ruleErrors.push({ ruleId: 'engine', message: errorText(e) });
  }

  for (const err of syntaxErrors.slice(0, 50)) builtIn(SYNTAX_ERROR_ID, err.message, err.span);

  const suppressions = collectSuppressions(doc);
  const kept = suppressions.count
    ? findings.filter((f) => !suppressions.isSuppressed(f, doc.positionAt(f.span.start).line))
    : findings;
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { kind: doc.kind, azuremlKind, findings: dedupeFindings(kept), cancelled: false, ruleErrors, document: doc };
}

/** `rule.relevant(doc)`; a throwing test counts as relevant (and is logged), never as a reason to skip silently. */
function isRelevant(rule: Rule, doc: AnalysisDocument, ruleErrors: { ruleId: string; message: string }[]): boolean {
  try {
    return rule.relevant?.(doc) !== false;
  } catch (e) {
    ruleErrors.push({ ruleId: rule.meta.id, message: `relevant: ${errorText(e)}` });
    return true;
  }
}

interface Listener {
  readonly ruleId: string;
  readonly hooks: Hooks;
  readonly fn: (payload: never) => void;
}

interface PlannedRule {
  readonly rule: Rule;
  readonly level: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * The enabled rules of a file kind with their levels and options, computed once per
 * registry, config and kind (not per document: a scan analyses thousands of files with a
 * handful of configs, and the editor re-analyses one file per keystroke).
 */
const plans = new WeakMap<RuleRegistry, Map<string, readonly PlannedRule[]>>();

function planFor(registry: RuleRegistry, config: EffectiveConfig, kind: FileKind): readonly PlannedRule[] {
  let byKey = plans.get(registry);
  if (!byKey) plans.set(registry, (byKey = new Map()));
  const key = `${kind}\u0000${config.key}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const plan: PlannedRule[] = [];
  for (const rule of registry.forKind(kind)) {
    const level = config.level(rule.meta.id, rule.meta.severity);
    if (level === 'off') continue;
    const options = Object.freeze({ ...(rule.meta.defaultOptions ?? {}), ...(config.options(rule.meta.id) ?? {}) });
    plan.push({ rule, level, options });
  }
  if (byKey.size >= 256) byKey.clear();
  byKey.set(key, plan);
  return plan;
}

const allowlists = new WeakMap<EffectiveConfig, RuleContext['allowlist']>();

function allowlistOf(config: EffectiveConfig): RuleContext['allowlist'] {
  let a = allowlists.get(config);
  if (!a) {
    const secrets = config.allowedSecrets.filter((s) => s.length > 0);
    a = { isAllowedSecret: (v) => secrets.some((s) => v.includes(s)) };
    allowlists.set(config, a);
  }
  return a;
}

/** A rule reporting the same thing twice at one place (for example inside a loop) yields one finding. */
function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function skipReason(text: string, config: EffectiveConfig): string | undefined {
  const maxBytes = config.limits.maxFileSizeKb * 1024;
  if (text.length > maxBytes) {
    return `Bulwark skipped this file: ${Math.round(text.length / 1024)} KB is above the limit of ${config.limits.maxFileSizeKb} KB (limits.maxFileSizeKb).`;
  }
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  if (head.includes('\u0000')) return 'Bulwark skipped this file: it looks binary (it contains NUL bytes).';
  const maxLine = config.limits.maxLineLength;
  if (text.length > maxLine) {
    // Lines end at \n, \r\n or a lone \r (as in computeLineStarts); the break is not counted.
    // Breaks are found with indexOf (native search), not a loop over every character: large files pass here.
    let lineStart = 0;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    for (;;) {
      const i = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 || lf < cr ? lf : cr;
      if (i - lineStart > maxLine) {
        return `Bulwark skipped this file: a line of ${i - lineStart} characters is above the limit of ${maxLine} (limits.maxLineLength); generated or minified content is not analysed.`;
      }
      if (i >= text.length) break;
      lineStart = i === cr && lf === i + 1 ? i + 2 : i + 1;
      if (lf >= 0 && lf < lineStart) lf = text.indexOf('\n', lineStart);
      if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
    }
  }
  return undefined;
}

/**
 * One analysis reads a sibling file (a local module, a .bicepparam) many times — once per rule
 * and per reference: read each path once per analysis. Bounded, and gone with the analysis.
 */
function memoHost(host: FileHost): FileHost {
  const files = new Map<string, string | undefined>();
  const dirs = new Map<string, readonly string[] | undefined>();
  const list = host.listFiles;
  return {
    readFile(p: string): string | undefined {
      if (files.has(p)) return files.get(p);
      const text = host.readFile(p);
      if (files.size < 256) files.set(p, text);
      return text;
    },
    ...(list
      ? {
          listFiles(dir: string): readonly string[] | undefined {
            if (dirs.has(dir)) return dirs.get(dir);
            const names = list.call(host, dir);
            if (dirs.size < 64) dirs.set(dir, names);
            return names;
          },
        }
      : {}),
  };
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  const end = Math.max(start, Math.min(span.end, length));
  return { start, end };
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 500);
  return String(e).slice(0, 500);
}
