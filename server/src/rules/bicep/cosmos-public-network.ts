/**
 * cosmos-public-network: Cosmos DB accounts that hold chat history, embeddings or documents
 * for retrieval should not be reachable from the public internet.
 */
import { propertyRule } from './support';
import { AVM_COSMOS, COSMOS, offerPrivateEndpoint } from './parts/paasCommon';

export default offerPrivateEndpoint(
  propertyRule({
    id: 'cosmos-public-network',
    description: 'Cosmos DB accounts should disable public network access.',
    category: 'network',
    severity: 'error',
    tags: ['PSRule:Azure.Cosmos.PublicAccess', 'CKV_AZURE_101', 'ASB-NS-2'],
    resourceTypes: [COSMOS],
    path: 'properties.publicNetworkAccess',
    insecure: ['Enabled'],
    absent: 'insecure',
    secureValue: "'Disabled'",
    message: "Cosmos DB account {{resource}} allows public network access (publicNetworkAccess is {{value}}); set it to 'Disabled' and connect through a private endpoint.",
    absentMessage: "Cosmos DB account {{resource}} does not set publicNetworkAccess, so it is reachable from the public internet (the default is 'Enabled').",
    avm: { module: AVM_COSMOS, param: 'networkRestrictions.publicNetworkAccess' },
  }),
);
