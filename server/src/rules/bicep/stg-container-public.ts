/**
 * stg-container-public: blob containers holding training data or documents should not be
 * readable anonymously.
 */
import { propertyRule } from './support';
import { BLOB_CONTAINERS } from './parts/platform';

export default propertyRule({
  id: 'stg-container-public',
  description: "Blob containers should not allow anonymous access (publicAccess should be 'None').",
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.Storage.BlobAccessType', 'CKV_AZURE_34', 'ASB-NS-2'],
  resourceTypes: [BLOB_CONTAINERS],
  path: 'properties.publicAccess',
  insecure: ['Blob', 'Container'],
  absent: 'secure',
  secureValue: "'None'",
  message: "Container {{resource}} can be read anonymously by anyone on the internet (publicAccess is {{value}}); set it to 'None' and grant access with Microsoft Entra ID roles or user-delegation SAS.",
});
