/**
 * aks-managed-identity: clusters should use a managed identity, not a service principal whose
 * secret is passed in the template and expires.
 */
import { propertyRule, sameEnum } from './support';
import { AVM_AKS, AVM_SYSTEM_IDENTITY, MANAGED_CLUSTERS, avmNoIdentity, avmPassed } from './parts/platform';

export default propertyRule({
  id: 'aks-managed-identity',
  description: 'AKS clusters should use a managed identity instead of a service principal.',
  category: 'identity',
  severity: 'warning',
  tags: ['PSRule:Azure.AKS.ManagedIdentity', 'ASB-IM-3'],
  resourceTypes: [MANAGED_CLUSTERS],
  path: 'identity.type',
  insecure: ['None'],
  // servicePrincipalProfile.clientId 'msi' also means a managed identity
  absent: (c) => (sameEnum(c.value('properties.servicePrincipalProfile.clientId'), 'msi') ? 'secure' : 'insecure'),
  secureValue: "'SystemAssigned'",
  fixTitle: 'Add a system-assigned managed identity',
  message: "Cluster {{resource}} has no managed identity ({{property}} is {{value}}), so it runs as a service principal whose secret is stored in the deployment and expires; use 'SystemAssigned' or 'UserAssigned'.",
  absentMessage: "Cluster {{resource}} has no managed identity, so it runs as a service principal whose secret is stored in the deployment and expires; add identity: { type: 'SystemAssigned' } and remove servicePrincipalProfile.",
  avm: { module: AVM_AKS, param: 'managedIdentities', insecure: (v, m) => avmNoIdentity(v, m) && avmPassed(m, 'aksServicePrincipalProfile'), absent: (m) => (avmPassed(m, 'aksServicePrincipalProfile') ? 'insecure' : 'secure'), secureValue: AVM_SYSTEM_IDENTITY },
});
