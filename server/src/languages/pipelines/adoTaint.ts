/**
 * Which Azure DevOps variables carry text that people outside the pipeline's trust boundary
 * choose: pull-request source branches (forks), commit messages, branch names, the display
 * name of whoever queued the run; plus YAML variables whose value is built from those, and
 * free-form string parameters (set by whoever queues the run).
 */
import { findAdoReferences } from './expressions';
import type { AdoReference } from './expressions';
import type { AdoPipeline, AdoStep } from './azureDevOps';

export type AdoTaint = 'attacker' | 'pusher' | 'parameter';

/** Predefined variables, lower-cased → who controls them. */
const PREDEFINED: ReadonlyMap<string, AdoTaint> = new Map([
  ['system.pullrequest.sourcebranch', 'attacker'],
  ['build.sourceversionmessage', 'attacker'],
  ['build.sourcebranch', 'pusher'],
  ['build.sourcebranchname', 'pusher'],
  ['build.requestedfor', 'pusher'],
  ['build.requestedforemail', 'pusher'],
  ['build.queuedby', 'pusher'],
]);

export interface AdoTaintHit {
  readonly taint: AdoTaint;
  /** The variable or parameter that is untrusted (for a YAML variable: the predefined one it is built from). */
  readonly source: string;
  /** The YAML variable it flows through, if any. */
  readonly via: string | undefined;
}

function stronger(a: AdoTaint, b: AdoTaint): AdoTaint {
  const rank = (t: AdoTaint) => (t === 'attacker' ? 3 : t === 'pusher' ? 2 : 1);
  return rank(a) >= rank(b) ? a : b;
}

/** YAML variables (all scopes, by lower-cased name) whose value references untrusted data, followed up to 4 levels. */
export function taintedYamlVariables(p: AdoPipeline, checkParameters: boolean): Map<string, AdoTaintHit> {
  return p.document.cached(`pipelines:ado-taint:${checkParameters}`, () => {
    const out = new Map<string, AdoTaintHit>();
    for (let round = 0; round < 4; round++) {
      let changed = false;
      for (const v of p.variables) {
        if (v.kind !== 'value' || !v.value) continue;
        const key = v.name.toLowerCase();
        if (out.has(key)) continue;
        const refs = scanRefs(v.value.value);
        for (const r of refs) {
          const hit = classifyReference(p, r, out, checkParameters);
          if (hit) {
            out.set(key, { taint: hit.taint, source: hit.source, via: v.name });
            changed = true;
            break;
          }
        }
      }
      if (!changed) break;
    }
    return out;
  });
}

/** References in a decoded value (offsets into the value). */
function scanRefs(value: string): AdoReference[] {
  return findAdoReferences(value, 0, value.length);
}

/** The taint of one reference, or undefined. */
export function classifyReference(p: AdoPipeline, r: AdoReference, yamlTaint: ReadonlyMap<string, AdoTaintHit>, checkParameters: boolean): AdoTaintHit | undefined {
  let best: AdoTaintHit | undefined;
  for (const name of r.variables) {
    const lower = name.toLowerCase();
    const pre = PREDEFINED.get(lower);
    if (pre) best = best ? { ...best, taint: stronger(best.taint, pre) } : { taint: pre, source: name, via: undefined };
    const y = yamlTaint.get(lower);
    if (y && (!best || stronger(best.taint, y.taint) !== best.taint)) best = y;
  }
  if (!best && checkParameters && r.syntax === 'template') {
    for (const name of r.parameters) {
      const decl = p.parameters.find((x) => x.name === name);
      if (decl && decl.type === 'string' && !decl.restricted) return { taint: 'parameter', source: `parameters.${name}`, via: undefined };
    }
  }
  return best;
}

/** Names of variables a step's `env:` or the job/stage/pipeline declare (upper-cased), to avoid shadowing. */
export function envNamesInScope(step: AdoStep): Set<string> {
  const out = new Set<string>();
  for (const e of step.env) out.add(e.name.toUpperCase());
  for (const v of step.pipeline.variables) out.add(v.name.toUpperCase().replace(/\./g, '_'));
  return out;
}
