import rule from '../../../server/src/rules/bicep/aoai-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { openAiAccount as acct, avmAccount as avm } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: acct("    publicNetworkAccess: 'Disabled'") },
    { name: 'disabled, other casing', code: acct("    publicNetworkAccess: 'disabled'") },
    { name: 'unknown param value', code: `param pna string\n${acct('    publicNetworkAccess: pna')}` },
    { name: 'existing account', code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'oai-contoso'\n}\n" },
    { name: 'other resource type', code: "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {\n  name: 'sa'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: {\n    name: 'Standard_LRS'\n  }\n}\n" },
    { name: 'AVM module with its secure default', code: avm("    customSubDomainName: 'oai-contoso'") },
    { name: '.bicepparam value is secure', code: `param pna string\n${acct('    publicNetworkAccess: pna')}`, files: { 'main.bicepparam': "using './main.bicep'\nparam pna = 'Disabled'\n" } },
  ],
  invalid: [
    {
      name: 'literal Enabled',
      code: acct("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 9, column: 26, text: "'Enabled'", message: "publicNetworkAccess is 'Enabled'" }],
      output: acct("    publicNetworkAccess: 'Disabled'"),
      fixTitles: ["Set publicNetworkAccess to 'Disabled'"],
    },
    {
      name: 'absent property',
      code: acct("    customSubDomainName: 'oai-contoso'"),
      errors: [{ messageId: 'absent', line: 8, text: 'properties' }],
      output: acct("    customSubDomainName: 'oai-contoso'\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'no properties object',
      code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {\n  name: 'oai'\n  kind: 'AIServices'\n}\n",
      errors: [{ messageId: 'absent', text: 'acct' }],
      output: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {\n  name: 'oai'\n  kind: 'AIServices'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
    {
      name: 'from a param default (unsafe fix edits the default)',
      code: `param pna string = 'Enabled'\n${acct('    publicNetworkAccess: pna')}`,
      errors: [{ line: 10, text: 'pna', related: ["Default of param pna: 'Enabled'"] }],
      output: `param pna string = 'Disabled'\n${acct('    publicNetworkAccess: pna')}`,
      fixTitles: ["Change the default of param pna to 'Disabled'"],
    },
    {
      name: 'in a loop: one finding',
      code: "param names array = [\n  'a'\n  'b'\n]\nresource accts 'Microsoft.CognitiveServices/accounts@2025-06-01' = [for n in names: {\n  name: n\n  kind: 'OpenAI'\n  properties: {\n    publicNetworkAccess: 'Enabled'\n  }\n}]\n",
      errors: [{ line: 9 }],
      output: "param names array = [\n  'a'\n  'b'\n]\nresource accts 'Microsoft.CognitiveServices/accounts@2025-06-01' = [for n in names: {\n  name: n\n  kind: 'OpenAI'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}]\n",
    },
    {
      name: 'AVM module passing Enabled',
      code: avm("    publicNetworkAccess: 'Enabled'"),
      errors: [{ line: 5, text: "'Enabled'" }],
      output: avm("    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'AVM module given networkAcls without publicNetworkAccess (the module opens the account)',
      code: avm("    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: avm("    networkAcls: {\n      defaultAction: 'Deny'\n    }\n    publicNetworkAccess: 'Disabled'"),
    },
  ],
});
