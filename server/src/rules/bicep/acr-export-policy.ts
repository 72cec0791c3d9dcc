/**
 * acr-export-policy: a private registry should not let images be exported (imported into
 * another registry) — an exfiltration path around the network rules.
 */
import { propertyRule } from './support';
import { AVM_REGISTRY, REGISTRIES, knownEnum, premiumRegistry } from './parts/platform';

export default propertyRule({
  id: 'acr-export-policy',
  description: 'Private Premium container registries should disable the export policy.',
  category: 'network',
  severity: 'warning',
  tags: ['PSRule:Azure.ACR.ExportPolicy', 'ASB-DP-2'],
  resourceTypes: [REGISTRIES],
  // 'disabled' is only accepted once public network access is disabled
  when: (r) => premiumRegistry(r) && knownEnum(r, 'properties.publicNetworkAccess', 'Disabled'),
  path: 'properties.policies.exportPolicy.status',
  insecure: ['enabled'],
  absent: 'insecure',
  secureValue: "'disabled'",
  message: "Private registry {{resource}} still lets its images be exported to other registries (exportPolicy.status is {{value}}); set it to 'disabled'.",
  absentMessage: "Private registry {{resource}} does not set policies.exportPolicy.status, so its images can be exported to other registries (the default is 'enabled'); set it to 'disabled'.",
  avm: { module: AVM_REGISTRY, param: 'exportPolicyStatus' },
});
