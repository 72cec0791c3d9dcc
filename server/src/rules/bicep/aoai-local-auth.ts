/**
 * aoai-local-auth: Cognitive Services accounts should accept Microsoft Entra ID tokens only,
 * not API keys.
 */
import { propertyRule } from './support';
import { AVM_COG_ACCOUNT, COG_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'aoai-local-auth',
  description: 'Azure OpenAI, AI Services and AI Foundry accounts should disable local (API key) authentication.',
  category: 'identity',
  severity: 'error',
  tags: ['PSRule:Azure.AI.DisableLocalAuth', 'CKV_AZURE_236', 'ASB-IM-1'],
  resourceTypes: [COG_ACCOUNTS],
  path: 'properties.disableLocalAuth',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Account {{resource}} accepts API keys (disableLocalAuth is {{value}}); set it to true and give callers a Microsoft Entra ID identity with a data-plane role such as Cognitive Services OpenAI User.',
  absentMessage: 'Account {{resource}} does not set disableLocalAuth, so anyone holding one of its API keys can call it; set disableLocalAuth: true and use Microsoft Entra ID identities with data-plane roles.',
  avm: { module: AVM_COG_ACCOUNT, param: 'disableLocalAuth' },
});
