/**
 * The GitHub Actions model rules see: a workflow (or a composite action) with its triggers,
 * permissions, env and jobs; jobs with their steps, container, services, environment and
 * reusable-workflow call; steps with their resolved `uses`, `with` inputs, scripts and env.
 * Built once per document version from the shared YAML parse; every node keeps its source
 * range so rules can point at it and build edits.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';
import { pairKeyName, parseYaml } from '../yaml/parse';
import { findExpressions } from './expressions';
import type { ExpressionSite, Quoting } from './expressions';

/** A string-ish scalar (numbers and booleans stringified) with its expressions located in the source. */
export interface YamlString {
  readonly value: string;
  readonly node: Scalar;
  /** The scalar in the source, quotes or block header included. */
  readonly span: Span;
  /** `${{ … }}` occurrences, with source spans. */
  readonly expressions: readonly ExpressionSite[];
  /** The whole value is one `${{ … }}` expression. */
  readonly isExpression: boolean;
}

/** A key of a mapping with its value. */
export interface YamlEntry {
  readonly name: string;
  readonly pair: Pair;
  readonly keySpan: Span;
  /** The value node (null for `key:`). */
  readonly valueNode: Node | null;
  /** Set when the value is a scalar. */
  readonly value: YamlString | undefined;
}

export interface GhTrigger {
  readonly name: string;
  /** The trigger's name in the source. */
  readonly span: Span;
  /** Its configuration (null for `push:` or list forms). */
  readonly config: Node | null;
}

export interface GhInputDecl {
  readonly name: string;
  /** `type:` as declared, lower-cased; undefined when absent (string). */
  readonly type: string | undefined;
  /** Where it is declared: `workflow_dispatch`, `workflow_call` or `action`. */
  readonly source: 'workflow_dispatch' | 'workflow_call' | 'action';
}

export interface GhPermissionScope {
  readonly name: string;
  readonly value: string;
  readonly entry: YamlEntry;
}

export interface GhPermissions {
  readonly entry: YamlEntry;
  /** `read-all` / `write-all` / `{}`-or-empty (`none`) / a map of scopes / an expression / anything else. */
  readonly kind: 'read-all' | 'write-all' | 'none' | 'map' | 'expression' | 'invalid';
  readonly scopes: readonly GhPermissionScope[];
  /** The value of one scope (lower-cased), when `kind` is `map`. */
  scope(name: string): string | undefined;
  /** The map node for `kind` `map` (block or flow). */
  readonly map: YAMLMap | undefined;
}

export type GhUsesKind = 'action' | 'reusable-workflow' | 'local' | 'docker' | 'expression' | 'invalid';

export interface GhUses {
  readonly raw: string;
  readonly value: YamlString;
  readonly kind: GhUsesKind;
  /** `owner` / `repo` / sub-path for remote actions and reusable workflows (as written). */
  readonly owner: string | undefined;
  readonly repo: string | undefined;
  readonly subpath: string | undefined;
  /** `owner/repo` lower-cased, or undefined. */
  readonly slug: string | undefined;
  /** The text after `@`, or undefined when there is none. */
  readonly ref: string | undefined;
  /** `sha`: 40 hex digits; `short-sha`: 7–39 hex digits; `other`: a tag or branch; `none`: no ref. */
  readonly refKind: 'sha' | 'short-sha' | 'other' | 'none';
  /** The ref in the source, when the scalar holds it verbatim. */
  readonly refSpan: Span | undefined;
  /** For `docker://…`: the image reference. */
  readonly image: string | undefined;
}

export interface GhContainer {
  readonly kind: 'container' | 'service';
  /** Service name (the key under `services:`). */
  readonly name: string | undefined;
  /** The `container:` / service value node. */
  readonly node: Node;
  readonly anchor: Span;
  readonly image: YamlString | undefined;
  readonly username: YamlString | undefined;
  readonly password: YamlString | undefined;
  /** The `credentials:` map, when present. */
  readonly credentials: YAMLMap | undefined;
}

export type ScriptLanguage = 'bash' | 'pwsh' | 'powershell' | 'cmd' | 'python' | 'js' | 'unknown';

