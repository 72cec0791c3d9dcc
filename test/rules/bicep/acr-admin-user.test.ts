import rule from '../../../server/src/rules/bicep/acr-admin-user';
import { ruleTester } from '../../helpers/ruleTester';
import { acr, avmRegistry as avm } from './fixtures';

const existing = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'crcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'false', code: acr('    adminUserEnabled: false') },
    { name: 'absent (default false)', code: acr("    publicNetworkAccess: 'Disabled'") },
    { name: 'existing registry', code: existing },
    { name: 'AVM module default', code: avm("    acrSku: 'Premium'") },
  ],
  invalid: [
    {
      name: 'true',
      code: acr('    adminUserEnabled: true'),
      errors: [{ messageId: 'insecure', line: 8, text: 'true' }],
      output: acr('    adminUserEnabled: false'),
      fixTitles: ['Set adminUserEnabled to false'],
    },
    {
      name: 'from a param default',
      code: `param admin bool = true\n${acr('    adminUserEnabled: admin')}`,
      errors: [{ line: 9, text: 'admin', related: ['Default of param admin: true'] }],
      output: `param admin bool = false\n${acr('    adminUserEnabled: admin')}`,
    },
    {
      name: 'AVM module passing true',
      code: avm('    acrAdminUserEnabled: true'),
      errors: [{ line: 4, text: 'true' }],
      output: avm('    acrAdminUserEnabled: false'),
    },
  ],
});
