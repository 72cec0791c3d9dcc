/**
 * aks-rbac: Kubernetes RBAC should be on.
 */
import { propertyRule } from './support';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

export default propertyRule({
  id: 'aks-rbac',
  description: 'AKS clusters should enable Kubernetes RBAC.',
  category: 'identity',
  severity: 'error',
  tags: ['PSRule:Azure.AKS.UseRBAC', 'CKV_AZURE_5', 'TA-000024'],
  resourceTypes: [MANAGED_CLUSTERS],
  path: 'properties.enableRBAC',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Cluster {{resource}} disables Kubernetes RBAC (enableRBAC is {{value}}), so every authenticated user and pod service account can do anything; set it to true.',
  absentMessage: 'Cluster {{resource}} does not set enableRBAC; set enableRBAC: true explicitly so that Kubernetes RBAC is guaranteed (it cannot be changed after creation).',
  avm: { module: AVM_AKS, param: 'enableRBAC' },
});
