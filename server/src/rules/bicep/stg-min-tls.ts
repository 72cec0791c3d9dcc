/**
 * stg-min-tls: Storage accounts should not be configured for TLS 1.0 / 1.1. Since 3 February
 * 2026 Azure Storage refuses those versions on every account, so an absent minimumTlsVersion
 * means TLS 1.2; an explicit 'TLS1_0' / 'TLS1_1' is an obsolete setting that compliance
 * policies still flag.
 */
import { propertyRule } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'stg-min-tls',
  description: "Storage accounts should require TLS 1.2 or later (minimumTlsVersion 'TLS1_2').",
  category: 'encryption',
  severity: 'warning',
  tags: ['PSRule:Azure.Storage.MinTLS', 'CKV_AZURE_44', 'ASB-DP-3'],
  resourceTypes: [STORAGE_ACCOUNTS],
  path: 'properties.minimumTlsVersion',
  insecure: ['TLS1_0', 'TLS1_1'],
  absent: 'secure',
  secureValue: "'TLS1_2'",
  message: "Storage account {{resource}} asks for deprecated TLS versions (minimumTlsVersion is {{value}}): Azure Storage refuses TLS 1.0 and 1.1 since February 2026, so the setting is obsolete and fails minimum-TLS compliance policies; set it to 'TLS1_2'.",
  avm: { module: AVM_STORAGE, param: 'minimumTlsVersion' },
});
