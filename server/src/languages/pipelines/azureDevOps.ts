/**
 * The Azure DevOps pipeline model rules see: parameters, variables (pipeline, stage and job
 * scope), resources (repositories, containers), `extends`, stages, jobs (plain and
 * deployment) and steps (tasks with inputs, script steps with their language, checkout).
 * Works for full pipelines and for template files (stages-, jobs-, steps- or
 * variables-only). Template-expression conditionals (`- ${{ if … }}:` and `${{ each … }}`)
 * are looked through: their content counts as if it were unconditional.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';
import { parseYaml, pairKeyName } from '../yaml/parse';
import { findAdoReferences } from './expressions';
import type { AdoReference } from './expressions';
import { entriesOf } from './github';
import type { YamlEntry, YamlString } from './github';

export interface AdoParameter {
  readonly name: string;
  readonly nameSpan: Span;
  /** `type:` lower-cased (`string` when absent). */
  readonly type: string;
  /** A `values:` list restricts it. */
  readonly restricted: boolean;
  readonly node: Node | null;
}

export interface AdoVariable {
  readonly scope: 'pipeline' | 'stage' | 'job';
  readonly kind: 'value' | 'group' | 'template';
  /** Variable name, group name or template path. */
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: YamlString | undefined;
  readonly readonly: boolean;
  readonly node: Node;
  readonly stage: AdoStage | undefined;
  readonly job: AdoJob | undefined;
}

export interface AdoRepository {
  readonly alias: string;
  readonly aliasSpan: Span;
  readonly node: YAMLMap;
  /** `git` (Azure Repos), `github`, `githubenterprise`, `bitbucket`. */
  readonly type: string | undefined;
  readonly name: string | undefined;
  readonly ref: YamlString | undefined;
  readonly endpoint: string | undefined;
}

export interface AdoContainerResource {
  readonly alias: string;
  readonly aliasSpan: Span;
  readonly node: YAMLMap;
  readonly image: YamlString | undefined;
  readonly endpoint: string | undefined;
}

export interface AdoTemplateRef {
  /** The template path as written, without `@alias`. */
  readonly path: string;
  readonly repoAlias: string | undefined;
  readonly value: YamlString;
  readonly where: 'extends' | 'stage' | 'job' | 'step' | 'variables';
}

export interface AdoStage {
  readonly pipeline: AdoPipeline;
  readonly name: string | undefined;
  readonly node: YAMLMap;
  readonly anchor: Span;
  readonly variables: readonly AdoVariable[];
  readonly jobs: readonly AdoJob[];
}

export interface AdoJobContainer {
  readonly entry: YamlEntry;
  /** The image or resource alias as written (string form), or `image:` of the map form. */
  readonly image: YamlString | undefined;
  /** The string form names a `resources.containers` alias. */
  readonly resource: AdoContainerResource | undefined;
}

export interface AdoJob {
  readonly pipeline: AdoPipeline;
  readonly stage: AdoStage | undefined;
  /** `job`, `deployment`, or `steps` for a pipeline or template with top-level steps. */
  readonly kind: 'job' | 'deployment' | 'steps';
  readonly name: string | undefined;
  readonly node: YAMLMap;
  /** The `job:` / `deployment:` key (or the `steps:` key). */
  readonly anchor: Span;
  readonly environment: YamlEntry | undefined;
  /** The environment name (string form, or `name:` of the map form). */
  readonly environmentName: string | undefined;
  readonly container: AdoJobContainer | undefined;
  /** `services:` entries (values name container resources). */
  readonly services: readonly YamlEntry[];
  readonly variables: readonly AdoVariable[];
  readonly steps: readonly AdoStep[];
}

export type AdoScriptLanguage = 'bash' | 'pwsh' | 'powershell' | 'cmd' | 'cmd-or-bash' | 'unknown';

export interface AdoScript {
  /** The step key (`script`, `bash`, `pwsh`, `powershell`) or the task input holding inline code. */
  readonly entry: YamlEntry;
  readonly value: YamlString;
  readonly language: AdoScriptLanguage;
  /** `$(…)`, `$[ … ]` and `${{ … }}` in the source of the script. */
  readonly references: readonly AdoReference[];
  /** The code is inline (false for a task running a script file, when `entry` is the file path). */
  readonly inline: boolean;
}

export interface AdoTask {
  /** As written, e.g. `AzureCLI@2`. */
  readonly raw: string;
  /** Lower-cased name without version, e.g. `azurecli`. */
  readonly name: string;
  readonly version: string | undefined;
  readonly entry: YamlEntry;
}

