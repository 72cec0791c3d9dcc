import rule from '../../../server/src/rules/bicep/srch-cmk-enforcement';
import { ruleTester } from '../../helpers/ruleTester';
import { avmSearchService as avm } from './fixtures';

const srch = (props: string) => `resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-contoso'
  location: 'westeurope'
  properties: {
${props}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'enforced', code: srch("    encryptionWithCmk: {\n      enforcement: 'Enabled'\n    }") },
    { name: 'existing service', code: "resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 'srch-contoso'\n}\n" },
    { name: 'AVM module enforcing', code: avm("    cmkEnforcement: 'Enabled'") },
  ],
  invalid: [
    {
      name: 'Unspecified',
      code: srch("    encryptionWithCmk: {\n      enforcement: 'Unspecified'\n    }"),
      errors: [{ messageId: 'insecure', line: 6, text: "'Unspecified'" }],
      output: srch("    encryptionWithCmk: {\n      enforcement: 'Enabled'\n    }"),
    },
    {
      name: 'absent: the fix creates the object',
      code: srch('    disableLocalAuth: true'),
      errors: [{ messageId: 'absent', line: 4, text: 'properties' }],
      output: srch("    disableLocalAuth: true\n    encryptionWithCmk: {\n      enforcement: 'Enabled'\n    }"),
    },
    {
      name: 'AVM module default (Unspecified)',
      code: avm("    sku: 'standard'"),
      errors: [{ messageId: 'absent', line: 2 }],
      output: avm("    sku: 'standard'\n    cmkEnforcement: 'Enabled'"),
    },
  ],
});
