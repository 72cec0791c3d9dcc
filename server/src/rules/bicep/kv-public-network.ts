/**
 * kv-public-network: the vault behind AML / Foundry holds connection secrets and CMK keys; it
 * should not keep a public endpoint.
 */
import { propertyRule } from './support';
import { AVM_KEY_VAULT, KEY_VAULTS, avmPassed } from './parts/platform';

export default propertyRule({
  id: 'kv-public-network',
  description: 'Key Vaults should disable public network access.',
  category: 'network',
  severity: 'error',
  tags: ['CKV_AZURE_189', 'ASB-NS-2'],
  resourceTypes: [KEY_VAULTS],
  path: 'properties.publicNetworkAccess',
  insecure: ['Enabled'],
  absent: 'insecure',
  secureValue: "'Disabled'",
  message: "Key Vault {{resource}} keeps its public endpoint (publicNetworkAccess is {{value}}); set it to 'Disabled' and reach the vault through a private endpoint.",
  absentMessage: "Key Vault {{resource}} does not set publicNetworkAccess, so its public endpoint stays on (the default is 'Enabled', filtered only by networkAcls); set publicNetworkAccess: 'Disabled' and use a private endpoint.",
  // the AVM module disables public access only when private endpoints are given without networkAcls
  avm: { module: AVM_KEY_VAULT, param: 'publicNetworkAccess', insecure: ['Enabled'], secureValue: "'Disabled'", absent: (m) => (avmPassed(m, 'privateEndpoints') && !avmPassed(m, 'networkAcls') ? 'secure' : 'insecure') },
});
