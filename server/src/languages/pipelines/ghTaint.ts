/**
 * Taint of a GitHub expression site: the first context reference in it that outsiders (or,
 * optionally, input setters) control and that can reach the result as text.
 */
import type { ContextRef, ExpressionSite } from './expressions';
import { classifyContext } from './githubContexts';
import type { Taint } from './githubContexts';
import type { GhWorkflow } from './github';

/** Inputs declared with these types cannot carry shell syntax. */
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);

function inputName(path: string): string | undefined {
  const m = /^(?:github\.event\.)?inputs\.([^.]+)$/.exec(path);
  return m?.[1];
}

/** The first tainted, unsanitised reference of a site (attacker-controlled first; inputs only when `includeInputs`). */
export function taintedRef(site: ExpressionSite, wf: GhWorkflow, includeInputs: boolean): { ref: ContextRef; taint: Taint } | undefined {
  let inputHit: { ref: ContextRef; taint: Taint } | undefined;
  for (const ref of site.refs) {
    if (ref.sanitized) continue;
    const taint = classifyContext(ref.path);
    if (taint === 'attacker') return { ref, taint };
    if (taint === 'input' && includeInputs && !inputHit) {
      const name = inputName(ref.path);
      const decl = name ? wf.inputs.find((i) => i.name.toLowerCase() === name) : undefined;
      if (decl?.type && SAFE_INPUT_TYPES.has(decl.type)) continue;
      inputHit = { ref, taint };
    }
  }
  return inputHit;
}

