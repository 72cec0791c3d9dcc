import rule from '../../../server/src/rules/bicep/aoai-outbound-restrict';
import { ruleTester } from '../../helpers/ruleTester';
import { openAiAccountNoSku as acct, avmAccount as avm } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'restricted with an FQDN list', code: acct("    restrictOutboundNetworkAccess: true\n    allowedFqdnList: [\n      'contoso.blob.core.windows.net'\n    ]") },
    { name: 'unknown', code: `param restrict bool\n${acct('    restrictOutboundNetworkAccess: restrict')}` },
    { name: 'existing account', code: "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'oai-contoso'\n}\n" },
    { name: 'AVM module default (true)', code: avm("    sku: 'S0'") },
  ],
  invalid: [
    {
      name: 'literal false',
      code: acct('    restrictOutboundNetworkAccess: false'),
      errors: [{ messageId: 'insecure', line: 6, text: 'false' }],
      output: acct('    restrictOutboundNetworkAccess: true'),
      fixTitles: ['Set restrictOutboundNetworkAccess to true'],
    },
    {
      name: 'absent',
      code: acct('    disableLocalAuth: true'),
      errors: [{ messageId: 'absent', line: 5, text: 'properties' }],
      output: acct('    disableLocalAuth: true\n    restrictOutboundNetworkAccess: true'),
    },
    {
      name: 'from a param default',
      code: `param restrict bool = false\n${acct('    restrictOutboundNetworkAccess: restrict')}`,
      errors: [{ line: 7, text: 'restrict', related: ['Default of param restrict: false'] }],
      output: `param restrict bool = true\n${acct('    restrictOutboundNetworkAccess: restrict')}`,
    },
    {
      name: 'AVM module passing false',
      code: avm('    restrictOutboundNetworkAccess: false'),
      errors: [{ line: 5, text: 'false' }],
      output: avm('    restrictOutboundNetworkAccess: true'),
    },
  ],
});
