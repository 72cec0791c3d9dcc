import rule from '../../../server/src/rules/bicep/srch-managed-identity';
import { ruleTester } from '../../helpers/ruleTester';
import { avmSearchService as avm } from './fixtures';

const srch = (extra: string) => `resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-contoso'
  location: 'westeurope'
${extra}  properties: {
    disableLocalAuth: true
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'system-assigned', code: srch("  identity: {\n    type: 'SystemAssigned'\n  }\n") },
    { name: 'existing service', code: "resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 'srch-contoso'\n}\n" },
    { name: 'AVM module with an identity', code: avm('    managedIdentities: {\n      systemAssigned: true\n    }') },
  ],
  invalid: [
    {
      name: 'no identity',
      code: srch(''),
      errors: [{ messageId: 'absent', line: 1, text: 'search' }],
      output: srch('').replace('    disableLocalAuth: true\n  }\n}', "    disableLocalAuth: true\n  }\n  identity: {\n    type: 'SystemAssigned'\n  }\n}"),
    },
    {
      name: "type 'None'",
      code: srch("  identity: {\n    type: 'None'\n  }\n"),
      errors: [{ messageId: 'insecure', line: 5, text: "'None'" }],
      output: srch("  identity: {\n    type: 'SystemAssigned'\n  }\n"),
    },
    {
      name: 'AVM module without managedIdentities',
      code: avm("    sku: 'standard'"),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: avm("    sku: 'standard'\n    managedIdentities: {\n      systemAssigned: true\n    }"),
    },
  ],
});
