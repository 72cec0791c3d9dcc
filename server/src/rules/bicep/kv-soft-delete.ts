/**
 * kv-soft-delete: soft delete keeps deleted vaults, keys and secrets recoverable.
 */
import { propertyRule } from './support';
import { AVM_KEY_VAULT, KEY_VAULTS } from './parts/platform';

export default propertyRule({
  id: 'kv-soft-delete',
  description: 'Key Vaults should not disable soft delete.',
  category: 'governance',
  severity: 'info',
  tags: ['PSRule:Azure.KeyVault.SoftDelete', 'CKV_AZURE_111'],
  resourceTypes: [KEY_VAULTS],
  path: 'properties.enableSoftDelete',
  insecure: [false],
  absent: 'secure',
  secureValue: 'true',
  message: 'Key Vault {{resource}} turns soft delete off (enableSoftDelete is {{value}}), so deleted keys and secrets cannot be recovered; set it to true (newer API versions reject false).',
  avm: { module: AVM_KEY_VAULT, param: 'enableSoftDelete' },
});
