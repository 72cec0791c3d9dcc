/**
 * Items of an array property of a resource / module body, with where each item is written
 * (not a rule: camelCase file). Rules on `accessPolicies[*]`, `ipRules[*]`,
 * `agentPoolProfiles[*]`, `contentFilters[*]` use it to point at the offending item.
 */
import type { Span } from '../../../engine/types';
import type { BicepValue, EvalResult, Evaluator, Expr, ModuleSymbol, ObjectExpr, ResourceSymbol } from '../../../languages/bicep';
import { anchorSpan, locatePath, propertyState } from '../support';
import type { PathLocation } from '../support';

export interface ArrayItem {
  /** The item as written (an object literal, a literal, …); undefined when the array is computed. */
  readonly expr: Expr | undefined;
  /** The item's object literal, when it is one (a `for` body counts). */
  readonly object: ObjectExpr | undefined;
  /** Possible values of the item (empty when unknown). */
  readonly values: readonly BicepValue[];
  /** Where a finding about the item points. */
  readonly span: Span;
}

export interface ArrayItems {
  readonly kind: 'absent' | 'unknown' | 'items';
  readonly location: PathLocation;
  readonly items: readonly ArrayItem[];
}

function valuesOf(r: EvalResult): BicepValue[] {
  if (r.kind === 'known') return [r.value];
  if (r.kind === 'oneOf') return r.options.map((o) => o.value);
  return [];
}

function spanOf(e: { start: number; end: number }): Span {
  return { start: e.start, end: e.end };
}

/** Items of the array at `path` of the symbol's body (values through the evaluator). */
export function arrayItems(sym: ResourceSymbol | ModuleSymbol, path: string, evaluator?: Evaluator): ArrayItems {
  const ev = evaluator ?? sym.model.evaluator;
  const location = locatePath(sym.body, path);
  const fallback = spanOf(sym.nameSpan);
  const written = location.property?.value;
  const safeEval = (e: Expr): BicepValue[] => {
    try {
      return valuesOf(ev.evaluateIn(sym, e));
    } catch {
      return [];
    }
  };
  if (written && written.kind === 'Array') {
    const items: ArrayItem[] = [];
    for (const it of written.items) {
      if (it.kind === 'Spread') {
        if (!it.expr) continue;
        for (const v of safeEval(it.expr)) {
          if (Array.isArray(v)) for (const x of v) items.push({ expr: undefined, object: undefined, values: [x], span: spanOf(it) });
        }
        continue;
      }
      items.push({ expr: it, object: it.kind === 'Object' ? it : undefined, values: safeEval(it), span: spanOf(it) });
    }
    return { kind: 'items', location, items };
  }
  if (written && written.kind === 'For') {
    const body = written.body;
    const object = body && body.kind === 'Object' ? body : undefined;
    const values: BicepValue[] = [];
    for (const v of safeEval(written)) if (Array.isArray(v)) values.push(...v);
    return { kind: 'items', location, items: [{ expr: body, object, values, span: body ? spanOf(body) : spanOf(written) }] };
  }
  const state = propertyState(sym, path, ev);
  if (state.kind === 'absent') return { kind: 'absent', location, items: [] };
  if (state.kind === 'unknown') return { kind: 'unknown', location, items: [] };
  const span = anchorSpan(state.location, fallback);
  const items: ArrayItem[] = [];
  for (const o of state.options) {
    if (Array.isArray(o.value)) for (const x of o.value as readonly BicepValue[]) items.push({ expr: undefined, object: undefined, values: [x], span });
  }
  return { kind: 'items', location, items };
}

/** The written value expression at `path` inside an object literal item, if any. */
export function writtenAt(obj: ObjectExpr | undefined, path: string): Expr | undefined {
  return obj ? locatePath(obj, path).property?.value : undefined;
}
