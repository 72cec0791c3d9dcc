import rule from '../../../server/src/rules/bicep/aoai-managed-identity';
import { ruleTester } from '../../helpers/ruleTester';
import { avmAccount as avm } from './fixtures';

const acct = (extra: string) => `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'oai-contoso'
  location: 'swedencentral'
  kind: 'OpenAI'
${extra}  properties: {
    disableLocalAuth: true
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'system-assigned', code: acct("  identity: {\n    type: 'SystemAssigned'\n  }\n") },
    { name: 'user-assigned', code: acct("  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: {\n      '${uami}': {}\n    }\n  }\n").replace('${uami}', '/subscriptions/x/id') },
    { name: 'both', code: acct("  identity: {\n    type: 'SystemAssigned, UserAssigned'\n  }\n") },
    { name: 'unknown identity type', code: `param idType string\n${acct('  identity: {\n    type: idType\n  }\n')}` },
    { name: 'existing account', code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'oai-contoso'\n}\n" },
    { name: 'AVM module with a system-assigned identity', code: avm('    managedIdentities: {\n      systemAssigned: true\n    }') },
    { name: 'AVM module with user-assigned ids from a param', code: `param ids array\n${avm('    managedIdentities: {\n      userAssignedResourceIds: ids\n    }')}` },
  ],
  invalid: [
    {
      name: 'no identity',
      code: acct(''),
      errors: [{ messageId: 'absent', line: 1, text: 'acct' }],
      output: acct('').replace("    disableLocalAuth: true\n  }\n}", "    disableLocalAuth: true\n  }\n  identity: {\n    type: 'SystemAssigned'\n  }\n}"),
      fixTitles: ['Add a system-assigned managed identity'],
    },
    {
      name: "type 'None'",
      code: acct("  identity: {\n    type: 'None'\n  }\n"),
      errors: [{ messageId: 'insecure', line: 6, text: "'None'" }],
      output: acct("  identity: {\n    type: 'SystemAssigned'\n  }\n"),
    },
    {
      name: 'from a param default',
      code: `param idType string = 'None'\n${acct('  identity: {\n    type: idType\n  }\n')}`,
      errors: [{ line: 7, text: 'idType' }],
      output: `param idType string = 'SystemAssigned'\n${acct('  identity: {\n    type: idType\n  }\n')}`,
    },
    {
      name: 'AVM module without managedIdentities',
      code: avm("    sku: 'S0'"),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: avm("    sku: 'S0'\n    managedIdentities: {\n      systemAssigned: true\n    }"),
    },
    {
      name: 'AVM module with systemAssigned false',
      code: avm('    managedIdentities: {\n      systemAssigned: false\n    }'),
      errors: [{ messageId: 'insecure', line: 5 }],
      output: avm('    managedIdentities: {\n      systemAssigned: true\n    }'),
    },
  ],
});
