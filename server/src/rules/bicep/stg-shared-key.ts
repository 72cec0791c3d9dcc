/**
 * stg-shared-key: Storage accounts should reject account keys and account / service SAS signed
 * with them, so that every data access is a Microsoft Entra ID identity.
 */
import { propertyRule } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'stg-shared-key',
  description: 'Storage accounts should disable shared key (account key) authorization.',
  category: 'identity',
  severity: 'error',
  tags: ['PSRule:Azure.Storage.LocalAuth', 'ASB-IM-1'],
  resourceTypes: [STORAGE_ACCOUNTS],
  path: 'properties.allowSharedKeyAccess',
  insecure: [true],
  absent: 'insecure',
  secureValue: 'false',
  message: 'Storage account {{resource}} accepts its account keys and SAS tokens signed with them (allowSharedKeyAccess is {{value}}); set it to false and use Microsoft Entra ID roles (Storage Blob Data Reader / Contributor).',
  absentMessage: 'Storage account {{resource}} does not set allowSharedKeyAccess, so its account keys and SAS tokens signed with them are accepted (the default is true); set allowSharedKeyAccess: false and use Microsoft Entra ID roles.',
  // the AVM module's default is true
  avm: { module: AVM_STORAGE, param: 'allowSharedKeyAccess', absent: 'insecure' },
});
