/**
 * cosmos-cmk: Cosmos DB accounts holding sensitive data should be encrypted with a key the
 * organisation controls (and can revoke), not only with service-managed keys.
 */
import { propertyRule } from './support';
import { COSMOS } from './parts/paasCommon';

export default propertyRule({
  id: 'cosmos-cmk',
  description: 'Cosmos DB accounts with sensitive data should be encrypted with a customer-managed key.',
  category: 'encryption',
  severity: 'info',
  tags: ['CKV_AZURE_100', 'ASB-DP-5'],
  resourceTypes: [COSMOS],
  path: 'properties.keyVaultKeyUri',
  insecure: (v) => v === '',
  absent: 'insecure',
  message: 'Cosmos DB account {{resource}} sets an empty keyVaultKeyUri, so its data is encrypted with service-managed keys only.',
  absentMessage: 'Cosmos DB account {{resource}} does not set keyVaultKeyUri, so its data is encrypted with service-managed keys only; use a Key Vault key (with a defaultIdentity that can read it) when the data is sensitive.',
});
