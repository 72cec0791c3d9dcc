/**
 * aml-ws-datastore-auth: the workspace's system datastores should reach storage with the
 * workspace identity, not the storage account key.
 */
import { propertyRule } from './support';
import { AVM_ML_WORKSPACE, ML_WORKSPACES, insecureUnlessProject } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-ws-datastore-auth',
  description: "Azure Machine Learning workspaces should set systemDatastoresAuthMode to 'Identity' instead of using storage account keys.",
  category: 'identity',
  severity: 'error',
  tags: ['ASB-IM-1'],
  resourceTypes: [ML_WORKSPACES],
  path: 'properties.systemDatastoresAuthMode',
  insecure: ['AccessKey'],
  absent: insecureUnlessProject,
  secureValue: "'Identity'",
  message: "Workspace {{resource}} reaches its default storage with the account key (systemDatastoresAuthMode is {{value}}); set it to 'Identity' so that shared-key access can be disabled on the storage account.",
  absentMessage: "Workspace {{resource}} does not set systemDatastoresAuthMode, so its system datastores use the storage account key; set it to 'Identity' so that shared-key access can be disabled on the storage account.",
  avm: { module: AVM_ML_WORKSPACE, param: 'systemDatastoresAuthMode', absent: insecureUnlessProject },
});
