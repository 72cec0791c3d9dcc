/**
 * aml-endpoint-identity: online endpoints should have a managed identity so that deployments
 * pull images and models and reach other services without keys.
 */
import { propertyRule } from './support';
import { ML_ONLINE_ENDPOINTS } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-endpoint-identity',
  description: 'Azure Machine Learning online endpoints should use a managed identity.',
  category: 'identity',
  severity: 'warning',
  tags: ['ASB-IM-3'],
  resourceTypes: [ML_ONLINE_ENDPOINTS],
  path: 'identity.type',
  insecure: ['None'],
  absent: 'insecure',
  secureValue: "'SystemAssigned'",
  fixTitle: "Set identity type to 'SystemAssigned'",
  message: "Online endpoint {{resource}} has no managed identity (identity.type is {{value}}); use 'SystemAssigned' or 'UserAssigned' and grant it the roles its deployments need.",
  absentMessage: "Online endpoint {{resource}} has no managed identity; add identity: { type: 'SystemAssigned' } (or a user-assigned identity) and grant it the roles its deployments need.",
});
