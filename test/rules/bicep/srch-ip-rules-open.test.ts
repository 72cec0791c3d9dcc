import rule from '../../../server/src/rules/bicep/srch-ip-rules-open';
import { ruleTester } from '../../helpers/ruleTester';

const srch = (rules: string) => `resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-contoso'
  location: 'westeurope'
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'enabled'
    networkRuleSet: {
      ipRules: [
${rules}
      ]
    }
  }
}
`;
const rule1 = (v: string) => `        {\n          value: '${v}'\n        }`;

ruleTester(rule, {
  valid: [
    { name: 'specific ranges', code: srch([rule1('203.0.113.0/24'), rule1('198.51.100.7')].join('\n')) },
    { name: 'a /16 is not flagged', code: srch(rule1('10.1.0.0/16')) },
    { name: 'unknown rules', code: "param rules array\nresource search 'Microsoft.Search/searchServices@2025-05-01' = {\n  name: 's'\n  properties: {\n    networkRuleSet: {\n      ipRules: rules\n    }\n  }\n}\n" },
    { name: 'existing service', code: "resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 'srch-contoso'\n}\n" },
  ],
  invalid: [
    {
      name: '0.0.0.0/0 next to a specific range: the fix removes it',
      code: srch([rule1('203.0.113.0/24'), rule1('0.0.0.0/0')].join('\n')),
      errors: [{ line: 15, text: "'0.0.0.0/0'", message: "IP rule '0.0.0.0/0'" }],
      output: srch(rule1('203.0.113.0/24')),
      fixTitles: ['Remove the IP rule 0.0.0.0/0'],
    },
    {
      name: 'the only rule is a /8 (no fix: removing it would open everything)',
      code: srch(rule1('10.0.0.0/8')),
      errors: [{ line: 12, text: "'10.0.0.0/8'" }],
    },
    {
      name: 'from a param default',
      code: "param rules array = [\n  {\n    value: '0.0.0.0/0'\n  }\n]\nresource search 'Microsoft.Search/searchServices@2025-05-01' = {\n  name: 's'\n  properties: {\n    networkRuleSet: {\n      ipRules: rules\n    }\n  }\n}\n",
      errors: [{ line: 10, text: 'rules' }],
    },
    {
      name: 'AVM module',
      code: "module search 'br/public:avm/res/search/search-service:0.11.0' = {\n  params: {\n    name: 'srch'\n    networkRuleSet: {\n      ipRules: [\n        {\n          value: '0.0.0.0/0'\n        }\n      ]\n    }\n  }\n}\n",
      errors: [{ line: 7, text: "'0.0.0.0/0'" }],
    },
  ],
});
