import rule from '../../../server/src/rules/bicep/pe-groupid-valid';
import { ruleTester } from '../../helpers/ruleTester';

const pe = (target: string, group: string, head = '') => `${head}resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    privateLinkServiceConnections: [
      {
        name: 'c'
        properties: {
          privateLinkServiceId: ${target}
          groupIds: [
            '${group}'
          ]
        }
      }
    ]
  }
}
`;
const AOAI = "resource aoai 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {\n  name: 'aoai'\n}\n\n";
const SA = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\n\n";

ruleTester(rule, {
  valid: [
    { name: 'account on Cognitive Services', code: pe('aoai.id', 'account', AOAI) },
    { name: 'dfs on storage', code: pe('sa.id', 'dfs', SA) },
    { name: 'unknown target (param)', code: pe('targetId', 'whatever', 'param targetId string\n') },
    { name: 'slot of a web app', code: pe("resourceId('Microsoft.Web/sites', 'app')", 'sites-staging') },
  ],
  invalid: [
    {
      name: 'blob on a Cognitive Services account',
      code: pe('aoai.id', 'blob', AOAI),
      errors: [{ messageId: 'invalid', line: 15, text: "'blob'", message: "(valid: 'account')" }],
      output: pe('aoai.id', 'account', AOAI),
      fixTitles: ["Use group id 'account'"],
    },
    {
      name: 'vault on storage through resourceId() (several choices, unsafe)',
      code: pe("resourceId('Microsoft.Storage/storageAccounts', 'sa')", 'vault'),
      errors: [{ line: 11 }],
      output: pe("resourceId('Microsoft.Storage/storageAccounts', 'sa')", 'blob'),
      fixTitles: ["Use group id 'blob'", "Use group id 'blob_secondary'", "Use group id 'file'", "Use group id 'file_secondary'"],
    },
    {
      name: 'AVM private endpoint module, target from an AVM module output',
      code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n  }\n}\n\nmodule pe 'br/public:avm/res/network/private-endpoint:0.11.0' = {\n  params: {\n    name: 'pe'\n    subnetResourceId: 'subnet'\n    privateLinkServiceConnections: [\n      {\n        name: 'c'\n        properties: {\n          privateLinkServiceId: kv.outputs.resourceId\n          groupIds: [\n            'registry'\n          ]\n        }\n      }\n    ]\n  }\n}\n",
      errors: [{ line: 17, text: "'registry'" }],
      output: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n  }\n}\n\nmodule pe 'br/public:avm/res/network/private-endpoint:0.11.0' = {\n  params: {\n    name: 'pe'\n    subnetResourceId: 'subnet'\n    privateLinkServiceConnections: [\n      {\n        name: 'c'\n        properties: {\n          privateLinkServiceId: kv.outputs.resourceId\n          groupIds: [\n            'vault'\n          ]\n        }\n      }\n    ]\n  }\n}\n",
    },
  ],
});
