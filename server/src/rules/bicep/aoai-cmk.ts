/**
 * aoai-cmk: accounts holding fine-tuning data, files and stored completions under a policy
 * that requires customer-managed keys should use one.
 */
import { propertyRule } from './support';
import { AVM_COG_ACCOUNT, COG_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'aoai-cmk',
  description: 'Azure OpenAI and AI Services accounts should encrypt their data with a customer-managed key when policy requires it.',
  category: 'encryption',
  severity: 'info',
  tags: ['ASB-DP-5'],
  resourceTypes: [COG_ACCOUNTS],
  path: 'properties.encryption.keySource',
  insecure: ['Microsoft.CognitiveServices'],
  absent: 'insecure',
  message: "Account {{resource}} uses Microsoft-managed keys (encryption.keySource is {{value}}); use 'Microsoft.KeyVault' with keyVaultProperties if your policy requires customer-managed keys.",
  absentMessage: "Account {{resource}} uses Microsoft-managed keys (no encryption block); set encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: {…} } if your policy requires customer-managed keys.",
  avm: { module: AVM_COG_ACCOUNT, param: 'customerManagedKey', insecure: () => false, absent: 'insecure' },
});
