/**
 * acr-public-network: a Premium registry should not be open to every network: public access
 * disabled, or at least a network rule set that denies by default.
 */
import { propertyRule, sameEnum } from './support';
import type { ResourceView } from './support';
import type { BicepValue } from '../../languages/bicep';
import { AVM_REGISTRY, REGISTRIES, avmPassed, knownEnum, premiumRegistry } from './parts/platform';

const denies = (r: ResourceView) => knownEnum(r, 'properties.networkRuleSet.defaultAction', 'Deny');

/** What the AVM module does with its network params (acrSku Premium by default). */
function avmOpen(v: BicepValue | null, m: ResourceView): boolean {
  if (!premiumRegistry(m)) return false;
  const allow = knownEnum(m, 'params.networkRuleSetDefaultAction', 'Allow');
  if (v === null) {
    // not passed: 'Disabled' with private endpoints and no IP rules, else the API default (open) unless IP rules deny
    if (avmPassed(m, 'privateEndpoints') && !avmPassed(m, 'networkRuleSetIpRules')) return false;
    if (m.state('params.networkRuleSetIpRules').kind === 'values' && !allow) return false;
    return true;
  }
  return sameEnum(v, 'Enabled') && allow;
}

export default propertyRule({
  id: 'acr-public-network',
  description: "Premium container registries should disable public network access or deny it by default (networkRuleSet.defaultAction 'Deny').",
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.ACR.Firewall', 'CKV_AZURE_139', 'ASB-NS-2'],
  resourceTypes: [REGISTRIES],
  // network rules and private endpoints need Premium; lower SKUs are covered by acr-sku-scanning
  when: premiumRegistry,
  path: 'properties.publicNetworkAccess',
  insecure: (v, r) => sameEnum(v, 'Enabled') && !denies(r),
  absent: (r) => (denies(r) ? 'secure' : 'insecure'),
  secureValue: "'Disabled'",
  message: "Registry {{resource}} accepts pulls and pushes from every network (publicNetworkAccess is {{value}} and networkRuleSet does not deny by default); set publicNetworkAccess to 'Disabled' and use a private endpoint.",
  absentMessage: "Registry {{resource}} does not set publicNetworkAccess and has no network rule set that denies by default, so it is open to every network; set publicNetworkAccess: 'Disabled' and use a private endpoint.",
  avm: {
    module: AVM_REGISTRY,
    param: 'publicNetworkAccess',
    insecure: (v, m) => avmOpen(v, m),
    secureValue: "'Disabled'",
    absent: (m) => (avmOpen(null, m) ? 'insecure' : 'secure'),
  },
});
