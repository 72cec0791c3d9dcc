/**
 * Decides what a file is: Bicep, .bicepparam, Azure ML YAML (by `$schema` or content),
 * GitHub workflow or action, Azure DevOps pipeline, other YAML, JSON.
 */
import * as path from 'node:path';
import { detectAzureML } from '../languages/azureml/detect';
import type { AzureMLKind } from '../languages/azureml/detect';
import { detectPipeline } from '../languages/pipelines/detect';
import { parseYamlText, isMap, isSeq, isScalar, isPair } from '../languages/yaml/parse';
import type { Node, YamlFile } from '../languages/yaml/parse';
import type { FileKind } from './types';

export interface Classification {
  readonly kind: FileKind;
  /** Set for Azure ML documents. */
  readonly azuremlKind?: AzureMLKind;
  /** The YAML parse, when classification needed one (seeded into the document's cache). */
  readonly yaml?: YamlFile;
}

const YAML_EXT = /\.ya?ml$/i;
const JSON_EXT = /\.(json|jsonc)$/i;

/** Extensions the engine reads; anything else is not analysed. */
export function isSupportedPath(filePath: string): boolean {
  return /\.(bicep|bicepparam|ya?ml|jsonc?)$/i.test(filePath);
}

/** Map an editor language id to a kind when the file name says nothing (untitled documents). */
export function kindFromLanguageId(languageId: string | undefined): FileKind | undefined {
  switch (languageId) {
    case 'bicep':
      return 'bicep';
    case 'bicep-params':
      return 'bicepparam';
    case 'json':
    case 'jsonc':
      return 'json';
    case 'yaml':
    case 'github-actions-workflow':
    case 'azure-pipelines':
      return 'yaml';
    default:
      return undefined;
  }
}

/**
 * Classify by path and content. `fullParse` false means the file is too large for the
 * YAML model path: only the path and the head of the file are used.
 */
export function classify(filePath: string, text: string, opts: { languageId?: string; fullParse?: boolean } = {}): Classification {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.bicepparam')) return { kind: 'bicepparam' };
  if (lower.endsWith('.bicep')) return { kind: 'bicep' };
  if (JSON_EXT.test(lower)) return { kind: 'json' };
  const fromLanguage = kindFromLanguageId(opts.languageId);
  const isYaml = YAML_EXT.test(lower) || fromLanguage === 'yaml';
  if (!isYaml) return { kind: fromLanguage ?? 'yaml' };

  if (opts.fullParse === false) {
    const pipeline = detectPipeline(filePath, undefined);
    if (pipeline) return { kind: pipeline };
    const head = text.slice(0, 4096);
    const m = /^\$schema:\s*['"]?([^\s'"#]+)/m.exec(head);
    if (m?.[1]) {
      const aml = detectAzureML(filePath, { $schema: m[1] }, head);
      if (aml) return { kind: 'azureml', azuremlKind: aml.kind };
    }
    return { kind: 'yaml' };
  }

  const yaml = parseYamlText(text);
  const first = yaml.documents[0];
  const root = first ? shallowJs(first.contents as Node | null, 3) : undefined;
  const pipeline = detectPipeline(filePath, root);
  if (pipeline) return { kind: pipeline, yaml };
  const aml = detectAzureML(filePath, root, text);
  if (aml) return { kind: 'azureml', azuremlKind: aml.kind, yaml };
  return { kind: 'yaml', yaml };
}

/**
 * A bounded conversion of a YAML node to plain JS for classification: aliases are not
 * followed, depth and collection sizes are capped, so a hostile file costs nothing here.
 */
export function shallowJs(node: Node | null | undefined, depth: number): unknown {
  if (!node) return null;
  if (isScalar(node)) return node.value;
  if (depth <= 0) return isSeq(node) ? [] : isMap(node) ? {} : null;
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    let n = 0;
    for (const item of node.items) {
      if (++n > 200) break;
      if (isPair(item) && isScalar(item.key)) out[String(item.key.value)] = shallowJs(item.value as Node | null, depth - 1);
    }
    return out;
  }
  if (isSeq(node)) {
    const out: unknown[] = [];
    for (const item of node.items.slice(0, 50)) out.push(shallowJs(item as Node | null, depth - 1));
    return out;
  }
  return null;
}

export function relativeTo(root: string, filePath: string): string {
  return path.relative(root, filePath).split(path.sep).join('/');
}
