import rule from '../../../server/src/rules/bicep/acr-anonymous-pull';
import { ruleTester } from '../../helpers/ruleTester';
import { acr, avmRegistry as avm } from './fixtures';

const existing = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'crcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'false', code: acr('    anonymousPullEnabled: false') },
    { name: 'absent', code: acr("    publicNetworkAccess: 'Disabled'") },
    { name: 'existing registry', code: existing },
  ],
  invalid: [
    {
      name: 'true',
      code: acr('    anonymousPullEnabled: true', 'Standard'),
      errors: [{ messageId: 'insecure', line: 8, text: 'true' }],
      output: acr('    anonymousPullEnabled: false', 'Standard'),
    },
    {
      name: 'AVM module passing true',
      code: avm('    anonymousPullEnabled: true'),
      errors: [{ line: 4 }],
      output: avm('    anonymousPullEnabled: false'),
    },
  ],
});
