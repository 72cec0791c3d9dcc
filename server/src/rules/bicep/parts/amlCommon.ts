/**
 * Shared facts for the Azure ML / AI Foundry Bicep rules (not a rule: camelCase file).
 */
import type { ResourceSymbol } from '../../../languages/bicep';
import { propertyState, sameEnum } from '../support';
import type { AbsentVerdict, ResourceView } from '../support';

export const ML_WORKSPACES = 'Microsoft.MachineLearningServices/workspaces';
export const ML_COMPUTES = 'Microsoft.MachineLearningServices/workspaces/computes';
export const ML_ONLINE_ENDPOINTS = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';
export const ML_BATCH_ENDPOINTS = 'Microsoft.MachineLearningServices/workspaces/batchEndpoints';
export const ML_ONLINE_DEPLOYMENTS = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments';
export const ML_REGISTRIES = 'Microsoft.MachineLearningServices/registries';
export const ML_DATASTORES = 'Microsoft.MachineLearningServices/workspaces/datastores';
export const CONNECTION_TYPES = [
  'Microsoft.MachineLearningServices/workspaces/connections',
  'Microsoft.CognitiveServices/accounts/connections',
  'Microsoft.CognitiveServices/accounts/projects/connections',
] as const;
export const AVM_ML_WORKSPACE = 'avm/res/machine-learning-services/workspace';
export const AVM_ML_REGISTRY = 'avm/res/machine-learning-services/registry';

/** The workspace `kind` (resource body `kind`, or the AVM module's `kind` param). */
export function workspaceKind(ws: ResourceView): string | undefined {
  const v = ws.module ? ws.value('params.kind') : ws.value('kind');
  return typeof v === 'string' ? v : undefined;
}

/**
 * Absence is insecure except on a hub's project (`kind: 'Project'`), which inherits the hub's
 * network, identity-access and compute settings when it does not set its own.
 */
export function insecureUnlessProject(ws: ResourceView): AbsentVerdict {
  return sameEnum(workspaceKind(ws), 'Project') ? 'secure' : 'insecure';
}

/** The compute type of a `workspaces/computes` resource, when known. */
export function computeType(c: ResourceView): string | undefined {
  const v = c.value('properties.computeType');
  return typeof v === 'string' ? v : undefined;
}

export function isComputeInstance(c: ResourceView): boolean {
  return sameEnum(computeType(c), 'ComputeInstance');
}

export function isAmlCompute(c: ResourceView): boolean {
  return sameEnum(computeType(c), 'AmlCompute');
}

/** Authentication types of connections that carry a secret. */
export const SECRET_AUTH_TYPES = ['ApiKey', 'AccessKey', 'AccountKey', 'CustomKeys', 'PAT', 'SAS', 'UsernamePassword', 'ServicePrincipal', 'OAuth2'] as const;

/** The workspace a child resource (compute, endpoint, deployment…) belongs to, when declared in the same file. */
export function parentWorkspace(child: ResourceView): ResourceSymbol | undefined {
  let r = child.resource?.parent;
  for (let i = 0; r && i < 5; i++, r = r.parent) {
    if (r.typeLower === ML_WORKSPACES.toLowerCase()) return r;
  }
  return undefined;
}

/**
 * Whether a workspace uses a managed virtual network: true / false when known, undefined when
 * the workspace is not declared in the file, is `existing`, or the value is unknown.
 */
export function hasManagedNetwork(ws: ResourceSymbol | undefined): boolean | undefined {
  if (!ws || ws.existing) return undefined;
  const s = propertyState(ws, 'properties.managedNetwork.isolationMode');
  if (s.kind === 'absent') return false;
  if (s.kind !== 'values' || s.incomplete) return undefined;
  const managed = s.options.map((o) => sameEnum(o.value, 'AllowInternetOutbound') || sameEnum(o.value, 'AllowOnlyApprovedOutbound'));
  if (managed.every((m) => m)) return true;
  if (managed.every((m) => !m)) return false;
  return undefined;
}