export interface GhScript {
  /** `run` of a step, `script` of actions/github-script, `inlineScript` of azure/cli or azure/powershell. */
  readonly kind: 'run' | 'github-script' | 'azure-cli' | 'azure-powershell';
  readonly key: string;
  readonly entry: YamlEntry;
  readonly value: YamlString;
  /** The language the text is run as (`unknown` when the shell cannot be resolved statically). */
  readonly language: ScriptLanguage;
}

export interface GhWorkflow {
  readonly document: AnalysisDocument;
  readonly kind: 'github-workflow' | 'github-action';
  readonly yaml: Document.Parsed;
  readonly root: YAMLMap;
  readonly name: string | undefined;
  /** The `on:` entry (workflows). */
  readonly on: YamlEntry | undefined;
  readonly triggers: readonly GhTrigger[];
  hasTrigger(name: string): boolean;
  /** `pull_request_target` or `workflow_run` is among the triggers. */
  readonly dangerousTrigger: GhTrigger | undefined;
  readonly inputs: readonly GhInputDecl[];
  readonly permissions: GhPermissions | undefined;
  readonly env: readonly YamlEntry[];
  readonly defaultShell: string | undefined;
  /** The `jobs:` entry. */
  readonly jobsEntry: YamlEntry | undefined;
  /** Jobs; a composite action has one pseudo-job (`composite: true`) holding `runs.steps`. */
  readonly jobs: readonly GhJob[];
  /** Every step of every job, in document order. */
  readonly steps: readonly GhStep[];
  /** Where to point a finding about the whole file: `on:`, else the first key. */
  readonly anchor: Span;
}

export interface GhJob {
  readonly workflow: GhWorkflow;
  readonly id: string;
  readonly idSpan: Span;
  readonly node: YAMLMap;
  readonly composite: boolean;
  readonly name: string | undefined;
  readonly runsOn: Node | null | undefined;
  readonly permissions: GhPermissions | undefined;
  /** `environment:` (string or map), when present. */
  readonly environment: YamlEntry | undefined;
  readonly env: readonly YamlEntry[];
  readonly defaultShell: string | undefined;
  readonly container: GhContainer | undefined;
  readonly services: readonly GhContainer[];
  /** Reusable workflow call (`jobs.<id>.uses`). */
  readonly uses: GhUses | undefined;
  readonly with: readonly YamlEntry[];
  /** `secrets:` of a reusable-workflow call (`inherit` or a map). */
  readonly secrets: YamlEntry | undefined;
  readonly steps: readonly GhStep[];
  readonly if: YamlString | undefined;
}

export interface GhStep {
  readonly job: GhJob;
  readonly index: number;
  readonly node: YAMLMap;
  /** The step's `uses:` or `run:` key, else its first key. */
  readonly anchor: Span;
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly uses: GhUses | undefined;
  /** `with:` inputs (empty when absent). */
  readonly with: readonly YamlEntry[];
  /** The `with:` map, when it is one. */
  readonly withMap: YAMLMap | undefined;
  /** A `with:` input by name (case-insensitive, as the runner treats them). */
  input(name: string): YamlEntry | undefined;
  readonly run: YamlString | undefined;
  readonly env: readonly YamlEntry[];
  readonly envMap: YAMLMap | undefined;
  /** Effective shell: step `shell:`, job then workflow `defaults.run.shell`, else from `runs-on`. */
  readonly shell: string | undefined;
  /** Inline code the step runs (run, github-script, azure/cli, azure/powershell). */
  readonly scripts: readonly GhScript[];
  readonly if: YamlString | undefined;
}

// ——— helpers ———

function rangeSpan(node: Node | null | undefined, fallback: Span): Span {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

export function quotingOf(s: Scalar): Quoting {
  switch (s.type) {
    case 'QUOTE_SINGLE':
      return 'single';
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return 'block';
    default:
      return 'plain';
  }
}

export function yamlString(text: string, node: Node | null | undefined): YamlString | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined || typeof node.value === 'object') return undefined;
  const r = node.range ?? [0, 0, 0];
  const span = { start: r[0], end: r[1] };
  const value = String(node.value);
  const expressions = typeof node.value === 'string' && value.includes('${{') ? findExpressions(text, span.start, span.end, quotingOf(node)) : [];
  const trimmed = value.trim();
  const isExpression = expressions.length === 1 && trimmed.startsWith('${{') && trimmed.endsWith('}}') && trimmed.indexOf('${{', 3) < 0;
  return { value, node, span, expressions, isExpression };
}

