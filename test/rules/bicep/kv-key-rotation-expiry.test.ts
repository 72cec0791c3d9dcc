import rule from '../../../server/src/rules/bicep/kv-key-rotation-expiry';
import { ruleTester } from '../../helpers/ruleTester';

const key = (props: string) => `resource key 'Microsoft.KeyVault/vaults/keys@2024-11-01' = {
  name: 'kv-contoso/cmk'
  properties: {
    kty: 'RSA-HSM'
    keySize: 3072
${props}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'rotating policy', code: key("    rotationPolicy: {\n      attributes: {\n        expiryTime: 'P1Y'\n      }\n      lifetimeActions: [\n        {\n          trigger: {\n            timeBeforeExpiry: 'P30D'\n          }\n          action: {\n            type: 'Rotate'\n          }\n        }\n      ]\n    }") },
    { name: 'policy from an unknown param', code: `param policy object\n${key('    rotationPolicy: policy')}` },
    { name: 'existing key', code: "resource key 'Microsoft.KeyVault/vaults/keys@2024-11-01' existing = {\n  name: 'kv/cmk'\n}\n" },
  ],
  invalid: [
    {
      name: 'no rotation policy: the fix inserts one',
      code: key("    keyOps: [\n      'wrapKey'\n      'unwrapKey'\n    ]"),
      errors: [{ messageId: 'absent', line: 3, text: 'properties' }],
      output: key("    keyOps: [\n      'wrapKey'\n      'unwrapKey'\n    ]\n    rotationPolicy: {\n      attributes: {\n        expiryTime: 'P1Y'\n      }\n      lifetimeActions: [\n        {\n          trigger: {\n            timeBeforeExpiry: 'P30D'\n          }\n          action: {\n            type: 'rotate'\n          }\n        }\n      ]\n    }"),
    },
    {
      name: 'notify only (no fix: the policy is completed by hand)',
      code: key("    rotationPolicy: {\n      lifetimeActions: [\n        {\n          trigger: {\n            timeBeforeExpiry: 'P30D'\n          }\n          action: {\n            type: 'notify'\n          }\n        }\n      ]\n    }"),
      errors: [{ messageId: 'insecure', line: 6 }],
    },
  ],
});
