/**
 * aml-ws-user-assigned-identity: workspaces should run as a user-assigned managed identity
 * (set as the primary identity), which survives workspace re-creation and can be granted
 * access to storage, Key Vault and the registry before the workspace exists.
 */
import { propertyRule } from './support';
import { ML_WORKSPACES } from './parts/amlCommon';

function hasUserAssigned(v: unknown): boolean {
  return typeof v === 'string' && v.toLowerCase().includes('userassigned');
}

export default propertyRule({
  id: 'aml-ws-user-assigned-identity',
  description: 'Azure Machine Learning workspaces should use a user-assigned managed identity as their primary identity.',
  category: 'identity',
  severity: 'warning',
  tags: ['PSRule:Azure.ML.UserManagedIdentity', 'ASB-IM-3'],
  resourceTypes: [ML_WORKSPACES],
  // with a user-assigned identity, the primary one must be named; otherwise the identity type is the problem
  path: (ws) => (hasUserAssigned(ws.value('identity.type')) ? 'properties.primaryUserAssignedIdentity' : 'identity.type'),
  insecure: (v, ws) => (hasUserAssigned(ws.value('identity.type')) ? v === '' : !hasUserAssigned(v)),
  absent: 'insecure',
  message: "Workspace {{resource}} does not run as a user-assigned managed identity ({{property}} is {{value}}); use identity type 'UserAssigned' and set properties.primaryUserAssignedIdentity.",
  absentMessage: "Workspace {{resource}} does not set {{path}}, so it does not run as a user-assigned managed identity; use identity type 'UserAssigned' with properties.primaryUserAssignedIdentity.",
});
