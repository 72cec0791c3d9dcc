/**
 * stg-firewall-default: a Storage account whose public endpoint is on should deny by default
 * and admit only listed networks and trusted services.
 */
import { propertyRule, sameEnum } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS, knownEnum, publicAccessOpen } from './parts/platform';

export default propertyRule({
  id: 'stg-firewall-default',
  description: "Storage accounts with a public endpoint should set networkAcls.defaultAction to 'Deny'.",
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.Storage.Firewall', 'CKV_AZURE_35', 'ASB-NS-2'],
  resourceTypes: [STORAGE_ACCOUNTS],
  when: (sa) => publicAccessOpen(sa),
  path: 'properties.networkAcls.defaultAction',
  insecure: ['Allow'],
  absent: 'insecure',
  secureValue: "'Deny'",
  message: "Storage account {{resource}} lets every network in (networkAcls.defaultAction is {{value}}); set defaultAction to 'Deny' with bypass 'AzureServices' and explicit ipRules / virtualNetworkRules.",
  absentMessage: "Storage account {{resource}} does not set networkAcls.defaultAction, so every network is let in (the default is 'Allow'); set defaultAction: 'Deny' with explicit ipRules / virtualNetworkRules, or disable public network access.",
  // the AVM module denies by default
  avm: { module: AVM_STORAGE, param: 'networkAcls.defaultAction', insecure: (v, m) => sameEnum(v, 'Allow') && !knownEnum(m, 'params.publicNetworkAccess', 'Disabled'), secureValue: "'Deny'" },
});
