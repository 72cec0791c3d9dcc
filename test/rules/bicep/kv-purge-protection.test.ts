import rule from '../../../server/src/rules/bicep/kv-purge-protection';
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
    { name: 'true', code: kv('    enablePurgeProtection: true') },
    { name: 'existing vault', code: existing },
    { name: 'AVM module default (true)', code: avm("    sku: 'premium'") },
  ],
  invalid: [
    {
      name: 'absent',
      code: kv('    enableRbacAuthorization: true'),
      errors: [{ messageId: 'absent', line: 4 }],
      output: kv('    enableRbacAuthorization: true\n    enablePurgeProtection: true'),
    },
    {
      name: 'false',
      code: kv('    enablePurgeProtection: false'),
      errors: [{ messageId: 'insecure', line: 10, text: 'false' }],
      output: kv('    enablePurgeProtection: true'),
    },
    {
      name: 'AVM module passing false',
      code: avm('    enablePurgeProtection: false'),
      errors: [{ line: 4 }],
      output: avm('    enablePurgeProtection: true'),
    },
  ],
});
