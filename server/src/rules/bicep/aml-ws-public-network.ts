/**
 * aml-ws-public-network: Azure ML / AI Foundry hub and project workspaces should not be
 * reachable from the public internet.
 */
import { propertyRule } from './support';
import { AVM_ML_WORKSPACE, ML_WORKSPACES, insecureUnlessProject } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-ws-public-network',
  description: 'Azure Machine Learning and AI Foundry workspaces should disable public network access.',
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.ML.PublicAccess', 'CKV2_AZURE_49', 'ASB-NS-2'],
  resourceTypes: [ML_WORKSPACES],
  path: 'properties.publicNetworkAccess',
  insecure: ['Enabled'],
  // a project of a hub inherits the hub's network isolation when it does not set its own
  absent: insecureUnlessProject,
  secureValue: "'Disabled'",
  message: 'Workspace {{resource}} allows public network access (publicNetworkAccess is {{value}}); set it to \'Disabled\' and reach the workspace through a private endpoint.',
  absentMessage: "Workspace {{resource}} does not set publicNetworkAccess, so it is reachable from the public internet (the default is 'Enabled').",
  avm: { module: AVM_ML_WORKSPACE, param: 'publicNetworkAccess' },
});