export function entriesOf(text: string, node: Node | null | undefined): YamlEntry[] {
  if (!isMap(node)) return [];
  const out: YamlEntry[] = [];
  for (const item of node.items) {
    if (!isPair(item)) continue;
    const name = pairKeyName(item);
    if (name === undefined) continue;
    const k = item.key as Node;
    const keySpan = rangeSpan(k, { start: 0, end: 0 });
    const valueNode = (item.value as Node | null) ?? null;
    out.push({ name, pair: item, keySpan, valueNode, value: yamlString(text, valueNode) });
  }
  return out;
}

function entry(text: string, map: YAMLMap | undefined, key: string): YamlEntry | undefined {
  if (!map) return undefined;
  for (const item of map.items) {
    if (isPair(item) && pairKeyName(item) === key) {
      const valueNode = (item.value as Node | null) ?? null;
      return { name: key, pair: item, keySpan: rangeSpan(item.key as Node, { start: 0, end: 0 }), valueNode, value: yamlString(text, valueNode) };
    }
  }
  return undefined;
}

function mapOf(node: Node | null | undefined): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

function str(text: string, map: YAMLMap | undefined, key: string): string | undefined {
  return entry(text, map, key)?.value?.value;
}

function firstKeySpan(map: YAMLMap): Span {
  for (const item of map.items) if (isPair(item) && (item.key as Node | null)?.range) return rangeSpan(item.key as Node, { start: 0, end: 0 });
  return rangeSpan(map, { start: 0, end: 0 });
}

// ——— uses ———

const HEX40 = /^[0-9a-f]{40}$/i;
const HEX_SHORT = /^[0-9a-f]{7,39}$/i;

export function parseUses(text: string, value: YamlString): GhUses {
  const raw = value.value.trim();
  const base = { raw, value, owner: undefined, repo: undefined, subpath: undefined, slug: undefined, ref: undefined, refKind: 'none' as const, refSpan: undefined, image: undefined };
  if (raw.includes('${{')) return { ...base, kind: 'expression' };
  if (raw.startsWith('./') || raw.startsWith('.\\')) return { ...base, kind: 'local' };
  if (raw.toLowerCase().startsWith('docker://')) return { ...base, kind: 'docker', image: raw.slice('docker://'.length) };
  const at = raw.lastIndexOf('@');
  const target = at >= 0 ? raw.slice(0, at) : raw;
  const ref = at >= 0 ? raw.slice(at + 1) : undefined;
  const parts = target.split('/');
  if (parts.length < 2 || !parts[0] || !parts[1]) return { ...base, kind: 'invalid', ref };
  const owner = parts[0];
  const repo = parts[1];
  const subpath = parts.length > 2 ? parts.slice(2).join('/') : undefined;
  const isWorkflow = !!subpath && /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(subpath);
  const refKind = ref === undefined || ref === '' ? 'none' : HEX40.test(ref) ? 'sha' : HEX_SHORT.test(ref) ? 'short-sha' : 'other';
  let refSpan: Span | undefined;
  if (ref) {
    const src = text.slice(value.span.start, value.span.end);
    const i = src.lastIndexOf('@' + ref);
    if (i >= 0) refSpan = { start: value.span.start + i + 1, end: value.span.start + i + 1 + ref.length };
  }
  return { ...base, kind: isWorkflow ? 'reusable-workflow' : 'action', owner, repo, subpath, slug: `${owner}/${repo}`.toLowerCase(), ref, refKind, refSpan };
}

// ——— permissions ———

