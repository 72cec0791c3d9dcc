/**
 * srch-public-network: the AI Search service holding the RAG index should not answer on the
 * public internet.
 */
import { propertyRule } from './support';
import { AVM_SEARCH, SEARCH_SERVICES } from './parts/platform';

export default propertyRule({
  id: 'srch-public-network',
  description: 'Azure AI Search services should disable public network access.',
  category: 'network',
  severity: 'error',
  tags: ['ASB-NS-2'],
  resourceTypes: [SEARCH_SERVICES],
  path: 'properties.publicNetworkAccess',
  insecure: ['enabled'],
  absent: 'insecure',
  secureValue: "'disabled'",
  message: "Search service {{resource}} accepts traffic from the public internet (publicNetworkAccess is {{value}}); disable it and reach the index through a private endpoint.",
  absentMessage: "Search service {{resource}} does not set publicNetworkAccess, so the index is reachable from the public internet (the default is 'enabled').",
  // the AVM module's default is 'Enabled'
  avm: { module: AVM_SEARCH, param: 'publicNetworkAccess', absent: 'insecure', secureValue: "'Disabled'" },
});
