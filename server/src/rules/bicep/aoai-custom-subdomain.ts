/**
 * aoai-custom-subdomain: without a custom subdomain an account only has the regional endpoint,
 * which accepts keys but not Microsoft Entra ID tokens, and cannot get a private endpoint.
 */
import { locatePath, propertyRule } from './support';
import type { ResourceView } from './support';
import { AVM_COG_ACCOUNT, COG_ACCOUNTS } from './parts/platform';

/** The account's `name` expression as written, reused as the subdomain. */
function nameText(a: ResourceView): string | undefined {
  const v = locatePath(a.symbol.body, 'name').property?.value;
  if (!v) return undefined;
  const text = a.symbol.model.slice(v);
  return text.length > 0 && text.length <= 200 && !/[\r\n]/.test(text) ? text : undefined;
}

export default propertyRule({
  id: 'aoai-custom-subdomain',
  description: 'Azure OpenAI and AI Services accounts should set a custom subdomain so that Microsoft Entra ID authentication and private endpoints work.',
  category: 'identity',
  severity: 'warning',
  tags: ['ASB-IM-1'],
  resourceTypes: [COG_ACCOUNTS],
  path: 'properties.customSubDomainName',
  insecure: (v) => v === '',
  absent: 'insecure',
  secureValue: nameText,
  fixTitle: 'Set customSubDomainName to the account name',
  message: 'Account {{resource}} has an empty customSubDomainName, so it only has the regional endpoint, which cannot authenticate Microsoft Entra ID tokens or take a private endpoint; set a unique subdomain.',
  absentMessage: 'Account {{resource}} does not set customSubDomainName, so it only has the regional endpoint, which cannot authenticate Microsoft Entra ID tokens or take a private endpoint; set a unique subdomain (usually the account name).',
  avm: { module: AVM_COG_ACCOUNT, param: 'customSubDomainName', insecure: (v) => v === '', absent: 'insecure' },
});
