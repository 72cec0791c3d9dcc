import rule from '../../../server/src/rules/bicep/aoai-network-acl';
import { ruleTester } from '../../helpers/ruleTester';
import { openAiAccount as acct, avmAccount as avm } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'deny by default', code: acct("    publicNetworkAccess: 'Enabled'\n    networkAcls: {\n      defaultAction: 'Deny'\n      ipRules: [\n        {\n          value: '203.0.113.0/24'\n        }\n      ]\n    }") },
    { name: 'public access disabled: the ACL does not matter', code: acct("    publicNetworkAccess: 'Disabled'") },
    { name: 'public access unknown', code: `param pna string\n${acct('    publicNetworkAccess: pna')}` },
    { name: 'existing account', code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'oai-contoso'\n}\n" },
    { name: 'AVM module defaults (no networkAcls: the module disables public access)', code: avm('') },
    { name: 'AVM module with Allow but public access disabled', code: avm("    publicNetworkAccess: 'Disabled'\n    networkAcls: {\n      defaultAction: 'Allow'\n    }") },
  ],
  invalid: [
    {
      name: 'literal Allow',
      code: acct("    networkAcls: {\n      defaultAction: 'Allow'\n    }"),
      errors: [{ messageId: 'insecure', line: 10, text: "'Allow'" }],
      output: acct("    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
      fixTitles: ["Set defaultAction to 'Deny'"],
    },
    {
      name: 'absent networkAcls on a public account',
      code: acct("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'absent', line: 8, text: 'properties' }],
      output: acct("    publicNetworkAccess: 'Enabled'\n    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
    {
      name: 'networkAcls without defaultAction',
      code: acct("    networkAcls: {\n      ipRules: []\n    }"),
      errors: [{ messageId: 'absent', line: 9, text: 'networkAcls' }],
      output: acct("    networkAcls: {\n      ipRules: []\n      defaultAction: 'Deny'\n    }"),
    },
    {
      name: 'from a param default',
      code: `param action string = 'Allow'\n${acct('    networkAcls: {\n      defaultAction: action\n    }')}`,
      errors: [{ line: 11, text: 'action', related: ["Default of param action: 'Allow'"] }],
      output: `param action string = 'Deny'\n${acct('    networkAcls: {\n      defaultAction: action\n    }')}`,
    },
    {
      name: 'AVM module passing Allow',
      code: avm("    networkAcls: {\n      defaultAction: 'Allow'\n    }"),
      errors: [{ line: 6, text: "'Allow'" }],
      output: avm("    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
    {
      name: 'AVM module given networkAcls without defaultAction',
      code: avm("    networkAcls: {\n      ipRules: []\n    }"),
      errors: [{ messageId: 'absent', line: 5, text: 'networkAcls' }],
      output: avm("    networkAcls: {\n      ipRules: []\n      defaultAction: 'Deny'\n    }"),
    },
  ],
});
