/**
 * The Azure ML document model rules see: the classified kind, the YAML tree of the first
 * document and helpers to reach keys, plus one `AzureMLJob` per job (the top-level job of
 * a job document, every step under `jobs:` of a pipeline — recursively — and the inline
 * job of a schedule's `create_job`).
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';
import { parseYaml, pairKeyName } from '../yaml/parse';
import { JOB_KINDS, kindInfo, type AzureMLKind, type AzureMLKindInfo } from './kinds';

export type YamlPath = readonly (string | number)[];

/** Helpers shared by documents and jobs: lookups inside one YAML mapping. */
export interface MappingView {
  /** The mapping node. */
  readonly node: YAMLMap;
  /** The pair with this key (case-sensitive, as the Azure ML CLI reads keys). */
  pair(key: string): Pair<Scalar, Node | null> | undefined;
  /** The value node of `key` (null for `key:` with no value; undefined when absent). */
  get(key: string): Node | null | undefined;
  /** The scalar value of `key` as a string (numbers/booleans stringified). */
  getString(key: string): string | undefined;
  /** The mapping value of `key`. */
  getMap(key: string): YAMLMap | undefined;
  /** The node at a key route below this mapping (strings for keys, numbers for sequence items). */
  nodeAt(path: YamlPath): Node | null | undefined;
  /** The span of the key of `key` (falls back to the mapping's first line). */
  keySpan(key: string): Span;
}

export interface AzureMLDocument extends MappingView {
  readonly kind: AzureMLKind;
  readonly info: AzureMLKindInfo;
  readonly document: AnalysisDocument;
  /** The first YAML document (Azure ML files hold one). */
  readonly yaml: Document.Parsed;
  /** The root mapping. */
  readonly root: YAMLMap;
  /** The first YAML document converted to plain JS (keys stringified, aliases bounded). */
  value(): unknown;
  /** The span of a node, or the document start when the node has no range. */
  span(node: Node | null | undefined): Span;
  /** True for job kinds (command, sweep, pipeline, spark, AutoML, fine-tuning, distillation). */
  readonly isJob: boolean;
}

export interface AzureMLJob extends MappingView {
  readonly document: AzureMLDocument;
  /** Key route from the root: `[]` for the top-level job, `['jobs','train']` for a step. */
  readonly path: YamlPath;
  /** The step name for a pipeline step; undefined for a top-level job. */
  readonly name: string | undefined;
  /**
   * Lower-cased job type: `type:` when present, else inferred (the document kind's type for
   * a top-level job; `command` for a pipeline step).
   */
  readonly type: string;
  /** True for steps under `jobs:` and for a schedule's inline `create_job`. */
  readonly nested: boolean;
  /** The enclosing pipeline job (or pipeline component step), if any. */
  readonly parent: AzureMLJob | undefined;
  /** Where to point a finding about the job as a whole: the step key, or the first key of the file. */
  readonly anchor: Span;
}

function firstKeySpan(map: YAMLMap): Span {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.range) {
      return { start: item.key.range[0], end: item.key.range[1] };
    }
  }
  const r = map.range;
  return r ? { start: r[0], end: Math.max(r[0], Math.min(r[1], r[0] + 1)) } : { start: 0, end: 0 };
}

function findPair(map: YAMLMap, key: string): Pair<Scalar, Node | null> | undefined {
  for (const item of map.items) {
    if (isPair(item) && pairKeyName(item) === key) return item as Pair<Scalar, Node | null>;
  }
  return undefined;
}

/** Follow a key route through mappings and sequences (aliases are not followed). */
export function nodeAtPath(start: Node | null | undefined, path: YamlPath): Node | null | undefined {
  let cur: Node | null | undefined = start;
  for (const seg of path) {
    if (cur === null || cur === undefined) return undefined;
    if (isMap(cur)) {
      const p = findPair(cur, String(seg));
      if (!p) return undefined;
      cur = p.value as Node | null;
    } else if (isSeq(cur)) {
      const i = typeof seg === 'number' ? seg : Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= cur.items.length) return undefined;
      cur = cur.items[i] as Node | null;
    } else {
      return undefined;
    }
  }
  return cur;
}

function makeView(node: YAMLMap): MappingView {
  return {
    node,
    pair: (key) => findPair(node, key),
    get: (key) => {
      const p = findPair(node, key);
      return p ? (p.value as Node | null) : undefined;
    },
    getString: (key) => {
      const v = findPair(node, key)?.value;
      return isScalar(v) && v.value !== null && v.value !== undefined ? String(v.value) : undefined;
    },
    getMap: (key) => {
      const v = findPair(node, key)?.value;
      return isMap(v) ? (v as YAMLMap) : undefined;
    },
    nodeAt: (path) => nodeAtPath(node, path),
    keySpan: (key) => {
      const p = findPair(node, key);
      const r = p && isScalar(p.key) ? p.key.range : undefined;
      return r ? { start: r[0], end: r[1] } : firstKeySpan(node);
    },
  };
}

/** Max number of alias expansions while converting to JS (alias bombs). */
const MAX_ALIASES = 100;
const MAX_DEPTH = 64;
/**
 * Max number of nodes converted: each alias expands its whole target, so 100 aliases of one large
 * mapping multiplied the work by 100 (a 250 KB file took 2 s and 100 MB; found by fuzzing).
 */
const MAX_NODES = 250_000;

/**
 * Convert a YAML node to a plain JS value without warnings or throws: non-scalar keys are
 * stringified, aliases are expanded at most MAX_ALIASES times (then become null).
 */
