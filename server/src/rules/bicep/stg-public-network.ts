/**
 * stg-public-network: Storage accounts holding training data, AML default stores or Foundry
 * files should not keep a public endpoint.
 */
import { propertyRule } from './support';
import { AVM_STORAGE, STORAGE_ACCOUNTS, avmPassed } from './parts/platform';

export default propertyRule({
  id: 'stg-public-network',
  description: 'Storage accounts should disable public network access.',
  category: 'network',
  severity: 'error',
  tags: ['CKV_AZURE_59', 'ASB-NS-2'],
  resourceTypes: [STORAGE_ACCOUNTS],
  path: 'properties.publicNetworkAccess',
  insecure: ['Enabled'],
  absent: 'insecure',
  secureValue: "'Disabled'",
  message: "Storage account {{resource}} keeps its public endpoint (publicNetworkAccess is {{value}}); set it to 'Disabled' and reach the account through private endpoints.",
  absentMessage: "Storage account {{resource}} does not set publicNetworkAccess, so its public endpoint stays on (the default is 'Enabled', filtered only by networkAcls); set publicNetworkAccess: 'Disabled' and use private endpoints.",
  // the AVM module disables public access only when private endpoints are given without networkAcls
  avm: { module: AVM_STORAGE, param: 'publicNetworkAccess', absent: (m) => (avmPassed(m, 'privateEndpoints') && !avmPassed(m, 'networkAcls') ? 'secure' : 'insecure') },
});
