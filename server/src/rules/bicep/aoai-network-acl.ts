/**
 * aoai-network-acl: a Cognitive Services account whose public endpoint is on should deny by
 * default and list the networks it accepts.
 */
import { propertyRule, sameEnum } from './support';
import { AVM_COG_ACCOUNT, COG_ACCOUNTS, avmPassed, knownEnum, publicAccessOpen } from './parts/platform';

export default propertyRule({
  id: 'aoai-network-acl',
  description: "Azure OpenAI and AI Services accounts with public network access should set networkAcls.defaultAction to 'Deny'.",
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.AI.PublicAccess', 'ASB-NS-2'],
  resourceTypes: [COG_ACCOUNTS],
  // only while the public endpoint is (or may be) on: with publicNetworkAccess 'Disabled' the ACL is moot
  when: (a) => publicAccessOpen(a),
  path: 'properties.networkAcls.defaultAction',
  insecure: ['Allow'],
  absent: 'insecure',
  secureValue: "'Deny'",
  message: "Account {{resource}} is public and its network rules let every address in (networkAcls.defaultAction is {{value}}); set defaultAction to 'Deny' and list the allowed ipRules / virtualNetworkRules, or disable public network access.",
  absentMessage: "Account {{resource}} is public and does not set networkAcls.defaultAction, so every address is let in (the default is 'Allow'); set defaultAction: 'Deny' with explicit ipRules / virtualNetworkRules, or disable public network access.",
  avm: {
    module: AVM_COG_ACCOUNT,
    param: 'networkAcls.defaultAction',
    insecure: (v, m) => sameEnum(v, 'Allow') && !knownEnum(m, 'params.publicNetworkAccess', 'Disabled'),
    secureValue: "'Deny'",
    // networkAcls passed without defaultAction: the module opens the account with the API default 'Allow'
    absent: (m) => (avmPassed(m, 'networkAcls') && !knownEnum(m, 'params.publicNetworkAccess', 'Disabled') ? 'insecure' : 'secure'),
  },
});
