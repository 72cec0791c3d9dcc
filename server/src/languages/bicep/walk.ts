/**
 * The engine's single walk over a Bicep / .bicepparam document: symbol events
 * (bicepParam, bicepVar, bicepResource incl. nested children, bicepModule, bicepOutput,
 * bicepParamAssignment) in source order, then one `stringScalar` per string literal with
 * its nearest key and property route. Iterative; never throws on bad input.
 */
import type { AnalysisDocument } from '../../engine/document';
import type { Emit, StringScalar } from '../../engine/hooks';
import type { Span } from '../../engine/types';
import type { Node, StringLiteral } from './ast';
import { getBicep } from './index';
import type { BicepModel } from './model';
import { childrenOf } from './visit';

type SymbolEvent =
  | { start: number; hook: 'bicepParam'; payload: BicepModel['params'][number] }
  | { start: number; hook: 'bicepVar'; payload: BicepModel['vars'][number] }
  | { start: number; hook: 'bicepResource'; payload: BicepModel['resources'][number] }
  | { start: number; hook: 'bicepModule'; payload: BicepModel['modules'][number] }
  | { start: number; hook: 'bicepOutput'; payload: BicepModel['outputs'][number] }
  | { start: number; hook: 'bicepParamAssignment'; payload: BicepModel['paramAssignments'][number] };

export function walkBicep(doc: AnalysisDocument, emit: Emit): { message: string; span: Span }[] {
  const b = getBicep(doc);
  const m = b.model;
  const events: SymbolEvent[] = [];
  for (const p of m.params) events.push({ start: p.decl.start, hook: 'bicepParam', payload: p });
  for (const v of m.vars) events.push({ start: v.decl.start, hook: 'bicepVar', payload: v });
  for (const r of m.resources) events.push({ start: r.decl.start, hook: 'bicepResource', payload: r });
  for (const x of m.modules) events.push({ start: x.decl.start, hook: 'bicepModule', payload: x });
  for (const o of m.outputs) events.push({ start: o.decl.start, hook: 'bicepOutput', payload: o });
  for (const a of m.paramAssignments) events.push({ start: a.decl.start, hook: 'bicepParamAssignment', payload: a });
  events.sort((x, y) => x.start - y.start);
  for (const ev of events) {
    switch (ev.hook) {
      case 'bicepParam':
        emit('bicepParam', ev.payload);
        break;
      case 'bicepVar':
        emit('bicepVar', ev.payload);
        break;
      case 'bicepResource':
        emit('bicepResource', ev.payload);
        break;
      case 'bicepModule':
        emit('bicepModule', ev.payload);
        break;
      case 'bicepOutput':
        emit('bicepOutput', ev.payload);
        break;
      case 'bicepParamAssignment':
        emit('bicepParamAssignment', ev.payload);
        break;
    }
  }
  walkStrings(b.tree, (s) => emit('stringScalar', s));
  return b.syntaxErrors.map((e) => ({ message: e.message, span: { start: e.span.start, end: e.span.end } }));
}

interface Frame {
  readonly node: Node;
  readonly key: string | undefined;
  readonly path: readonly (string | number)[];
  /** The node is the quoted key of a property. */
  readonly isKey: boolean;
}

function scalar(s: StringLiteral, key: string | undefined, path: readonly (string | number)[], isKey: boolean): StringScalar {
  const interpolated = s.exprs.length > 0;
  const value = interpolated ? s.segments.join('\u0000') : (s.segments[0] ?? '');
  const valueStart = s.verbatim && !interpolated ? s.segmentSpans[0]?.start : undefined;
  return { value, span: { start: s.start, end: s.end }, valueStart, key, path, interpolated, isKey };
}

/** Emit a StringScalar for every string literal of a tree, with key / path context. */
export function walkStrings(root: Node, emit: (s: StringScalar) => void): void {
  const stack: Frame[] = [{ node: root, key: undefined, path: [], isKey: false }];
  while (stack.length) {
    const f = stack.pop() as Frame;
    const node = f.node;
    let key = f.key;
    let path = f.path;
    switch (node.kind) {
      case 'String':
        emit(scalar(node, key, path, f.isKey));
        break;
      case 'Param':
      case 'ParamAssignment':
      case 'VarDecl':
      case 'Output':
      case 'Resource':
      case 'Module':
      case 'Test':
      case 'Metadata':
      case 'Assert':
      case 'TypeDecl':
      case 'Func':
        if (node.name) {
          key = node.name.name;
          path = [...path, node.name.name];
        }
        break;
      case 'Property': {
        const name = node.name ?? '?';
        const kids: Frame[] = [];
        if (node.key && node.key.kind === 'String') kids.push({ node: node.key, key, path, isKey: true });
        if (node.value) kids.push({ node: node.value, key: name, path: [...path, name], isKey: false });
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Frame);
        continue;
      }
      case 'TypeProperty': {
        const name = node.name ?? (node.additional ? '*' : '?');
        const kids: Frame[] = [];
        for (const d of node.decorators) kids.push({ node: d, key, path, isKey: false });
        if (node.key && node.key.kind === 'String') kids.push({ node: node.key, key, path, isKey: true });
        if (node.value) kids.push({ node: node.value, key: name, path: [...path, name], isKey: false });
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Frame);
        continue;
      }
      case 'Array': {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] as Node, key, path: [...path, i], isKey: false });
        continue;
      }
      case 'Decorator':
        if (node.name) key = node.name;
        break;
      default:
        break;
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as Node, key, path, isKey: false });
  }
}
