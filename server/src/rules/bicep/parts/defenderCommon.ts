/**
 * Shared facts for the Defender for Cloud plan rules (not a rule: camelCase file).
 */
import { getBicep } from '../../../languages/bicep';
import type { AnalysisDocument } from '../../../engine/document';
import type { BicepValue, Expr, ModuleSymbol, ResourceSymbol } from '../../../languages/bicep';
import { avmRef, isResourceOfType, locatePath } from '../support';
import { fieldOf, pairedValues } from './graph';

export const PRICINGS = 'Microsoft.Security/pricings';
export const AVM_SECURITY_CENTER = 'avm/ptn/security/security-center';

export interface PlanEntry {
  /** Plan name (`AI`, `StorageAccounts`…), when known. */
  readonly name: string | undefined;
  /** Pricing tier, when known. */
  readonly tier: string | undefined;
  /** Where to point: the tier's value (or the resource / item). */
  readonly at: { start: number; end: number };
  /** The tier expression written in the body (a literal can be replaced). */
  readonly tierExpr: Expr | undefined;
}

const str = (v: BicepValue | undefined) => (typeof v === 'string' ? v : undefined);

/** The plans a `Microsoft.Security/pricings` resource sets (one per loop item). */
export function planEntries(r: ResourceSymbol): PlanEntry[] {
  const tierExpr = locatePath(r.body, 'properties.pricingTier').property?.value;
  const at = tierExpr ? { start: tierExpr.start, end: tierExpr.end } : { start: r.nameSpan.start, end: r.nameSpan.end };
  return pairedValues(r, ['name', 'properties.pricingTier']).map(([n, t]) => ({ name: str(n), tier: str(t), at, tierExpr }));
}

/** The plans passed to the AVM security-center module (`defenderPlans`); undefined when not a literal list. */
export function avmPlanEntries(m: ModuleSymbol): PlanEntry[] | undefined {
  const list = locatePath(m.body, 'params.defenderPlans').property?.value;
  if (!list || list.kind !== 'Array') return undefined;
  const out: PlanEntry[] = [];
  for (const item of list.items) {
    if (item.kind !== 'Object') return undefined;
    const v = m.model.evaluator.evaluateIn(m, item);
    const value = v.kind === 'known' ? v.value : undefined;
    const tierExpr = locatePath(item, 'pricingTier').property?.value;
    out.push({ name: str(fieldOf(value ?? null, 'name')), tier: str(fieldOf(value ?? null, 'pricingTier')), at: tierExpr ? { start: tierExpr.start, end: tierExpr.end } : { start: item.open, end: item.open + 1 }, tierExpr });
  }
  return out;
}

/** Non-existing pricing resources of a document. */
export function pricingResources(doc: AnalysisDocument): ResourceSymbol[] {
  if (doc.kind !== 'bicep') return [];
  return getBicep(doc).model.resources.filter((r) => !r.existing && isResourceOfType(r, [PRICINGS]));
}

export function isSecurityCenterModule(m: ModuleSymbol): boolean {
  return avmRef(m)?.module === AVM_SECURITY_CENTER;
}
