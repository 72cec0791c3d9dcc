/**
 * stg-blob-public-access: Storage accounts should not allow anonymous (public) read access to
 * blob containers.
 */
import { propertyRule } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'stg-blob-public-access',
  description: 'Storage accounts should disallow anonymous blob access.',
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.Storage.BlobPublicAccess', 'ASB-NS-2'],
  resourceTypes: [STORAGE_ACCOUNTS],
  path: 'properties.allowBlobPublicAccess',
  insecure: [true],
  // new accounts disallow anonymous access by default since API 2023-01-01; older API versions allow it
  absent: (sa) => (sa.apiVersionBefore('2023-01-01') ? 'insecure' : 'secure'),
  secureValue: 'false',
  message: 'Storage account {{resource}} allows anonymous read access to its blob containers (allowBlobPublicAccess is {{value}}); set it to false so that no container can be made public.',
  absentMessage: 'Storage account {{resource}} does not set allowBlobPublicAccess and uses an API version older than 2023-01-01, where anonymous blob access is allowed by default; set allowBlobPublicAccess: false.',
  avm: { module: AVM_STORAGE, param: 'allowBlobPublicAccess' },
});
