/**
 * srch-cmk-enforcement: where policy requires customer-managed keys, the Search service should
 * refuse objects (indexes, synonym maps…) that are not CMK-encrypted.
 */
import { propertyRule } from './support';
import { AVM_SEARCH, SEARCH_SERVICES } from './parts/platform';

export default propertyRule({
  id: 'srch-cmk-enforcement',
  description: "Azure AI Search services should set encryptionWithCmk.enforcement to 'Enabled' when customer-managed keys are required.",
  category: 'encryption',
  severity: 'info',
  tags: ['ASB-DP-5'],
  resourceTypes: [SEARCH_SERVICES],
  path: 'properties.encryptionWithCmk.enforcement',
  insecure: ['Unspecified', 'Disabled'],
  absent: 'insecure',
  secureValue: "'Enabled'",
  message: "Search service {{resource}} does not enforce customer-managed keys (encryptionWithCmk.enforcement is {{value}}); set it to 'Enabled' if your policy requires CMK for indexes and synonym maps.",
  absentMessage: "Search service {{resource}} does not enforce customer-managed keys (encryptionWithCmk.enforcement defaults to 'Unspecified'); set it to 'Enabled' if your policy requires CMK for indexes and synonym maps.",
  // the AVM module's cmkEnforcement default is 'Unspecified'
  avm: { module: AVM_SEARCH, param: 'cmkEnforcement', absent: 'insecure' },
});
