/**
 * Shared facts for the diagnostic settings rules (not a rule: camelCase file).
 */
import type { BicepValue } from '../../../languages/bicep';

/** AI-relevant resource types whose audit logs matter (lower-cased), with a label. */
export const DIAG_TYPES: Readonly<Record<string, string>> = {
  'microsoft.machinelearningservices/workspaces': 'Azure Machine Learning workspace',
  'microsoft.cognitiveservices/accounts': 'Azure AI services account',
  'microsoft.search/searchservices': 'Azure AI Search service',
  'microsoft.keyvault/vaults': 'Key vault',
  'microsoft.containerregistry/registries': 'Container registry',
  'microsoft.containerservice/managedclusters': 'AKS cluster',
  'microsoft.documentdb/databaseaccounts': 'Cosmos DB account',
  'microsoft.datafactory/factories': 'Data factory',
  'microsoft.web/sites': 'App Service app',
};

/** AVM modules of those types (they take a `diagnosticSettings` param). */
export const DIAG_AVM: Readonly<Record<string, string>> = {
  'avm/res/machine-learning-services/workspace': 'Azure Machine Learning workspace',
  'avm/res/cognitive-services/account': 'Azure AI services account',
  'avm/res/search/search-service': 'Azure AI Search service',
  'avm/res/key-vault/vault': 'Key vault',
  'avm/res/container-registry/registry': 'Container registry',
  'avm/res/container-service/managed-cluster': 'AKS cluster',
  'avm/res/document-db/database-account': 'Cosmos DB account',
  'avm/res/data-factory/factory': 'Data factory',
  'avm/res/web/site': 'App Service app',
};

/** Child types whose diagnostic settings carry logs as well (storage services). */
export const DIAG_LOG_TYPES = new Set([
  ...Object.keys(DIAG_TYPES),
  'microsoft.storage/storageaccounts/blobservices',
  'microsoft.storage/storageaccounts/fileservices',
  'microsoft.storage/storageaccounts/queueservices',
  'microsoft.storage/storageaccounts/tableservices',
  'microsoft.machinelearningservices/registries',
  'microsoft.sql/servers/databases',
]);

function field(v: BicepValue, key: string): BicepValue | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as { readonly [k: string]: BicepValue };
  for (const k of Object.keys(o)) if (k.toLowerCase() === key.toLowerCase()) return o[k];
  return undefined;
}

/** A log entry that sends audit events: `categoryGroup` audit/allLogs, or an audit category, not disabled. */
export function isAuditEntry(entry: BicepValue, enabledDefault = false): boolean {
  const enabled = field(entry, 'enabled');
  if (enabled === false || enabled === 'false' || (enabled === undefined && !enabledDefault)) return false;
  const group = field(entry, 'categoryGroup');
  if (typeof group === 'string' && /^(audit|alllogs)$/i.test(group)) return true;
  const cat = field(entry, 'category');
  return typeof cat === 'string' && /audit/i.test(cat);
}
