/**
 * srch-managed-identity: AI Search needs a managed identity for indexers, skillsets and
 * integrated vectorization against Azure OpenAI and Storage without keys.
 */
import { propertyRule } from './support';
import { AVM_SEARCH, AVM_SYSTEM_IDENTITY, SEARCH_SERVICES, avmNoIdentity } from './parts/platform';

export default propertyRule({
  id: 'srch-managed-identity',
  description: 'Azure AI Search services should have a managed identity.',
  category: 'identity',
  severity: 'warning',
  tags: ['PSRule:Azure.Search.ManagedIdentity', 'ASB-IM-3'],
  resourceTypes: [SEARCH_SERVICES],
  path: 'identity.type',
  insecure: ['None'],
  absent: 'insecure',
  secureValue: "'SystemAssigned'",
  fixTitle: 'Add a system-assigned managed identity',
  message: "Search service {{resource}} has no managed identity ({{property}} is {{value}}), so its indexers and vectorizers need keys or connection strings to reach Azure OpenAI and Storage; use 'SystemAssigned'.",
  absentMessage: "Search service {{resource}} has no managed identity, so its indexers and vectorizers need keys or connection strings to reach Azure OpenAI and Storage; add identity: { type: 'SystemAssigned' }.",
  avm: { module: AVM_SEARCH, param: 'managedIdentities', insecure: avmNoIdentity, absent: 'insecure', secureValue: AVM_SYSTEM_IDENTITY },
});
