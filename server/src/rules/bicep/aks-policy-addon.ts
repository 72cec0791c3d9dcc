/**
 * aks-policy-addon: the Azure Policy add-on enforces pod security and image policies at
 * admission.
 */
import { propertyRule } from './support';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

export default propertyRule({
  id: 'aks-policy-addon',
  description: 'AKS clusters should enable the Azure Policy add-on.',
  category: 'governance',
  severity: 'info',
  tags: ['PSRule:Azure.AKS.AzurePolicyAddOn'],
  resourceTypes: [MANAGED_CLUSTERS],
  path: 'properties.addonProfiles.azurepolicy.enabled',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Cluster {{resource}} disables the Azure Policy add-on (azurepolicy.enabled is {{value}}), so pod security and allowed-image policies are not enforced at admission; set it to true.',
  absentMessage: 'Cluster {{resource}} does not enable the Azure Policy add-on, so pod security and allowed-image policies are not enforced at admission; set addonProfiles.azurepolicy.enabled: true.',
  avm: { module: AVM_AKS, param: 'azurePolicyEnabled' },
});
