/**
 * aoai-public-network: Azure OpenAI / AI Services / AI Foundry accounts should not answer on
 * the public internet.
 */
import { propertyRule } from './support';
import { AVM_COG_ACCOUNT, COG_ACCOUNTS, avmPassed } from './parts/platform';

export default propertyRule({
  id: 'aoai-public-network',
  description: 'Azure OpenAI, AI Services and AI Foundry accounts should disable public network access.',
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.AI.PrivateEndpoints', 'CKV_AZURE_134', 'ASB-NS-2'],
  resourceTypes: [COG_ACCOUNTS],
  path: 'properties.publicNetworkAccess',
  insecure: ['Enabled'],
  absent: 'insecure',
  secureValue: "'Disabled'",
  message: "Account {{resource}} accepts traffic from the public internet (publicNetworkAccess is {{value}}); set it to 'Disabled' and reach the endpoint through a private endpoint.",
  absentMessage: "Account {{resource}} does not set publicNetworkAccess, so its endpoint is reachable from the public internet (the default is 'Enabled').",
  // the AVM module opens the account when networkAcls are passed without publicNetworkAccess
  avm: { module: AVM_COG_ACCOUNT, param: 'publicNetworkAccess', absent: (m) => (avmPassed(m, 'networkAcls') ? 'insecure' : 'secure') },
});
