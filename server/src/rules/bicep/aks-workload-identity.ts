/**
 * aks-workload-identity: pods calling Azure OpenAI, Storage or Key Vault should use workload
 * identity (federated tokens), which needs the OIDC issuer.
 */
import { multiPropertyRule } from './parts/multiProperty';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

const notTrue = (v: unknown) => v === false || v === 'false';

export default multiPropertyRule({
  id: 'aks-workload-identity',
  description: 'AKS clusters should enable workload identity and the OIDC issuer.',
  category: 'identity',
  severity: 'warning',
  tags: ['ASB-IM-3'],
  resourceTypes: [MANAGED_CLUSTERS],
  checks: [
    { path: 'properties.oidcIssuerProfile.enabled', insecure: notTrue, absent: 'insecure', valueText: 'true' },
    { path: 'properties.securityProfile.workloadIdentity.enabled', insecure: notTrue, absent: 'insecure', valueText: 'true' },
  ],
  message: 'Cluster {{resource}} cannot give pods a Microsoft Entra ID workload identity ({{problems}}), so workloads calling Azure OpenAI, Storage or Key Vault need keys in Kubernetes secrets; enable oidcIssuerProfile and securityProfile.workloadIdentity.',
  fixTitle: 'Enable workload identity and the OIDC issuer',
  avm: {
    module: AVM_AKS,
    checks: [
      { path: 'params.enableOidcIssuerProfile', insecure: notTrue, absent: 'insecure', valueText: 'true' },
      { path: 'params.securityProfile.workloadIdentity.enabled', insecure: notTrue, absent: 'insecure', valueText: 'true' },
    ],
  },
});
