/**
 * aks-secrets-store-csi: pods should mount Key Vault secrets through the Secrets Store CSI
 * driver (with rotation) instead of Kubernetes secrets created from templates.
 */
import type { BicepValue } from '../../languages/bicep';
import { multiPropertyRule } from './parts/multiProperty';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

const notTrue = (v: BicepValue) => v === false || (typeof v === 'string' && v.toLowerCase() === 'false');

export default multiPropertyRule({
  id: 'aks-secrets-store-csi',
  description: 'AKS clusters should enable the Key Vault Secrets Store CSI driver with secret rotation.',
  category: 'secrets',
  severity: 'info',
  tags: ['PSRule:Azure.AKS.SecretStore', 'PSRule:Azure.AKS.SecretStoreRotation', 'CKV_AZURE_172'],
  resourceTypes: [MANAGED_CLUSTERS],
  checks: [
    { path: 'properties.addonProfiles.azureKeyvaultSecretsProvider.enabled', label: 'azureKeyvaultSecretsProvider.enabled', insecure: notTrue, absent: 'insecure', valueText: 'true' },
    { path: 'properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation', label: 'enableSecretRotation', insecure: notTrue, absent: 'insecure', valueText: "'true'" },
  ],
  message: 'Cluster {{resource}} does not mount Key Vault secrets with rotation ({{problems}}), so workloads fall back to static Kubernetes secrets; enable the azureKeyvaultSecretsProvider add-on with enableSecretRotation: \'true\'.',
  fixTitle: 'Enable the Key Vault Secrets Store CSI driver with rotation',
  avm: {
    module: AVM_AKS,
    checks: [
      { path: 'params.enableKeyvaultSecretsProvider', insecure: notTrue, absent: 'insecure', valueText: 'true' },
      { path: 'params.enableSecretRotation', insecure: notTrue, absent: 'insecure', valueText: 'true' },
    ],
  },
});
