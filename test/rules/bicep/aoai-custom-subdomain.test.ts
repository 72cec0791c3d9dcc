import rule from '../../../server/src/rules/bicep/aoai-custom-subdomain';
import { ruleTester } from '../../helpers/ruleTester';
import { avmAccount as avm } from './fixtures';

const acct = (name: string, props: string) => `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: ${name}
  location: 'swedencentral'
  kind: 'OpenAI'
  properties: {
${props}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'subdomain set', code: acct("'oai-contoso'", "    customSubDomainName: 'oai-contoso'") },
    { name: 'subdomain from a param without value', code: `param sub string\n${acct("'oai-contoso'", '    customSubDomainName: sub')}` },
    { name: 'existing account', code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'oai-contoso'\n}\n" },
    { name: 'AVM module passing a subdomain', code: avm("    customSubDomainName: 'oai-contoso'") },
  ],
  invalid: [
    {
      name: 'absent: the fix reuses the name expression',
      code: `param accountName string\n${acct('accountName', '    disableLocalAuth: true')}`,
      errors: [{ messageId: 'absent', line: 6, text: 'properties' }],
      output: `param accountName string\n${acct('accountName', '    disableLocalAuth: true\n    customSubDomainName: accountName')}`,
      fixTitles: ['Set customSubDomainName to the account name'],
    },
    {
      name: 'absent with a literal name',
      code: acct("'oai-contoso'", '    disableLocalAuth: true'),
      errors: [{ messageId: 'absent' }],
      output: acct("'oai-contoso'", "    disableLocalAuth: true\n    customSubDomainName: 'oai-contoso'"),
    },
    {
      name: 'empty string',
      code: acct("'oai-contoso'", "    customSubDomainName: ''"),
      errors: [{ messageId: 'insecure', line: 6, text: "''" }],
      output: acct("'oai-contoso'", "    customSubDomainName: 'oai-contoso'"),
    },
    {
      name: 'AVM module without customSubDomainName (no fix: the module name is a param)',
      code: avm('    disableLocalAuth: true'),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
    },
  ],
});
