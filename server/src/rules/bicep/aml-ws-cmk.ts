/**
 * aml-ws-cmk: workspaces holding regulated data should encrypt their service-side data with a
 * customer-managed key.
 */
import { propertyRule } from './support';
import { AVM_ML_WORKSPACE, ML_WORKSPACES, insecureUnlessProject } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-ws-cmk',
  description: 'Azure Machine Learning workspaces should encrypt their data with a customer-managed key.',
  category: 'encryption',
  severity: 'info',
  tags: ['ASB-DP-5'],
  resourceTypes: [ML_WORKSPACES],
  path: 'properties.encryption.status',
  insecure: ['Disabled'],
  absent: insecureUnlessProject,
  message: "Workspace {{resource}} turns customer-managed key encryption off (encryption.status is {{value}}); set status: 'Enabled' with a Key Vault key if the workspace handles regulated data.",
  absentMessage: 'Workspace {{resource}} uses Microsoft-managed keys (no encryption block); add encryption with a Key Vault key and a user-assigned identity if the workspace handles regulated data.',
  avm: { module: AVM_ML_WORKSPACE, param: 'customerManagedKey', insecure: () => false, absent: insecureUnlessProject },
});
