import rule from '../../../server/src/rules/bicep/aoai-local-auth';
import { ruleTester } from '../../helpers/ruleTester';

const acct = (props: string) => `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'ais-contoso'
  location: 'swedencentral'
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  properties: {
${props}
  }
}
`;
const avm = (params: string) => `module acct 'br/public:avm/res/cognitive-services/account:0.13.0' = {
  params: {
    name: 'ais-contoso'
    kind: 'AIServices'
${params}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'local auth disabled', code: acct('    disableLocalAuth: true') },
    { name: 'unknown param value', code: `param noKeys bool\n${acct('    disableLocalAuth: noKeys')}` },
    { name: 'existing account', code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'ais-contoso'\n}\n" },
    { name: 'AVM module default (true)', code: avm('') },
    { name: 'AVM module passing true', code: avm('    disableLocalAuth: true') },
  ],
  invalid: [
    {
      name: 'literal false',
      code: acct('    disableLocalAuth: false'),
      errors: [{ messageId: 'insecure', line: 9, column: 23, text: 'false' }],
      output: acct('    disableLocalAuth: true'),
      fixTitles: ['Set disableLocalAuth to true'],
    },
    {
      name: 'absent property',
      code: acct("    customSubDomainName: 'ais-contoso'"),
      errors: [{ messageId: 'absent', line: 8, text: 'properties' }],
      output: acct("    customSubDomainName: 'ais-contoso'\n    disableLocalAuth: true"),
    },
    {
      name: 'from a param default',
      code: `param disableKeys bool = false\n${acct('    disableLocalAuth: disableKeys')}`,
      errors: [{ line: 10, text: 'disableKeys', related: ['Default of param disableKeys: false'] }],
      output: `param disableKeys bool = true\n${acct('    disableLocalAuth: disableKeys')}`,
      fixTitles: ['Change the default of param disableKeys to true'],
    },
    {
      name: 'from a .bicepparam file',
      code: `param disableKeys bool\n${acct('    disableLocalAuth: disableKeys')}`,
      files: { 'main.bicepparam': "using './main.bicep'\nparam disableKeys = false\n" },
      errors: [{ line: 10, text: 'disableKeys', related: ['Param disableKeys assigned in main.bicepparam: false'] }],
      output: `param disableKeys bool\n${acct('    disableLocalAuth: true')}`,
    },
    {
      name: 'nested deployment child does not hide the account',
      code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {\n  name: 'oai'\n  kind: 'OpenAI'\n  properties: {\n    disableLocalAuth: false\n  }\n  resource gpt 'deployments' = {\n    name: 'gpt-4o'\n  }\n}\n",
      errors: [{ line: 5 }],
      output: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {\n  name: 'oai'\n  kind: 'OpenAI'\n  properties: {\n    disableLocalAuth: true\n  }\n  resource gpt 'deployments' = {\n    name: 'gpt-4o'\n  }\n}\n",
    },
    {
      name: 'AVM module passing false',
      code: avm('    disableLocalAuth: false'),
      errors: [{ line: 5, text: 'false' }],
      output: avm('    disableLocalAuth: true'),
    },
    {
      name: 'local module caller passes false',
      code: "module ai './ai.bicep' = {\n  name: 'ai'\n  params: {\n    noKeys: false\n  }\n}\n",
      files: { 'ai.bicep': `param noKeys bool = true\n${acct('    disableLocalAuth: noKeys')}` },
      errors: [{ line: 4, text: 'false', message: 'acct in ai.bicep' }],
      output: "module ai './ai.bicep' = {\n  name: 'ai'\n  params: {\n    noKeys: true\n  }\n}\n",
    },
  ],
});
