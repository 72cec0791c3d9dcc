/**
 * stg-min-tls: Storage accounts should refuse TLS 1.0 and 1.1.
 */
import { propertyRule } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'stg-min-tls',
  description: "Storage accounts should require TLS 1.2 or later (minimumTlsVersion 'TLS1_2').",
  category: 'encryption',
  severity: 'error',
  tags: ['PSRule:Azure.Storage.MinTLS', 'CKV_AZURE_44', 'ASB-DP-3'],
  resourceTypes: [STORAGE_ACCOUNTS],
  path: 'properties.minimumTlsVersion',
  insecure: ['TLS1_0', 'TLS1_1'],
  absent: 'insecure',
  secureValue: "'TLS1_2'",
  message: "Storage account {{resource}} accepts deprecated TLS versions (minimumTlsVersion is {{value}}); set it to 'TLS1_2'.",
  absentMessage: "Storage account {{resource}} does not set minimumTlsVersion, so it may accept TLS 1.0 and 1.1 (the default of older API versions and existing accounts); set minimumTlsVersion: 'TLS1_2'.",
  avm: { module: AVM_STORAGE, param: 'minimumTlsVersion' },
});
