/**
 * aks-defender: the Defender sensor collects runtime security events from the nodes.
 */
import { propertyRule } from './support';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

export default propertyRule({
  id: 'aks-defender',
  description: 'AKS clusters should enable the Microsoft Defender security monitoring profile.',
  category: 'governance',
  severity: 'warning',
  tags: ['PSRule:Azure.AKS.DefenderProfile', 'ASB-LT-1'],
  resourceTypes: [MANAGED_CLUSTERS],
  path: 'properties.securityProfile.defender.securityMonitoring.enabled',
  insecure: [false],
  absent: 'insecure',
  message: 'Cluster {{resource}} turns the Defender sensor off (securityMonitoring.enabled is {{value}}), so runtime threats on the nodes go undetected; enable it with a logAnalyticsWorkspaceResourceId.',
  absentMessage: 'Cluster {{resource}} has no Defender security monitoring profile, so runtime threats on the nodes go undetected; set securityProfile.defender with securityMonitoring.enabled: true and a logAnalyticsWorkspaceResourceId.',
  avm: { module: AVM_AKS, param: 'securityProfile.defender.securityMonitoring.enabled', absent: 'insecure' },
});
