/**
 * cosmos-key-metadata-write: with account keys still allowed to change databases, containers
 * and throughput, a leaked key can rewrite or delete the account's structure.
 */
import { propertyRule } from './support';
import { AVM_COSMOS, COSMOS } from './parts/paasCommon';

export default propertyRule({
  id: 'cosmos-key-metadata-write',
  description: 'Cosmos DB accounts should block metadata changes (databases, containers, throughput) made with account keys.',
  category: 'identity',
  severity: 'warning',
  tags: ['PSRule:Azure.Cosmos.DisableMetadataWrite', 'CKV_AZURE_132'],
  resourceTypes: [COSMOS],
  path: 'properties.disableKeyBasedMetadataWriteAccess',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Cosmos DB account {{resource}} lets account keys create, change and delete databases and containers (disableKeyBasedMetadataWriteAccess is {{value}}); set it to true so that only Azure Resource Manager can change them.',
  absentMessage: 'Cosmos DB account {{resource}} does not set disableKeyBasedMetadataWriteAccess, so account keys can create, change and delete databases and containers; set it to true.',
  avm: { module: AVM_COSMOS, param: 'disableKeyBasedMetadataWriteAccess' },
});
