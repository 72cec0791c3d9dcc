/**
 * sc-deployment-script-unpinned: a deployment script downloaded from a GitHub branch or tag runs
 * whatever that ref points to at deployment time, with the script's identity.
 */
import { defineRule } from '../../engine/rule';
import type { BicepValue, Expr } from '../../languages/bicep';
import { isAvmModule, isResourceOfType, locatePath, relevantForTypes } from './support';

/** `raw.githubusercontent.com/<owner>/<repo>/<ref>/…` or `github.com/<owner>/<repo>/raw/<ref>/…`: the ref, when it is not a commit SHA. */
export function unpinnedRef(url: string): string | undefined {
  const m = /^https?:\/\/raw\.githubusercontent\.com\/[^/\s]{1,100}\/[^/\s]{1,100}\/(refs\/(?:heads|tags)\/)?([^/\s]{1,200})\//i.exec(url)
    ?? /^https?:\/\/github\.com\/[^/\s]{1,100}\/[^/\s]{1,100}\/(?:raw|blob)\/(refs\/(?:heads|tags)\/)?([^/\s]{1,200})\//i.exec(url);
  if (!m) return undefined;
  const ref = m[2] as string;
  return /^[0-9a-f]{40}$/i.test(ref) ? undefined : `${m[1] ?? ''}${ref}`;
}

export default defineRule({
  meta: {
    id: 'sc-deployment-script-unpinned',
    description: 'Deployment scripts downloaded from GitHub should be pinned to a commit SHA, not a branch or tag.',
    category: 'supply-chain',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: false,
    messages: {
      unpinned: "Deployment script {{resource}} downloads {{what}} from GitHub ref '{{ref}}', which can change after review; pin the URL to a full commit SHA (or embed the script with scriptContent / loadTextContent()).",
    },
    tags: ['CWE-829', 'CWE-494', 'PSRule:Azure.DeploymentScript.Pinned'],
  },
  relevant: relevantForTypes(['Microsoft.Resources/deploymentScripts'], { avmModules: ['avm/res/resources/deployment-script'] }),
  create(context) {
    const check = (owner: string, evaluate: (e: Expr) => BicepValue | undefined, primary: Expr | undefined, supporting: Expr | undefined) => {
      if (primary) {
        const v = evaluate(primary);
        const ref = typeof v === 'string' ? unpinnedRef(v) : undefined;
        if (ref) context.report({ span: { start: primary.start, end: primary.end }, messageId: 'unpinned', data: { resource: owner, what: 'its script', ref } });
      }
      if (supporting) {
        const items = supporting.kind === 'Array' ? supporting.items.filter((i): i is Expr => i.kind !== 'Spread') : [supporting];
        for (const item of items) {
          const v = evaluate(item);
          const urls = Array.isArray(v) ? (v as readonly BicepValue[]) : [v];
          const ref = urls.map((u) => (typeof u === 'string' ? unpinnedRef(u) : undefined)).find((x) => x);
          if (ref) context.report({ span: { start: item.start, end: item.end }, messageId: 'unpinned', data: { resource: owner, what: 'a supporting file', ref } });
        }
      }
    };
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Resources/deploymentScripts'])) return;
        const ev = (e: Expr) => {
          const v = r.model.evaluator.evaluateIn(r, e);
          return v.kind === 'known' ? v.value : undefined;
        };
        check(r.name, ev, locatePath(r.body, 'properties.primaryScriptUri').property?.value, locatePath(r.body, 'properties.supportingScriptUris').property?.value);
      },
      bicepModule(m) {
        if (!isAvmModule(m, 'avm/res/resources/deployment-script')) return;
        const ev = (e: Expr) => {
          const v = m.model.evaluator.evaluateIn(m, e);
          return v.kind === 'known' ? v.value : undefined;
        };
        check(m.name, ev, locatePath(m.body, 'params.primaryScriptUri').property?.value, locatePath(m.body, 'params.supportingScriptUris').property?.value);
      },
    };
  },
});
