/**
 * aml-deployment-egress: managed online deployments should not reach the internet (legacy
 * network isolation), unless the workspace's managed virtual network governs egress.
 */
import { propertyRule, sameEnum } from './support';
import { ML_ONLINE_DEPLOYMENTS, hasManagedNetwork, parentWorkspace } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-deployment-egress',
  description: 'Azure Machine Learning managed online deployments should disable public egress.',
  category: 'network',
  severity: 'warning',
  tags: ['ASB-NS-1'],
  resourceTypes: [ML_ONLINE_DEPLOYMENTS],
  // Kubernetes deployments have no such setting
  when: (d) => !sameEnum(d.value('kind'), 'Kubernetes') && !sameEnum(d.value('properties.endpointComputeType'), 'Kubernetes'),
  path: 'properties.egressPublicNetworkAccess',
  // with a workspace managed virtual network the flag is not used
  insecure: (v, d) => sameEnum(v, 'Enabled') && hasManagedNetwork(parentWorkspace(d)) !== true,
  // absence is flagged only when the workspace is declared in the file without a managed network
  absent: (d) => (hasManagedNetwork(parentWorkspace(d)) === false ? 'insecure' : 'secure'),
  secureValue: "'Disabled'",
  message: "Deployment {{resource}} can send data to any internet destination (egressPublicNetworkAccess is {{value}}); set it to 'Disabled' or use a workspace managed virtual network.",
  absentMessage: "Deployment {{resource}} can send data to any internet destination (egressPublicNetworkAccess defaults to 'Enabled' and its workspace has no managed virtual network); set it to 'Disabled'.",
});