function parsePermissions(text: string, e: YamlEntry | undefined): GhPermissions | undefined {
  if (!e) return undefined;
  const v = e.valueNode;
  let kind: GhPermissions['kind'] = 'invalid';
  const scopes: GhPermissionScope[] = [];
  let map: YAMLMap | undefined;
  if (v === null || (isScalar(v) && (v.value === null || v.value === ''))) kind = 'none';
  else if (isScalar(v)) {
    const s = String(v.value).trim().toLowerCase();
    kind = s === 'read-all' ? 'read-all' : s === 'write-all' ? 'write-all' : s.includes('${{') ? 'expression' : 'invalid';
  } else if (isMap(v)) {
    map = v;
    kind = v.items.length === 0 ? 'none' : 'map';
    for (const se of entriesOf(text, v)) scopes.push({ name: se.name.toLowerCase(), value: (se.value?.value ?? '').toLowerCase(), entry: se });
  }
  return {
    entry: e,
    kind,
    scopes,
    map,
    scope: (name: string) => scopes.find((s) => s.name === name.toLowerCase())?.value,
  };
}

// ——— shells ———

function runsOnShell(runsOn: Node | null | undefined): string | undefined {
  const labels: string[] = [];
  if (isScalar(runsOn)) labels.push(String(runsOn.value ?? ''));
  else if (isSeq(runsOn)) for (const it of runsOn.items) if (isScalar(it)) labels.push(String(it.value ?? ''));
  if (!labels.length || labels.some((l) => l.includes('${{'))) return undefined;
  const lower = labels.map((l) => l.toLowerCase());
  if (lower.some((l) => l.includes('windows'))) return 'pwsh';
  if (lower.some((l) => /ubuntu|linux|macos/.test(l))) return 'bash';
  return undefined;
}

export function languageOfShell(shell: string | undefined): ScriptLanguage {
  if (!shell) return 'unknown';
  const first = shell.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const base = first.slice(first.lastIndexOf('/') + 1);
  if (base === 'bash' || base === 'sh') return 'bash';
  if (base === 'pwsh') return 'pwsh';
  if (base === 'powershell') return 'powershell';
  if (base === 'cmd') return 'cmd';
  if (base === 'python' || base === 'python3') return 'python';
  return 'unknown';
}

// ——— containers ———

function parseContainer(text: string, kind: 'container' | 'service', name: string | undefined, node: Node | null, anchor: Span): GhContainer | undefined {
  if (!node) return undefined;
  if (isScalar(node)) return { kind, name, node, anchor, image: yamlString(text, node), username: undefined, password: undefined, credentials: undefined };
  if (!isMap(node)) return undefined;
  const credentials = mapOf(entry(text, node, 'credentials')?.valueNode);
  return {
    kind,
    name,
    node,
    anchor,
    image: entry(text, node, 'image')?.value,
    username: entry(text, credentials, 'username')?.value,
    password: entry(text, credentials, 'password')?.value,
    credentials,
  };
}

// ——— model ———

const SCRIPT_ACTIONS: Record<string, { kind: GhScript['kind']; key: string; language: ScriptLanguage }> = {
  'actions/github-script': { kind: 'github-script', key: 'script', language: 'js' },
  'azure/cli': { kind: 'azure-cli', key: 'inlinescript', language: 'bash' },
  'azure/powershell': { kind: 'azure-powershell', key: 'inlinescript', language: 'pwsh' },
};

