import rule from '../../../server/src/rules/bicep/kv-soft-delete';
import { ruleTester } from '../../helpers/ruleTester';

const kv = (props: string, api = '2024-11-01') => `resource kv 'Microsoft.KeyVault/vaults@${api}' = {
  name: 'kv-contoso'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
${props}
  }
}
`;
const avm = (params: string) => `module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {
  params: {
    name: 'kv-contoso'
${params}
  }
}
`;
const existing = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'true', code: kv('    enableSoftDelete: true') },
    { name: 'absent (default true)', code: kv('    enableRbacAuthorization: true') },
    { name: 'existing vault', code: existing },
  ],
  invalid: [
    {
      name: 'false',
      code: kv('    enableSoftDelete: false'),
      errors: [{ messageId: 'insecure', line: 10, text: 'false' }],
      output: kv('    enableSoftDelete: true'),
    },
    {
      name: 'AVM module passing false',
      code: avm('    enableSoftDelete: false'),
      errors: [{ line: 4 }],
      output: avm('    enableSoftDelete: true'),
    },
  ],
});
