/**
 * kv-firewall: a Key Vault whose public endpoint is on should deny by default.
 */
import { propertyRule, sameEnum } from './support';
import type { ResourceView } from './support';
import { AVM_KEY_VAULT, KEY_VAULTS, avmPassed, knownEnum, publicAccessOpen } from './parts/platform';

/** The AVM module ends up with public access disabled. */
function avmPublicDisabled(m: ResourceView): boolean {
  if (knownEnum(m, 'params.publicNetworkAccess', 'Disabled')) return true;
  return !avmPassed(m, 'publicNetworkAccess') && avmPassed(m, 'privateEndpoints') && !avmPassed(m, 'networkAcls');
}

export default propertyRule({
  id: 'kv-firewall',
  description: "Key Vaults with a public endpoint should set networkAcls.defaultAction to 'Deny'.",
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.KeyVault.Firewall', 'CKV_AZURE_109', 'ASB-NS-2'],
  resourceTypes: [KEY_VAULTS],
  when: (kv) => publicAccessOpen(kv),
  path: 'properties.networkAcls.defaultAction',
  insecure: ['Allow'],
  absent: 'insecure',
  secureValue: "'Deny'",
  message: "Key Vault {{resource}} lets every network in (networkAcls.defaultAction is {{value}}); set defaultAction to 'Deny' with bypass 'AzureServices' and explicit ipRules / virtualNetworkRules.",
  absentMessage: "Key Vault {{resource}} does not set networkAcls.defaultAction, so every network is let in (the default is 'Allow'); set defaultAction: 'Deny', or disable public network access.",
  avm: {
    module: AVM_KEY_VAULT,
    param: 'networkAcls.defaultAction',
    insecure: (v, m) => sameEnum(v, 'Allow') && !avmPublicDisabled(m),
    secureValue: "'Deny'",
    // without networkAcls (or without defaultAction) the module leaves the vault's default 'Allow'
    absent: (m) => (avmPublicDisabled(m) ? 'secure' : 'insecure'),
  },
});