function buildStep(text: string, job: GhJob & { steps: GhStep[] }, node: YAMLMap, index: number, jobShell: string | undefined, fallbackShell: string | undefined): GhStep {
  const usesEntry = entry(text, node, 'uses');
  const uses = usesEntry?.value ? parseUses(text, usesEntry.value) : undefined;
  const withEntry = entry(text, node, 'with');
  const withMap = mapOf(withEntry?.valueNode);
  const withs = entriesOf(text, withMap);
  const envEntry = entry(text, node, 'env');
  const envMap = mapOf(envEntry?.valueNode);
  const runEntry = entry(text, node, 'run');
  const stepShell = str(text, node, 'shell');
  const shell = stepShell ?? jobShell ?? fallbackShell;
  const scripts: GhScript[] = [];
  if (runEntry?.value) scripts.push({ kind: 'run', key: 'run', entry: runEntry, value: runEntry.value, language: languageOfShell(shell) });
  const scriptAction = uses?.slug && !uses.subpath ? SCRIPT_ACTIONS[uses.slug] : undefined;
  if (scriptAction) {
    const e = withs.find((w) => w.name.toLowerCase() === scriptAction.key);
    if (e?.value) scripts.push({ kind: scriptAction.kind, key: e.name, entry: e, value: e.value, language: scriptAction.language });
  }
  const anchorEntry = usesEntry ?? runEntry;
  return {
    job,
    index,
    node,
    anchor: anchorEntry ? anchorEntry.keySpan : firstKeySpan(node),
    id: str(text, node, 'id'),
    name: str(text, node, 'name'),
    uses,
    with: withs,
    withMap,
    input: (name: string) => withs.find((w) => w.name.toLowerCase() === name.toLowerCase()),
    run: runEntry?.value,
    env: entriesOf(text, envMap),
    envMap,
    shell,
    scripts,
    if: entry(text, node, 'if')?.value,
  };
}

function defaultsShell(text: string, map: YAMLMap | undefined): string | undefined {
  const run = mapOf(entry(text, mapOf(entry(text, map, 'defaults')?.valueNode), 'run')?.valueNode);
  return str(text, run, 'shell');
}

function parseTriggers(text: string, on: YamlEntry | undefined): GhTrigger[] {
  if (!on) return [];
  const v = on.valueNode;
  const out: GhTrigger[] = [];
  if (isScalar(v) && typeof v.value === 'string') out.push({ name: v.value, span: rangeSpan(v, on.keySpan), config: null });
  else if (isSeq(v)) {
    for (const it of v.items) if (isScalar(it) && typeof it.value === 'string') out.push({ name: it.value, span: rangeSpan(it as Node, on.keySpan), config: null });
  } else if (isMap(v)) {
    for (const e of entriesOf(text, v)) out.push({ name: e.name, span: e.keySpan, config: e.valueNode });
  }
  return out;
}

function parseInputs(text: string, triggers: readonly GhTrigger[], root: YAMLMap, isAction: boolean): GhInputDecl[] {
  const out: GhInputDecl[] = [];
  if (isAction) {
    for (const e of entriesOf(text, mapOf(entry(text, root, 'inputs')?.valueNode))) out.push({ name: e.name, type: undefined, source: 'action' });
    return out;
  }
  for (const t of triggers) {
    if (t.name !== 'workflow_dispatch' && t.name !== 'workflow_call') continue;
    const inputs = mapOf(entry(text, mapOf(t.config), 'inputs')?.valueNode);
    for (const e of entriesOf(text, inputs)) {
      out.push({ name: e.name, type: str(text, mapOf(e.valueNode), 'type')?.toLowerCase(), source: t.name });
    }
  }
  return out;
}

/** Build (memoised) the model of a GitHub workflow or composite action; undefined when the root is not a mapping. */
export function getGhWorkflow(doc: AnalysisDocument): GhWorkflow | undefined {
  return doc.cached('pipelines:github', () => buildWorkflow(doc));
}

