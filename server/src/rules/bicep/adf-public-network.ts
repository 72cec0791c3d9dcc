/**
 * adf-public-network: Data Factory instances that move data into RAG indexes and training
 * stores should not expose their authoring and integration endpoints publicly.
 */
import { propertyRule } from './support';
import { AVM_DATA_FACTORY, DATA_FACTORIES, offerPrivateEndpoint } from './parts/paasCommon';

export default offerPrivateEndpoint(
  propertyRule({
    id: 'adf-public-network',
    description: 'Data factories should disable public network access.',
    category: 'network',
    severity: 'error',
    tags: ['CKV_AZURE_104', 'ASB-NS-2'],
    resourceTypes: [DATA_FACTORIES],
    path: 'properties.publicNetworkAccess',
    insecure: ['Enabled'],
    absent: 'insecure',
    secureValue: "'Disabled'",
    message: "Data factory {{resource}} allows public network access (publicNetworkAccess is {{value}}); set it to 'Disabled' and use private endpoints (group ids dataFactory and portal).",
    absentMessage: "Data factory {{resource}} does not set publicNetworkAccess, so it is reachable from the public internet (the default is 'Enabled').",
    avm: { module: AVM_DATA_FACTORY, param: 'publicNetworkAccess' },
  }),
);
