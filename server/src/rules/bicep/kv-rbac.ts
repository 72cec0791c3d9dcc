/**
 * kv-rbac: Key Vaults should authorize data-plane access with Azure RBAC rather than vault
 * access policies.
 */
import { propertyRule } from './support';
import { AVM_KEY_VAULT, KEY_VAULTS } from './parts/platform';

export default propertyRule({
  id: 'kv-rbac',
  description: 'Key Vaults should use the Azure RBAC permission model (enableRbacAuthorization: true).',
  category: 'identity',
  severity: 'warning',
  tags: ['PSRule:Azure.KeyVault.RBAC', 'ASB-PA-7'],
  resourceTypes: [KEY_VAULTS],
  path: 'properties.enableRbacAuthorization',
  insecure: [false],
  // new vaults default to RBAC from API version 2026-02-01 on; before, to access policies
  absent: (kv) => (kv.apiVersionAtLeast('2026-02-01') ? 'secure' : 'insecure'),
  secureValue: 'true',
  message: 'Key Vault {{resource}} uses access policies (enableRbacAuthorization is {{value}}), which grant vault-wide permissions per object type and cannot be scoped to one secret; set it to true and use Key Vault data-plane roles.',
  absentMessage: 'Key Vault {{resource}} does not set enableRbacAuthorization, so with this API version it uses access policies (vault-wide, not auditable through RBAC); set enableRbacAuthorization: true and use Key Vault data-plane roles.',
  avm: { module: AVM_KEY_VAULT, param: 'enableRbacAuthorization' },
});
