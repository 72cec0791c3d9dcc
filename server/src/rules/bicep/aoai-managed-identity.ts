/**
 * aoai-managed-identity: Cognitive Services accounts should have a managed identity to reach
 * Key Vault, Storage and Search without keys.
 */
import { propertyRule } from './support';
import { AVM_COG_ACCOUNT, AVM_SYSTEM_IDENTITY, COG_ACCOUNTS, avmNoIdentity } from './parts/platform';

export default propertyRule({
  id: 'aoai-managed-identity',
  description: 'Azure OpenAI, AI Services and AI Foundry accounts should have a managed identity.',
  category: 'identity',
  severity: 'warning',
  tags: ['CKV_AZURE_238', 'PSRule:Azure.AI.ManagedIdentity', 'ASB-IM-3'],
  resourceTypes: [COG_ACCOUNTS],
  path: 'identity.type',
  insecure: ['None'],
  absent: 'insecure',
  secureValue: "'SystemAssigned'",
  fixTitle: 'Add a system-assigned managed identity',
  message: "Account {{resource}} has no managed identity ({{property}} is {{value}}), so it cannot reach a customer-managed key, Storage or Search without keys; use 'SystemAssigned' or 'UserAssigned'.",
  absentMessage: 'Account {{resource}} has no managed identity, so it cannot reach a customer-managed key, Storage or Search without keys; add identity: { type: \'SystemAssigned\' }.',
  avm: { module: AVM_COG_ACCOUNT, param: 'managedIdentities', insecure: avmNoIdentity, absent: 'insecure', secureValue: AVM_SYSTEM_IDENTITY },
});
