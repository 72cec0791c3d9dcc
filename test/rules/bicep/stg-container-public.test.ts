import rule from '../../../server/src/rules/bicep/stg-container-public';
import { ruleTester } from '../../helpers/ruleTester';

const nested = (access: string) => `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'stcontoso'
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }

  resource blob 'blobServices' = {
    name: 'default'

    resource data 'containers' = {
      name: 'training-data'
      properties: {
        publicAccess: ${access}
      }
    }
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'None', code: nested("'None'") },
    { name: 'absent (default None)', code: "resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {\n  name: 'st/default/data'\n}\n" },
    { name: 'AVM storage module with private containers', code: "module sa 'br/public:avm/res/storage/storage-account:0.27.0' = {\n  params: {\n    name: 'st'\n    blobServices: {\n      containers: [\n        {\n          name: 'data'\n          publicAccess: 'None'\n        }\n      ]\n    }\n  }\n}\n" },
    { name: 'existing container', code: "resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {\n  name: 'st/default/data'\n}\n" },
  ],
  invalid: [
    {
      name: 'nested container with Container access',
      code: nested("'Container'"),
      errors: [{ messageId: 'insecure', line: 15, text: "'Container'" }],
      output: nested("'None'"),
      fixTitles: ["Set publicAccess to 'None'"],
    },
    {
      name: "'account/default/container' name with Blob access",
      code: "resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {\n  name: 'st/default/data'\n  properties: {\n    publicAccess: 'Blob'\n  }\n}\n",
      errors: [{ line: 4 }],
      output: "resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {\n  name: 'st/default/data'\n  properties: {\n    publicAccess: 'None'\n  }\n}\n",
    },
    {
      name: 'AVM storage module with a public container',
      code: "module sa 'br/public:avm/res/storage/storage-account:0.27.0' = {\n  params: {\n    name: 'st'\n    blobServices: {\n      containers: [\n        {\n          name: 'public-data'\n          publicAccess: 'Container'\n        }\n        {\n          name: 'private'\n        }\n      ]\n    }\n  }\n}\n",
      errors: [{ messageId: 'avmContainer', line: 8, text: "'Container'", message: "Container 'public-data' of storage module sa" }],
      output: "module sa 'br/public:avm/res/storage/storage-account:0.27.0' = {\n  params: {\n    name: 'st'\n    blobServices: {\n      containers: [\n        {\n          name: 'public-data'\n          publicAccess: 'None'\n        }\n        {\n          name: 'private'\n        }\n      ]\n    }\n  }\n}\n",
    },
    {
      name: 'containers in a loop from a param default',
      code: "param access string = 'Blob'\nparam names array = [\n  'a'\n]\nresource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [for n in names: {\n  name: 'st/default/${n}'\n  properties: {\n    publicAccess: access\n  }\n}]\n",
      errors: [{ line: 8, text: 'access', related: ["Default of param access: 'Blob'"] }],
      output: "param access string = 'None'\nparam names array = [\n  'a'\n]\nresource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [for n in names: {\n  name: 'st/default/${n}'\n  properties: {\n    publicAccess: access\n  }\n}]\n",
    },
  ],
});
