/**
 * acr-content-trust: signed images (content trust) let consumers verify who published an
 * inference image.
 */
import { propertyRule } from './support';
import { AVM_REGISTRY, REGISTRIES, premiumRegistry } from './parts/platform';

export default propertyRule({
  id: 'acr-content-trust',
  description: 'Premium container registries should enable content trust for signed images.',
  category: 'supply-chain',
  severity: 'info',
  tags: ['PSRule:Azure.ACR.ContentTrust'],
  resourceTypes: [REGISTRIES],
  when: premiumRegistry,
  path: 'properties.policies.trustPolicy.status',
  insecure: ['disabled'],
  absent: 'insecure',
  secureValue: "'enabled'",
  message: "Registry {{resource}} does not enforce signed images (trustPolicy.status is {{value}}); set it to 'enabled' (or sign with Notation and verify at deployment).",
  absentMessage: "Registry {{resource}} does not set policies.trustPolicy.status, so images are not signed (the default is 'disabled'); enable content trust, or sign with Notation and verify at deployment.",
  // the AVM module's trustPolicyStatus default is 'disabled'
  avm: { module: AVM_REGISTRY, param: 'trustPolicyStatus', absent: (m) => (premiumRegistry(m) ? 'insecure' : 'secure') },
});