export interface AdoStep {
  readonly pipeline: AdoPipeline;
  readonly job: AdoJob;
  readonly kind: 'task' | 'script' | 'bash' | 'pwsh' | 'powershell' | 'checkout' | 'template' | 'other';
  readonly node: YAMLMap;
  /** The step's first key. */
  readonly anchor: Span;
  readonly task: AdoTask | undefined;
  readonly inputs: readonly YamlEntry[];
  readonly inputsMap: YAMLMap | undefined;
  /** A task input by name (case-insensitive, as Azure Pipelines treats them). */
  input(name: string): YamlEntry | undefined;
  /** A step key by name (exact). */
  get(key: string): YamlEntry | undefined;
  readonly script: AdoScript | undefined;
  readonly env: readonly YamlEntry[];
  readonly envMap: YAMLMap | undefined;
  readonly displayName: string | undefined;
}

export interface AdoPipeline {
  readonly document: AnalysisDocument;
  readonly yaml: Document.Parsed;
  readonly root: YAMLMap;
  /** No trigger, pr, pool, resources, name or extends at the root, and parameters or a lone stages/jobs/steps/variables list: a template file. */
  readonly isTemplate: boolean;
  readonly parameters: readonly AdoParameter[];
  /** Every variable declaration, all scopes, in document order. */
  readonly variables: readonly AdoVariable[];
  readonly repositories: readonly AdoRepository[];
  readonly containers: readonly AdoContainerResource[];
  readonly templateRefs: readonly AdoTemplateRef[];
  readonly stages: readonly AdoStage[];
  readonly jobs: readonly AdoJob[];
  readonly steps: readonly AdoStep[];
  readonly anchor: Span;
}

// ——— helpers ———

const MAX_DEPTH = 8;