function buildWorkflow(doc: AnalysisDocument): GhWorkflow | undefined {
  if (doc.kind !== 'github-workflow' && doc.kind !== 'github-action') return undefined;
  const yaml = parseYaml(doc).documents[0];
  const root = yaml?.contents;
  if (!yaml || !isMap(root)) return undefined;
  const text = doc.text;
  const isAction = doc.kind === 'github-action';
  const on = isAction ? undefined : entry(text, root, 'on');
  const triggers = parseTriggers(text, on);
  const names = new Set(triggers.map((t) => t.name));
  const jobsEntry = entry(text, root, 'jobs');
  const jobs: GhJob[] = [];
  const steps: GhStep[] = [];
  const wfShell = defaultsShell(text, root);
  const wf: GhWorkflow = {
    document: doc,
    kind: doc.kind,
    yaml,
    root,
    name: str(text, root, 'name'),
    on,
    triggers,
    hasTrigger: (n: string) => names.has(n),
    dangerousTrigger: triggers.find((t) => t.name === 'pull_request_target' || t.name === 'workflow_run'),
    inputs: parseInputs(text, triggers, root, isAction),
    permissions: parsePermissions(text, entry(text, root, 'permissions')),
    env: entriesOf(text, entry(text, root, 'env')?.valueNode),
    defaultShell: wfShell,
    jobsEntry,
    jobs,
    steps,
    anchor: on ? on.keySpan : firstKeySpan(root),
  };

  const addJob = (id: string, idSpan: Span, node: YAMLMap, composite: boolean, stepsNode: Node | null | undefined) => {
    const jobShell = composite ? undefined : defaultsShell(text, node);
    const runsOn = composite ? undefined : (entry(text, node, 'runs-on')?.valueNode ?? undefined);
    const servicesMap = mapOf(entry(text, node, 'services')?.valueNode);
    const services: GhContainer[] = [];
    for (const s of entriesOf(text, servicesMap)) {
      const c = parseContainer(text, 'service', s.name, s.valueNode, s.keySpan);
      if (c) services.push(c);
    }
    const containerEntry = composite ? undefined : entry(text, node, 'container');
    const usesEntry = composite ? undefined : entry(text, node, 'uses');
    const job: GhJob & { steps: GhStep[] } = {
      workflow: wf,
      id,
      idSpan,
      node,
      composite,
      name: composite ? undefined : str(text, node, 'name'),
      runsOn,
      permissions: composite ? undefined : parsePermissions(text, entry(text, node, 'permissions')),
      environment: composite ? undefined : entry(text, node, 'environment'),
      env: composite ? [] : entriesOf(text, entry(text, node, 'env')?.valueNode),
      defaultShell: jobShell,
      container: containerEntry ? parseContainer(text, 'container', undefined, containerEntry.valueNode, containerEntry.keySpan) : undefined,
      services,
      uses: usesEntry?.value ? parseUses(text, usesEntry.value) : undefined,
      with: composite ? [] : entriesOf(text, entry(text, node, 'with')?.valueNode),
      secrets: composite ? undefined : entry(text, node, 'secrets'),
      steps: [],
      if: composite ? undefined : entry(text, node, 'if')?.value,
    };
    const fallback = composite ? undefined : jobShell ?? wfShell ?? runsOnShell(runsOn);
    if (isSeq(stepsNode)) {
      for (const item of stepsNode.items) {
        if (!isMap(item)) continue;
        const step = buildStep(text, job, item, job.steps.length, jobShell ?? wfShell, fallback);
        job.steps.push(step);
        steps.push(step);
      }
    }
    jobs.push(job);
  };

  if (isAction) {
    const runs = mapOf(entry(text, root, 'runs')?.valueNode);
    if (runs && str(text, runs, 'using')?.toLowerCase() === 'composite') {
      addJob('(composite)', firstKeySpan(runs), runs, true, entry(text, runs, 'steps')?.valueNode);
    }
  } else {
    for (const j of entriesOf(text, jobsEntry?.valueNode)) {
      if (!isMap(j.valueNode)) continue;
      addJob(j.name, j.keySpan, j.valueNode, false, entry(text, j.valueNode, 'steps')?.valueNode);
    }
  }
  return wf;
}

/** The `owner/repo` of an action use matches a pattern such as `actions/*`, `azure/login` or `*` (case-insensitive). */
export function matchesActionPattern(uses: GhUses, pattern: string): boolean {
  if (!uses.slug) return false;
  const p = pattern.trim().toLowerCase().replace(/@.*$/, '');
  if (p === '*') return true;
  const full = uses.subpath ? `${uses.slug}/${uses.subpath.toLowerCase()}` : uses.slug;
  if (p.endsWith('/*')) return uses.slug.startsWith(p.slice(0, -1)) || full.startsWith(p.slice(0, -1));
  return p === uses.slug || p === full;
}

/** The step uses this action (`owner/repo`, case-insensitive, no sub-path). */
export function usesAction(step: GhStep, slug: string): boolean {
  return step.uses?.slug === slug.toLowerCase() && !step.uses.subpath;
}
