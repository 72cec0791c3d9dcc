/**
 * aml-ws-managed-network: workspaces should run their computes in a managed virtual network
 * that only allows approved outbound destinations (the data-exfiltration control).
 */
import { propertyRule } from './support';
import { AVM_ML_WORKSPACE, ML_WORKSPACES, insecureUnlessProject } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-ws-managed-network',
  description: "Azure Machine Learning and AI Foundry workspaces should use a managed virtual network with isolationMode 'AllowOnlyApprovedOutbound'.",
  category: 'network',
  severity: 'error',
  tags: ['CKV_AZURE_243', 'ASB-NS-1'],
  resourceTypes: [ML_WORKSPACES],
  path: 'properties.managedNetwork.isolationMode',
  insecure: ['Disabled', 'AllowInternetOutbound'],
  absent: insecureUnlessProject,
  secureValue: "'AllowOnlyApprovedOutbound'",
  message: "Workspace {{resource}} sets managedNetwork.isolationMode to {{value}}, so its computes can send data to any internet destination; use 'AllowOnlyApprovedOutbound' with explicit outbound rules.",
  absentMessage: "Workspace {{resource}} has no managed virtual network (managedNetwork.isolationMode defaults to 'Disabled'), so its computes can send data to any internet destination; set isolationMode: 'AllowOnlyApprovedOutbound'.",
  avm: { module: AVM_ML_WORKSPACE, param: 'managedNetworkSettings.isolationMode', absent: insecureUnlessProject },
});
