/**
 * kv-purge-protection: without purge protection a deleted vault, key or secret can be purged
 * immediately, destroying customer-managed keys of AML / AI / Storage for good.
 */
import { propertyRule } from './support';
import { AVM_KEY_VAULT, KEY_VAULTS } from './parts/platform';

export default propertyRule({
  id: 'kv-purge-protection',
  description: 'Key Vaults should enable purge protection.',
  category: 'governance',
  severity: 'warning',
  tags: ['PSRule:Azure.KeyVault.PurgeProtect', 'CKV_AZURE_110', 'ASB-DP-8'],
  resourceTypes: [KEY_VAULTS],
  path: 'properties.enablePurgeProtection',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Key Vault {{resource}} has no purge protection (enablePurgeProtection is {{value}}), so deleted keys and secrets can be purged at once; set it to true.',
  absentMessage: 'Key Vault {{resource}} does not set enablePurgeProtection, so deleted keys and secrets (including customer-managed keys) can be purged at once; set enablePurgeProtection: true.',
  avm: { module: AVM_KEY_VAULT, param: 'enablePurgeProtection' },
});