export function yamlToJs(node: unknown, doc?: Document.Parsed): unknown {
  const budget = { aliases: MAX_ALIASES, nodes: MAX_NODES };
  const conv = (n: unknown, depth: number): unknown => {
    if (n === null || n === undefined) return null;
    if (depth > MAX_DEPTH || --budget.nodes < 0) return null;
    if (isScalar(n)) {
      const v = n.value;
      return typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : v;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const k = item.key;
        let key: string;
        if (isScalar(k)) key = k.value === null || k.value === undefined ? '' : String(k.value);
        else if (k === null || k === undefined) key = '';
        // Not String(k): the yaml library stringifies a collection key through JSON.stringify of its
        // own stringified keys, so nested flow-mapping keys ({{{{…) grow exponentially (a 1 KB file
        // ran for half a minute, then threw; found by scripts/fuzz.ts). No schema key is a collection.
        else key = '[complex key]';
        if (key === '__proto__') continue;
        if (key === '<<' && isAlias(item.value) && doc) {
          // merge key: copy the aliased mapping's entries
          const merged = conv(item.value, depth + 1);
          if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
            for (const [mk, mv] of Object.entries(merged)) if (!(mk in out)) out[mk] = mv;
          }
          continue;
        }
        out[key] = conv(item.value, depth + 1);
      }
      return out;
    }
    if (isSeq(n)) return n.items.map((i) => conv(i, depth + 1));
    if (isAlias(n)) {
      if (!doc || budget.aliases-- <= 0) return null;
      try {
        const target = n.resolve(doc);
        return target ? conv(target, depth + 1) : null;
      } catch {
        return null;
      }
    }
    if (isPair(n)) return conv(n.value, depth + 1);
    return null;
  };
  return conv(node, 0);
}

/** The first YAML document of the file, or undefined when the text has none. */
export function firstYamlDocument(doc: AnalysisDocument): Document.Parsed | undefined {
  return parseYaml(doc).documents[0];
}

/** The first document's value as JS (memoised on the document). */
export function firstDocumentValue(doc: AnalysisDocument): unknown {
  return doc.cached('azureml:value', () => {
    const y = firstYamlDocument(doc);
    return y ? yamlToJs(y.contents, y) : undefined;
  });
}

/** The Azure ML model of a document (memoised per kind), or undefined when its root is not a mapping. */
export function getAzureMLDocument(doc: AnalysisDocument, kind: AzureMLKind): AzureMLDocument | undefined {
  return doc.cached(`azureml:model:${kind}`, () => buildDocument(doc, kind));
}

function buildDocument(doc: AnalysisDocument, kind: AzureMLKind): AzureMLDocument | undefined {
  const y = firstYamlDocument(doc);
  if (!y || !isMap(y.contents)) return undefined;
  const root = y.contents as YAMLMap;
  const view = makeView(root);
  return {
    ...view,
    kind,
    info: kindInfo(kind),
    document: doc,
    yaml: y,
    root,
    value: () => firstDocumentValue(doc),
    span: (node) => {
      const r = node?.range;
      return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
    },
    isJob: JOB_KINDS.has(kind),
  };
}

const MAX_JOB_DEPTH = 8;

/** Every job of the document in document order: top-level job first, then nested steps. */
export function collectJobs(d: AzureMLDocument): AzureMLJob[] {
  const out: AzureMLJob[] = [];
  const visitSteps = (container: YAMLMap, basePath: YamlPath, parent: AzureMLJob | undefined, depth: number): void => {
    if (depth > MAX_JOB_DEPTH) return;
    const jobsNode = findPair(container, 'jobs')?.value;
    if (!isMap(jobsNode)) return;
    for (const item of jobsNode.items) {
      if (!isPair(item) || !isMap(item.value)) continue;
      const name = pairKeyName(item);
      if (name === undefined) continue;
      const stepMap = item.value as YAMLMap;
      const stepView = makeView(stepMap);
      const keyRange = isScalar(item.key) ? item.key.range : undefined;
      const path = [...basePath, 'jobs', name];
      const job: AzureMLJob = {
        ...stepView,
        document: d,
        path,
        name,
        type: (stepView.getString('type') ?? 'command').toLowerCase(),
        nested: true,
        parent,
        anchor: keyRange ? { start: keyRange[0], end: keyRange[1] } : firstKeySpan(stepMap),
      };
      out.push(job);
      visitSteps(stepMap, path, job, depth + 1);
      const comp = stepView.getMap('component');
      if (comp) visitSteps(comp, [...path, 'component'], job, depth + 1);
    }
  };

  if (d.isJob) {
    const top: AzureMLJob = {
      ...makeView(d.root),
      document: d,
      path: [],
      name: undefined,
      type: (d.getString('type') ?? d.info.typeValues[0] ?? 'command').toLowerCase(),
      nested: false,
      parent: undefined,
      anchor: firstKeySpan(d.root),
    };
    out.push(top);
    visitSteps(d.root, [], top, 1);
    const comp = d.getMap('component');
    if (comp) visitSteps(comp, ['component'], top, 1);
  } else if (d.kind === 'pipelineComponent') {
    visitSteps(d.root, [], undefined, 1);
  } else if (d.kind === 'schedule') {
    const cj = d.getMap('create_job');
    if (cj) {
      const view = makeView(cj);
      const keyRange = d.pair('create_job')?.key?.range;
      const job: AzureMLJob = {
        ...view,
        document: d,
        path: ['create_job'],
        name: undefined,
        type: (view.getString('type') ?? (view.get('jobs') !== undefined ? 'pipeline' : 'command')).toLowerCase(),
        nested: true,
        parent: undefined,
        anchor: keyRange ? { start: keyRange[0], end: keyRange[1] } : firstKeySpan(cj),
      };
      out.push(job);
      visitSteps(cj, ['create_job'], job, 1);
    }
  }
  return out;
}
