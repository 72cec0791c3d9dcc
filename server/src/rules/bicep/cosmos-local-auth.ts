/**
 * cosmos-local-auth: Cosmos DB accounts should refuse account keys and resource tokens and
 * accept Microsoft Entra ID identities only (NoSQL, Table and Gremlin APIs).
 */
import { propertyRule } from './support';
import { AVM_COSMOS, COSMOS, cosmosEntraCapable } from './parts/paasCommon';

export default propertyRule({
  id: 'cosmos-local-auth',
  description: 'Cosmos DB accounts should disable key-based (local) authentication and use Microsoft Entra ID.',
  category: 'identity',
  severity: 'error',
  tags: ['PSRule:Azure.Cosmos.NoSQLLocalAuth', 'CKV_AZURE_140', 'ASB-IM-1'],
  resourceTypes: [COSMOS],
  // MongoDB (RU) and Cassandra accounts have no Entra ID data plane to fall back on
  when: cosmosEntraCapable,
  path: 'properties.disableLocalAuth',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Cosmos DB account {{resource}} accepts account keys (disableLocalAuth is {{value}}); set it to true so that only Microsoft Entra ID identities with data-plane roles can read and write data.',
  absentMessage: 'Cosmos DB account {{resource}} does not set disableLocalAuth, so anyone holding an account key can read and write all data; set disableLocalAuth: true and grant Cosmos DB data-plane roles instead.',
  avm: { module: AVM_COSMOS, param: 'disableLocalAuthentication' },
});
