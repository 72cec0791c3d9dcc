/**
 * Hover for Azure ML YAML: the field's description, type, allowed values and default, from
 * the bundled schemas. LSP-free: an offset in, markdown and the hovered span out.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';
import { detectAzureML } from './detect';
import { kindInfo } from './kinds';
import { firstDocumentValue, firstYamlDocument } from './model';
import { fieldAt, typeLabel } from './schemaNav';

export interface AzureMLHover {
  /** Markdown. */
  readonly contents: string;
  readonly span: Span;
}

type Seg = string | number;

interface Hit {
  readonly path: Seg[];
  readonly span: Span;
  readonly onKey: boolean;
  readonly value: unknown;
}

function within(range: readonly number[] | null | undefined, offset: number): boolean {
  return !!range && (range[0] ?? 0) <= offset && offset <= (range[1] ?? -1);
}

/** The key route and span of the key or scalar value under `offset`. */
function hitAt(node: Node | null, offset: number, path: Seg[], depth: number): Hit | undefined {
  if (!node || depth > 64) return undefined;
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = item.key.value === null || item.key.value === undefined ? '' : String(item.key.value);
      const kr = item.key.range;
      if (kr && within(kr, offset)) return { path: [...path, key], span: { start: kr[0], end: kr[1] }, onKey: true, value: undefined };
      const v = item.value as Node | null;
      if (v && within(v.range, offset)) {
        if (isScalar(v)) {
          const r = v.range as [number, number, number];
          return { path: [...path, key], span: { start: r[0], end: r[1] }, onKey: false, value: v.value };
        }
        return hitAt(v, offset, [...path, key], depth + 1);
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const it = node.items[i] as Node | null;
      if (it && within(it.range, offset)) {
        if (isScalar(it)) {
          const r = it.range as [number, number, number];
          return { path: [...path, i], span: { start: r[0], end: r[1] }, onKey: false, value: it.value };
        }
        return hitAt(it, offset, [...path, i], depth + 1);
      }
    }
  }
  return undefined;
}

export function hoverAzureML(doc: AnalysisDocument, offset: number): AzureMLHover | undefined {
  try {
    const y = firstYamlDocument(doc);
    if (!y || !isMap(y.contents)) return undefined;
    const rootValue = firstDocumentValue(doc);
    const det = detectAzureML(doc.path, rootValue, doc.text);
    if (!det) return undefined;
    const hit = hitAt(y.contents as Node, offset, [], 0);
    if (!hit || hit.path.length === 0) return undefined;
    const info = kindInfo(det.kind);

    if (hit.path.length === 1 && hit.path[0] === '$schema') {
      const how = det.by === 'schema' ? 'named by this `$schema`' : 'recognised from its content';
      return {
        contents: `**Azure ML ${info.label}** (\`${info.id}\`)\n\n${info.description}\n\nKind ${how}; Bulwark validates the file against its bundled copy of the schema (never fetched).`,
        span: hit.span,
      };
    }

    // a scalar inside a list: describe the list's field
    let path = hit.path;
    while (path.length > 0 && typeof path[path.length - 1] === 'number') path = path.slice(0, -1);
    if (path.length === 0) return undefined;
    const field = fieldAt(det.kind, rootValue, path);
    if (!field) return undefined;
    const name = String(path[path.length - 1]);
    const lines: string[] = [`**${name}** — \`${typeLabel(field)}\``];
    if (field.description) lines.push(field.description);
    const facts: string[] = [];
    if (field.enumValues.length) facts.push(`Allowed values: ${field.enumValues.map((v) => `\`${v}\``).join(', ')}`);
    if (field.default !== undefined) facts.push(`Default: \`${typeof field.default === 'string' ? field.default : JSON.stringify(field.default)}\``);
    if (facts.length) lines.push(facts.join(' · '));
    lines.push(`_${path.join('.')} in Azure ML ${info.label}_`);
    return { contents: lines.join('\n\n'), span: hit.span };
  } catch {
    return undefined;
  }
}
