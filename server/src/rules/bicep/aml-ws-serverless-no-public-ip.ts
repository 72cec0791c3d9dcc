/**
 * aml-ws-serverless-no-public-ip: serverless compute nodes of a workspace should not get
 * public IP addresses.
 */
import { propertyRule } from './support';
import { AVM_ML_WORKSPACE, ML_WORKSPACES, insecureUnlessProject } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-ws-serverless-no-public-ip',
  description: 'Azure Machine Learning workspaces should deploy serverless compute without public IP addresses.',
  category: 'network',
  severity: 'warning',
  tags: ['ASB-NS-2'],
  resourceTypes: [ML_WORKSPACES],
  path: 'properties.serverlessComputeSettings.serverlessComputeNoPublicIP',
  insecure: [false],
  absent: insecureUnlessProject,
  secureValue: 'true',
  message: 'Workspace {{resource}} gives serverless compute nodes public IP addresses (serverlessComputeNoPublicIP is {{value}}); set it to true.',
  absentMessage: 'Workspace {{resource}} does not set serverlessComputeSettings.serverlessComputeNoPublicIP, so serverless compute nodes get public IP addresses; set it to true.',
  avm: { module: AVM_ML_WORKSPACE, param: 'serverlessComputeSettings.serverlessComputeNoPublicIP', absent: insecureUnlessProject },
});
