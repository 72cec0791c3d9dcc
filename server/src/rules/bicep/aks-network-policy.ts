/**
 * aks-network-policy: without a network policy engine every pod can reach every other pod
 * (and the model servers) in the cluster.
 */
import { propertyRule, sameEnum } from './support';
import type { ResourceView } from './support';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

const cilium = (c: ResourceView) => sameEnum(c.value(c.module ? 'params.networkDataplane' : 'properties.networkProfile.networkDataplane'), 'cilium');

/** The engine that matches the cluster's network plugin. */
function engineFor(c: ResourceView): string {
  if (cilium(c)) return "'cilium'";
  if (sameEnum(c.value('properties.networkProfile.networkPlugin'), 'kubenet')) return "'calico'";
  return "'azure'";
}

export default propertyRule({
  id: 'aks-network-policy',
  description: 'AKS clusters should enable a network policy engine (azure, calico or cilium).',
  category: 'network',
  severity: 'warning',
  tags: ['PSRule:Azure.AKS.NetworkPolicy', 'CKV_AZURE_7', 'ASB-NS-1'],
  resourceTypes: [MANAGED_CLUSTERS],
  path: 'properties.networkProfile.networkPolicy',
  insecure: ['none'],
  // Azure CNI powered by Cilium enforces policies with cilium
  absent: (c) => (cilium(c) ? 'secure' : 'insecure'),
  secureValue: engineFor,
  message: 'Cluster {{resource}} has no network policy engine (networkPolicy is {{value}}), so Kubernetes NetworkPolicies are ignored and every pod can reach every other pod; use azure, calico or cilium.',
  absentMessage: 'Cluster {{resource}} does not set networkProfile.networkPolicy, so Kubernetes NetworkPolicies are ignored and every pod can reach every other pod; set networkPolicy (azure, calico or cilium).',
  avm: { module: AVM_AKS, param: 'networkPolicy', insecure: ['none'], absent: (m) => (cilium(m) ? 'secure' : 'insecure') },
});
