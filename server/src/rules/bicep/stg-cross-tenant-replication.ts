/**
 * stg-cross-tenant-replication: object replication to accounts in other Microsoft Entra
 * tenants is a data-exfiltration path.
 */
import { propertyRule } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'stg-cross-tenant-replication',
  description: 'Storage accounts should not allow object replication to other Microsoft Entra tenants.',
  category: 'network',
  severity: 'info',
  tags: ['ASB-DP-2'],
  resourceTypes: [STORAGE_ACCOUNTS],
  path: 'properties.allowCrossTenantReplication',
  insecure: [true],
  absent: 'secure',
  secureValue: 'false',
  message: 'Storage account {{resource}} allows object replication to accounts in other Microsoft Entra tenants (allowCrossTenantReplication is {{value}}), a data-exfiltration path; set it to false.',
  avm: { module: AVM_STORAGE, param: 'allowCrossTenantReplication' },
});
