import rule from '../../../server/src/rules/bicep/kv-access-policy-broad';
import { ruleTester } from '../../helpers/ruleTester';
import { avmVault as avm, kv } from './fixtures';

const existing = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n";

const policies = (perms: string) => kv(`    accessPolicies: [
      {
        tenantId: subscription().tenantId
        objectId: '00000000-0000-0000-0000-000000000001'
        permissions: {
${perms}
        }
      }
    ]`);

ruleTester(rule, {
  valid: [
    { name: 'least privilege', code: policies("          secrets: [\n            'get'\n            'list'\n          ]") },
    { name: 'RBAC vault without policies', code: kv('    enableRbacAuthorization: true') },
    { name: 'existing vault', code: existing },
  ],
  invalid: [
    {
      name: "'all' on secrets",
      code: policies("          secrets: [\n            'all'\n          ]"),
      errors: [{ line: 16, text: "'all'", message: "Access policy #1 of kv grants 'all' on secrets" }],
      output: policies("          secrets: [\n            'get'\n            'list'\n          ]"),
      fixTitles: ["Replace 'all' secrets permissions with 'get' and 'list'"],
    },
    {
      name: "'purge' on keys, single-line array",
      code: policies("          keys: ['get', 'unwrapKey', 'purge']"),
      errors: [{ line: 15, text: "'purge'" }],
      output: policies("          keys: ['get', 'unwrapKey']"),
    },
    {
      name: 'accessPolicies child resource',
      code: "resource ap 'Microsoft.KeyVault/vaults/accessPolicies@2024-11-01' = {\n  name: 'kv/add'\n  properties: {\n    accessPolicies: [\n      {\n        tenantId: subscription().tenantId\n        objectId: 'x'\n        permissions: {\n          certificates: [\n            'All'\n          ]\n        }\n      }\n    ]\n  }\n}\n",
      errors: [{ line: 10, text: "'All'" }],
      output: "resource ap 'Microsoft.KeyVault/vaults/accessPolicies@2024-11-01' = {\n  name: 'kv/add'\n  properties: {\n    accessPolicies: [\n      {\n        tenantId: subscription().tenantId\n        objectId: 'x'\n        permissions: {\n          certificates: [\n            'get'\n            'list'\n          ]\n        }\n      }\n    ]\n  }\n}\n",
    },
    {
      name: 'from a param default (no fix)',
      code: "param policies array = [\n  {\n    tenantId: 't'\n    objectId: 'o'\n    permissions: {\n      secrets: [\n        'all'\n      ]\n    }\n  }\n]\nresource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {\n  name: 'kv'\n  properties: {\n    accessPolicies: policies\n  }\n}\n",
      errors: [{ line: 15, text: 'policies' }],
    },
    {
      name: 'AVM module',
      code: avm("    accessPolicies: [\n      {\n        objectId: 'o'\n        permissions: {\n          keys: [\n            'all'\n          ]\n        }\n      }\n    ]"),
      errors: [{ line: 9, text: "'all'" }],
      output: avm("    accessPolicies: [\n      {\n        objectId: 'o'\n        permissions: {\n          keys: [\n            'get'\n            'list'\n          ]\n        }\n      }\n    ]"),
    },
  ],
});
