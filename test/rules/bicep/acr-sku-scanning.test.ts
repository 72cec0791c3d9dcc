import rule from '../../../server/src/rules/bicep/acr-sku-scanning';
import { ruleTester } from '../../helpers/ruleTester';
import { acr, avmRegistry as avm } from './fixtures';

const existing = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'crcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'Premium', code: acr('    adminUserEnabled: false') },
    { name: 'Standard', code: acr('    adminUserEnabled: false', 'Standard') },
    { name: 'existing registry', code: existing },
    { name: 'AVM module default (Premium)', code: avm('    acrAdminUserEnabled: false') },
  ],
  invalid: [
    {
      name: 'Basic',
      code: acr('    adminUserEnabled: false', 'Basic'),
      errors: [{ messageId: 'insecure', line: 5, text: "'Basic'" }],
      output: acr('    adminUserEnabled: false', 'Premium'),
      fixTitles: ["Set name to 'Premium'"],
    },
    {
      name: 'from a param default',
      code: "param sku string = 'Basic'\nresource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {\n  name: 'cr'\n  sku: {\n    name: sku\n  }\n}\n",
      errors: [{ line: 5, text: 'sku' }],
      output: "param sku string = 'Premium'\nresource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {\n  name: 'cr'\n  sku: {\n    name: sku\n  }\n}\n",
    },
    {
      name: 'AVM module passing Basic',
      code: avm("    acrSku: 'Basic'"),
      errors: [{ line: 4 }],
      output: avm("    acrSku: 'Premium'"),
    },
  ],
});
