import rule from '../../../server/src/rules/bicep/acr-anonymous-pull';
import { ruleTester } from '../../helpers/ruleTester';

const acr = (props: string, sku = 'Premium') => `resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {
  name: 'crcontoso'
  location: 'westeurope'
  sku: {
    name: '${sku}'
  }
  properties: {
${props}
  }
}
`;
const avm = (params: string) => `module acr 'br/public:avm/res/container-registry/registry:0.9.0' = {
  params: {
    name: 'crcontoso'
${params}
  }
}
`;
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
