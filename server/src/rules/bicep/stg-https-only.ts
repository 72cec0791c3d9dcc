/**
 * stg-https-only: Storage accounts should refuse plain HTTP (and SMB without encryption).
 */
import { propertyRule } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'stg-https-only',
  description: 'Storage accounts should accept secure transfer (HTTPS) only.',
  category: 'encryption',
  severity: 'warning',
  tags: ['PSRule:Azure.Storage.SecureTransfer', 'CKV_AZURE_3', 'ASB-DP-3'],
  resourceTypes: [STORAGE_ACCOUNTS],
  path: 'properties.supportsHttpsTrafficOnly',
  insecure: [false],
  // true by default since API 2019-04-01
  absent: (sa) => (sa.apiVersionBefore('2019-04-01') ? 'insecure' : 'secure'),
  secureValue: 'true',
  message: 'Storage account {{resource}} accepts unencrypted HTTP requests (supportsHttpsTrafficOnly is {{value}}); set it to true.',
  absentMessage: 'Storage account {{resource}} does not set supportsHttpsTrafficOnly and uses an API version older than 2019-04-01, where plain HTTP is accepted by default; set supportsHttpsTrafficOnly: true.',
  avm: { module: AVM_STORAGE, param: 'supportsHttpsTrafficOnly' },
});
