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
import { appendChildren, reverseFrom } from './visit';

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

/** A key route as a linked list: extending it costs one small object, not a copy. */
interface Route {
  readonly seg: string | number;
  readonly parent: Route | undefined;
}

const EMPTY_PATH: readonly (string | number)[] = Object.freeze([]);

/** A string literal event; its `path` is built only when a rule reads it (few do). */
class BicepStringScalar implements StringScalar {
  private pathCache: readonly (string | number)[] | undefined;
  readonly value: string;
  readonly span: Span;
  readonly valueStart: number | undefined;
  readonly interpolated: boolean;

  constructor(
    s: StringLiteral,
    readonly key: string | undefined,
    private readonly route: Route | undefined,
    readonly isKey: boolean,
  ) {
    this.interpolated = s.exprs.length > 0;
    this.value = this.interpolated ? s.segments.join('\u0000') : (s.segments[0] ?? '');
    this.valueStart = s.verbatim && !this.interpolated ? s.segmentOffsets[0] : undefined;
    this.span = { start: s.start, end: s.end };
  }

  get path(): readonly (string | number)[] {
    if (this.pathCache) return this.pathCache;
    if (!this.route) return (this.pathCache = EMPTY_PATH);
    const segs: (string | number)[] = [];
    for (let r: Route | undefined = this.route; r; r = r.parent) segs.push(r.seg);
    return (this.pathCache = segs.reverse());
  }
}

/** Emit a StringScalar for every string literal of a tree, with key / path context. */
export function walkStrings(root: Node, emit: (s: StringScalar) => void): void {
  // parallel stacks instead of a frame object per node (this walk visits every node of every file)
  const nodes: Node[] = [root];
  const keys: (string | undefined)[] = [undefined];
  const routes: (Route | undefined)[] = [undefined];
  const isKeys: boolean[] = [false];
  const push = (node: Node, key: string | undefined, route: Route | undefined, isKey: boolean) => {
    nodes.push(node);
    keys.push(key);
    routes.push(route);
    isKeys.push(isKey);
  };
  while (nodes.length) {
    const node = nodes.pop() as Node;
    let key = keys.pop();
    let route = routes.pop();
    const isKey = isKeys.pop() as boolean;
    switch (node.kind) {
      case 'String':
        emit(new BicepStringScalar(node, key, route, isKey));
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
          route = { seg: node.name.name, parent: route };
        }
        break;
      case 'Property': {
        const name = node.name ?? '?';
        if (node.value) push(node.value, name, { seg: name, parent: route }, false);
        if (node.key && node.key.kind === 'String') push(node.key, key, route, true);
        continue;
      }
      case 'TypeProperty': {
        const name = node.name ?? (node.additional ? '*' : '?');
        if (node.value) push(node.value, name, { seg: name, parent: route }, false);
        if (node.key && node.key.kind === 'String') push(node.key, key, route, true);
        for (let i = node.decorators.length - 1; i >= 0; i--) push(node.decorators[i] as Node, key, route, false);
        continue;
      }
      case 'Array': {
        for (let i = node.items.length - 1; i >= 0; i--) push(node.items[i] as Node, key, { seg: i, parent: route }, false);
        continue;
      }
      case 'Decorator':
        if (node.name) key = node.name;
        break;
      default:
        break;
    }
    // children straight onto the node stack (reversed in place), their context alongside
    const base = nodes.length;
    appendChildren(node, nodes);
    reverseFrom(nodes, base);
    for (let i = base; i < nodes.length; i++) {
      keys.push(key);
      routes.push(route);
      isKeys.push(false);
    }
  }
}
