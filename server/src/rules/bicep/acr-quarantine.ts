/**
 * acr-quarantine: with the quarantine policy, pushed images stay unavailable until a scanner
 * marks them as passed.
 */
import { propertyRule } from './support';
import { AVM_REGISTRY, REGISTRIES, premiumRegistry } from './parts/platform';

export default propertyRule({
  id: 'acr-quarantine',
  description: 'Premium container registries should quarantine pushed images until they are scanned.',
  category: 'supply-chain',
  severity: 'info',
  tags: ['PSRule:Azure.ACR.Quarantine', 'CKV_AZURE_166'],
  resourceTypes: [REGISTRIES],
  when: premiumRegistry,
  path: 'properties.policies.quarantinePolicy.status',
  insecure: ['disabled'],
  absent: 'insecure',
  secureValue: "'enabled'",
  message: "Registry {{resource}} serves images as soon as they are pushed (quarantinePolicy.status is {{value}}); set it to 'enabled' so that only scanned images can be pulled.",
  absentMessage: "Registry {{resource}} does not set policies.quarantinePolicy.status, so images are served before any scan (the default is 'disabled'); set it to 'enabled'.",
  // the AVM module's quarantinePolicyStatus default is 'disabled'
  avm: { module: AVM_REGISTRY, param: 'quarantinePolicyStatus', absent: (m) => (premiumRegistry(m) ? 'insecure' : 'secure') },
});
