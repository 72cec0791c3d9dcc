/**
 * aoai-outbound-restrict: an account that can call any URL (data sources "on your data",
 * tools) can exfiltrate prompts and documents; restrict outbound access to an FQDN list.
 */
import { propertyRule } from './support';
import { AVM_COG_ACCOUNT, COG_ACCOUNTS } from './parts/platform';

export default propertyRule({
  id: 'aoai-outbound-restrict',
  description: 'Azure OpenAI and AI Services accounts should restrict outbound network access to an explicit FQDN list.',
  category: 'network',
  severity: 'warning',
  tags: ['ASB-DP-2'],
  resourceTypes: [COG_ACCOUNTS],
  path: 'properties.restrictOutboundNetworkAccess',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Account {{resource}} may send data to any destination (restrictOutboundNetworkAccess is {{value}}); set it to true and list the allowed hosts in allowedFqdnList.',
  absentMessage: 'Account {{resource}} does not set restrictOutboundNetworkAccess, so it may send prompts and documents to any destination; set restrictOutboundNetworkAccess: true and list the allowed hosts in allowedFqdnList.',
  avm: { module: AVM_COG_ACCOUNT, param: 'restrictOutboundNetworkAccess' },
});
