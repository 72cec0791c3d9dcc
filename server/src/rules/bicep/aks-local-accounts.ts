/**
 * aks-local-accounts: the local cluster-admin kubeconfig bypasses Microsoft Entra ID and
 * Kubernetes RBAC auditing.
 */
import { propertyRule } from './support';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

export default propertyRule({
  id: 'aks-local-accounts',
  description: 'AKS clusters should disable local accounts.',
  category: 'identity',
  severity: 'error',
  tags: ['PSRule:Azure.AKS.LocalAccounts', 'CKV_AZURE_141', 'ASB-IM-1'],
  resourceTypes: [MANAGED_CLUSTERS],
  path: 'properties.disableLocalAccounts',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Cluster {{resource}} keeps local accounts (disableLocalAccounts is {{value}}), so anyone with the listClusterAdminCredential permission gets a static cluster-admin kubeconfig; set it to true (requires Microsoft Entra ID integration).',
  absentMessage: 'Cluster {{resource}} does not set disableLocalAccounts, so a static cluster-admin kubeconfig can be downloaded; set disableLocalAccounts: true (requires Microsoft Entra ID integration).',
  avm: { module: AVM_AKS, param: 'disableLocalAccounts' },
});
