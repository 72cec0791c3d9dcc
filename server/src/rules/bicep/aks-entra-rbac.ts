/**
 * aks-entra-rbac: clusters should use the managed Microsoft Entra ID integration and Azure
 * RBAC for Kubernetes authorization.
 */
import { multiPropertyRule } from './parts/multiProperty';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

const notTrue = (v: unknown) => v === false || v === 'false';

export default multiPropertyRule({
  id: 'aks-entra-rbac',
  description: 'AKS clusters should use the managed Microsoft Entra ID integration with Azure RBAC for Kubernetes authorization.',
  category: 'identity',
  severity: 'warning',
  tags: ['PSRule:Azure.AKS.ManagedAAD', 'PSRule:Azure.AKS.AzureRBAC', 'ASB-IM-1'],
  resourceTypes: [MANAGED_CLUSTERS],
  checks: [
    { path: 'properties.aadProfile.managed', insecure: notTrue, absent: 'insecure', valueText: 'true' },
    { path: 'properties.aadProfile.enableAzureRBAC', insecure: notTrue, absent: 'insecure', valueText: 'true' },
  ],
  message: 'Cluster {{resource}} does not authorize with Microsoft Entra ID and Azure RBAC ({{problems}}), so Kubernetes access is managed outside Entra ID (no Conditional Access, no PIM); set aadProfile: { managed: true, enableAzureRBAC: true }.',
  fixTitle: 'Enable managed Microsoft Entra ID integration with Azure RBAC',
  avm: {
    module: AVM_AKS,
    checks: [
      { path: 'params.aadProfile.managed', insecure: notTrue, absent: 'insecure', valueText: 'true' },
      { path: 'params.aadProfile.enableAzureRBAC', insecure: notTrue, absent: 'insecure', valueText: 'true' },
    ],
  },
});