function span(node: Node | null | undefined): Span {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

function isConditionalKey(name: string | undefined): boolean {
  return !!name && name.trimStart().startsWith('${{');
}

/** Items of a sequence, looking through `- ${{ if … }}:` / `${{ each … }}` wrappers. */
function seqItems(node: Node | null | undefined, depth = 0): YAMLMap[] {
  const out: YAMLMap[] = [];
  if (!isSeq(node) || depth > MAX_DEPTH) return out;
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const first = item.items[0];
    if (item.items.length === 1 && isPair(first) && isConditionalKey(pairKeyName(first))) {
      out.push(...seqItems(first.value as Node | null, depth + 1));
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Entries of a map, looking through `${{ if … }}:` keys holding maps. */
function mapEntries(text: string, node: Node | null | undefined, depth = 0): YamlEntry[] {
  const out: YamlEntry[] = [];
  if (!isMap(node) || depth > MAX_DEPTH) return out;
  for (const e of entriesOf(text, node)) {
    if (isConditionalKey(e.name)) {
      if (isMap(e.valueNode)) out.push(...mapEntries(text, e.valueNode, depth + 1));
      continue;
    }
    out.push(e);
  }
  return out;
}

function get(text: string, map: YAMLMap | undefined, key: string): YamlEntry | undefined {
  if (!map) return undefined;
  return mapEntries(text, map).find((e) => e.name === key);
}

function getCI(entries: readonly YamlEntry[], key: string): YamlEntry | undefined {
  const k = key.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === k);
}

function str(text: string, map: YAMLMap | undefined, key: string): string | undefined {
  return get(text, map, key)?.value?.value;
}

function firstKeySpan(map: YAMLMap): Span {
  for (const item of map.items) if (isPair(item) && (item.key as Node | null)?.range) return span(item.key as Node);
  return span(map);
}

function truthy(v: string | undefined): boolean {
  return !!v && /^(?:true|yes|on)$/i.test(v.trim());
}

// ——— scripts ———

function scriptOf(text: string, kind: AdoStep['kind'], node: YAMLMap, task: AdoTask | undefined, inputs: readonly YamlEntry[]): AdoScript | undefined {
  const make = (e: YamlEntry | undefined, language: AdoScriptLanguage, inline = true): AdoScript | undefined => {
    if (!e?.value) return undefined;
    return { entry: e, value: e.value, language, references: findAdoReferences(text, e.value.span.start, e.value.span.end), inline };
  };
  switch (kind) {
    case 'script':
      return make(get(text, node, 'script'), 'cmd-or-bash');
    case 'bash':
      return make(get(text, node, 'bash'), 'bash');
    case 'pwsh':
      return make(get(text, node, 'pwsh'), 'pwsh');
    case 'powershell':
      return make(get(text, node, 'powershell'), 'powershell');
    case 'task':
      break;
    default:
      return undefined;
  }
  if (!task) return undefined;
  const input = (n: string) => getCI(inputs, n);
  const val = (n: string) => input(n)?.value?.value.trim().toLowerCase();
  switch (task.name) {
    case 'bash':
      if (val('targettype') === 'filepath') return undefined;
      return make(input('script'), 'bash');
    case 'powershell':
      if (val('targettype') === 'filepath') return undefined;
      return make(input('script'), truthy(val('pwsh')) ? 'pwsh' : 'powershell');
    case 'cmdline':
      return make(input('script'), 'cmd-or-bash');
    case 'azurecli': {
      if (val('scriptlocation') === 'scriptpath') return undefined;
      const t = val('scripttype');
      const lang: AdoScriptLanguage = t === 'bash' ? 'bash' : t === 'pscore' ? 'pwsh' : t === 'ps' ? 'powershell' : t === 'batch' ? 'cmd' : 'unknown';
      return make(input('inlinescript'), lang);
    }
    case 'azurepowershell':
      if (val('scripttype') === 'filepath') return undefined;
      return make(input('inline'), truthy(val('pwsh')) ? 'pwsh' : 'powershell');
    default:
      return undefined;
  }
}

// ——— model ———

export function getAdoPipeline(doc: AnalysisDocument): AdoPipeline | undefined {
  return doc.cached('pipelines:ado', () => buildPipeline(doc));
}

function parseTask(e: YamlEntry | undefined): AdoTask | undefined {
  const raw = e?.value?.value.trim();
  if (!e || !raw) return undefined;
  const at = raw.indexOf('@');
  const name = (at >= 0 ? raw.slice(0, at) : raw).toLowerCase();
  // a marketplace task may be written `publisher.extension.TaskName`: keep the task name
  const short = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
  return { raw, name: short, version: at >= 0 ? raw.slice(at + 1) : undefined, entry: e };
}

const STEP_KINDS: readonly AdoStep['kind'][] = ['task', 'script', 'bash', 'pwsh', 'powershell', 'checkout', 'template'];

function buildPipeline(doc: AnalysisDocument): AdoPipeline | undefined {
  if (doc.kind !== 'azure-pipelines') return undefined;
  const yaml = parseYaml(doc).documents[0];
  const root = yaml?.contents;
  if (!yaml || !isMap(root)) return undefined;
  const text = doc.text;

  const variables: AdoVariable[] = [];
  const templateRefs: AdoTemplateRef[] = [];
  const stages: AdoStage[] = [];
  const jobs: AdoJob[] = [];
  const steps: AdoStep[] = [];
  const repositories: AdoRepository[] = [];
  const containers: AdoContainerResource[] = [];
  const parameters: AdoParameter[] = [];

  const addTemplateRef = (e: YamlEntry | undefined, where: AdoTemplateRef['where']) => {
    const v = e?.value;
    if (!v) return;
    const at = v.value.lastIndexOf('@');
    templateRefs.push({ path: at >= 0 ? v.value.slice(0, at) : v.value, repoAlias: at >= 0 ? v.value.slice(at + 1).trim() : undefined, value: v, where });
  };

  // parameters: list form (pipelines, templates) or map form (old templates)
  const paramsNode = get(text, root, 'parameters')?.valueNode;
  if (isSeq(paramsNode)) {
    for (const p of seqItems(paramsNode)) {
      const n = get(text, p, 'name');
      if (!n?.value) continue;
      parameters.push({
        name: n.value.value,
        nameSpan: n.value.span,
        type: (str(text, p, 'type') ?? 'string').toLowerCase(),
        restricted: !!get(text, p, 'values'),
        node: p,
      });
    }
  } else if (isMap(paramsNode)) {
    for (const e of mapEntries(text, paramsNode)) {
      // map form: `name: default`; the type follows the default's YAML type
      const v = e.valueNode;
      const t = v === null ? 'string' : isScalar(v) ? (typeof v.value === 'boolean' ? 'boolean' : typeof v.value === 'number' ? 'number' : 'string') : 'object';
      parameters.push({ name: e.name, nameSpan: e.keySpan, type: t, restricted: false, node: v });
    }
  }

  const pipeline: AdoPipeline = {
    document: doc,
    yaml,
    root,
    isTemplate: false,
    parameters,
    variables,
    repositories,
    containers,
    templateRefs,
    stages,
    jobs,
    steps,
    anchor: firstKeySpan(root),
  };
  const rootKeys = new Set(mapEntries(text, root).map((e) => e.name));
  (pipeline as { isTemplate: boolean }).isTemplate =
    !['trigger', 'pr', 'pool', 'resources', 'name', 'extends', 'schedules'].some((k) => rootKeys.has(k)) &&
    (rootKeys.has('parameters') || ['stages', 'jobs', 'steps', 'variables'].filter((k) => rootKeys.has(k)).length === 1);

  const collectVariables = (node: Node | null | undefined, scope: AdoVariable['scope'], stage: AdoStage | undefined, job: AdoJob | undefined): AdoVariable[] => {
    const out: AdoVariable[] = [];
    if (isMap(node)) {
      for (const e of mapEntries(text, node)) {
        out.push({ scope, kind: 'value', name: e.name, nameSpan: e.keySpan, value: e.value, readonly: false, node: e.valueNode ?? node, stage, job });
      }
    } else if (isSeq(node)) {
      for (const item of seqItems(node)) {
        const group = get(text, item, 'group');
        const tmpl = get(text, item, 'template');
        const name = get(text, item, 'name');
        if (group?.value) out.push({ scope, kind: 'group', name: group.value.value, nameSpan: group.value.span, value: undefined, readonly: false, node: item, stage, job });
        else if (tmpl?.value) {
          out.push({ scope, kind: 'template', name: tmpl.value.value, nameSpan: tmpl.value.span, value: undefined, readonly: false, node: item, stage, job });
          addTemplateRef(tmpl, 'variables');
        } else if (name?.value) {
          out.push({
            scope,
            kind: 'value',
            name: name.value.value,
            nameSpan: name.value.span,
            value: get(text, item, 'value')?.value,
            readonly: truthy(str(text, item, 'readonly')),
            node: item,
            stage,
            job,
          });
        }
      }
    }
    variables.push(...out);
    return out;
  };

  const buildSteps = (job: AdoJob & { steps: AdoStep[] }, node: Node | null | undefined) => {
    for (const s of seqItems(node)) {
      const keys = mapEntries(text, s);
      const kindKey = keys.find((e) => (STEP_KINDS as readonly string[]).includes(e.name));
      const kind = (kindKey?.name ?? 'other') as AdoStep['kind'];
      const task = kind === 'task' ? parseTask(kindKey) : undefined;
      const inputsEntry = get(text, s, 'inputs');
      const inputsMap = isMap(inputsEntry?.valueNode) ? inputsEntry.valueNode : undefined;
      const inputs = mapEntries(text, inputsMap);
      const envEntry = get(text, s, 'env');
      const envMap = isMap(envEntry?.valueNode) ? envEntry.valueNode : undefined;
      if (kind === 'template') addTemplateRef(kindKey, 'step');
      const step: AdoStep = {
        pipeline,
        job,
        kind,
        node: s,
        anchor: firstKeySpan(s),
        task,
        inputs,
        inputsMap,
        input: (n: string) => getCI(inputs, n),
        get: (k: string) => keys.find((e) => e.name === k),
        script: scriptOf(text, kind, s, task, inputs),
        env: mapEntries(text, envMap),
        envMap,
        displayName: str(text, s, 'displayName'),
      };
      job.steps.push(step);
      steps.push(step);
    }
  };

  const containerOf = (e: YamlEntry | undefined): AdoJobContainer | undefined => {
    if (!e) return undefined;
    if (e.value) {
      const resource = containers.find((c) => c.alias === e.value?.value.trim());
      return { entry: e, image: resource ? undefined : e.value, resource };
    }
    if (isMap(e.valueNode)) return { entry: e, image: get(text, e.valueNode, 'image')?.value, resource: undefined };
    return { entry: e, image: undefined, resource: undefined };
  };

  const buildJob = (node: YAMLMap, stage: AdoStage | undefined, kind: AdoJob['kind'], anchor: Span, stepsNode: Node | null | undefined) => {
    const envEntry = kind === 'deployment' ? get(text, node, 'environment') : undefined;
    let environmentName: string | undefined;
    if (envEntry?.value) environmentName = envEntry.value.value;
    else if (isMap(envEntry?.valueNode)) environmentName = str(text, envEntry.valueNode, 'name');
    const job: AdoJob & { steps: AdoStep[]; variables: AdoVariable[] } = {
      pipeline,
      stage,
      kind,
      name: kind === 'steps' ? undefined : str(text, node, kind),
      node,
      anchor,
      environment: envEntry,
      environmentName,
      container: kind === 'steps' ? undefined : containerOf(get(text, node, 'container')),
      services: kind === 'steps' ? [] : mapEntries(text, get(text, node, 'services')?.valueNode),
      variables: [],
      steps: [],
    };
    if (kind !== 'steps') job.variables.push(...collectVariables(get(text, node, 'variables')?.valueNode, 'job', stage, job));
    jobs.push(job);
    if (kind === 'deployment') {
      const strategy = get(text, node, 'strategy')?.valueNode;
      for (const s of mapEntries(text, strategy)) {
        if (!isMap(s.valueNode)) continue;
        for (const hook of mapEntries(text, s.valueNode)) {
          if (hook.name === 'on') {
            for (const outcome of mapEntries(text, hook.valueNode)) buildSteps(job, get(text, isMap(outcome.valueNode) ? outcome.valueNode : undefined, 'steps')?.valueNode);
          } else if (isMap(hook.valueNode)) buildSteps(job, get(text, hook.valueNode, 'steps')?.valueNode);
        }
      }
    } else buildSteps(job, stepsNode);
    return job;
  };

  const buildJobs = (node: Node | null | undefined, stage: AdoStage | undefined): AdoJob[] => {
    const out: AdoJob[] = [];
    for (const j of seqItems(node)) {
      const jobKey = get(text, j, 'job');
      const depKey = get(text, j, 'deployment');
      const tmpl = get(text, j, 'template');
      if (depKey) out.push(buildJob(j, stage, 'deployment', depKey.keySpan, undefined));
      else if (jobKey || get(text, j, 'steps')) out.push(buildJob(j, stage, 'job', (jobKey ?? firstKeyEntry(j))?.keySpan ?? firstKeySpan(j), get(text, j, 'steps')?.valueNode));
      else if (tmpl) addTemplateRef(tmpl, 'job');
    }
    return out;
  };
  const firstKeyEntry = (m: YAMLMap) => mapEntries(text, m)[0];

  // resources
  const resources = get(text, root, 'resources')?.valueNode;
  const resMap = isMap(resources) ? resources : undefined;
  for (const r of seqItems(get(text, resMap, 'repositories')?.valueNode)) {
    const alias = get(text, r, 'repository');
    if (!alias?.value) continue;
    repositories.push({ alias: alias.value.value, aliasSpan: alias.value.span, node: r, type: str(text, r, 'type')?.toLowerCase(), name: str(text, r, 'name'), ref: get(text, r, 'ref')?.value, endpoint: str(text, r, 'endpoint') });
  }
  for (const c of seqItems(get(text, resMap, 'containers')?.valueNode)) {
    const alias = get(text, c, 'container');
    if (!alias?.value) continue;
    containers.push({ alias: alias.value.value, aliasSpan: alias.value.span, node: c, image: get(text, c, 'image')?.value, endpoint: str(text, c, 'endpoint') });
  }

  collectVariables(get(text, root, 'variables')?.valueNode, 'pipeline', undefined, undefined);
  const ext = get(text, root, 'extends');
  if (isMap(ext?.valueNode)) addTemplateRef(get(text, ext.valueNode, 'template'), 'extends');

  for (const s of seqItems(get(text, root, 'stages')?.valueNode)) {
    const stageKey = get(text, s, 'stage');
    const tmpl = get(text, s, 'template');
    if (!stageKey) {
      if (tmpl) addTemplateRef(tmpl, 'stage');
      continue;
    }
    const stage: AdoStage & { jobs: AdoJob[]; variables: AdoVariable[] } = { pipeline, name: stageKey.value?.value, node: s, anchor: stageKey.keySpan, variables: [], jobs: [] };
    stage.variables.push(...collectVariables(get(text, s, 'variables')?.valueNode, 'stage', stage, undefined));
    stages.push(stage);
    stage.jobs.push(...buildJobs(get(text, s, 'jobs')?.valueNode, stage));
  }
  buildJobs(get(text, root, 'jobs')?.valueNode, undefined);
  const rootSteps = get(text, root, 'steps');
  if (rootSteps) buildJob(root, undefined, 'steps', rootSteps.keySpan, rootSteps.valueNode);
  return pipeline;
}
