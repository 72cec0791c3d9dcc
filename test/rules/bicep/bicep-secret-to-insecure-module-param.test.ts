import rule from '../../../server/src/rules/bicep/bicep-secret-to-insecure-module-param';
import { ruleTester } from '../../helpers/ruleTester';

const callee = (decl: string) => `${decl}\nresource s 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {\n  name: 'kv/x'\n  properties: {\n    value: 'placeholder'\n  }\n}\n`;
const caller = (value: string) => `@secure()\nparam adminPassword string\nresource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\nmodule m './mod.bicep' = {\n  name: 'm'\n  params: {\n    pwd: ${value}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'target param is secure', code: caller('adminPassword'), files: { 'mod.bicep': callee('@secure()\nparam pwd string') } },
    { name: 'target type has secure members', code: caller('{\n      password: adminPassword\n    }'), files: { 'mod.bicep': callee('type cfg = {\n  @secure()\n  password: string\n}\nparam pwd cfg') } },
    { name: 'not a secret', code: caller("'hello'"), files: { 'mod.bicep': callee('param pwd string') } },
    { name: 'non-secret field of a secure object', code: "@secure()\nparam cfg object\nmodule m './mod.bicep' = {\n  name: 'm'\n  params: {\n    pwd: cfg.name\n  }\n}\n", files: { 'mod.bicep': callee('param pwd string') } },
    {
      name: 'a secure param that names resources (a uniqueString() suffix) is no secret',
      code: "@secure()\nparam token string = substring(uniqueString(resourceGroup().id), 0, 5)\nvar suffix = toLower('app${token}')\nresource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {\n  name: 'st${suffix}'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: {\n    name: 'Standard_LRS'\n  }\n}\nmodule m './mod.bicep' = {\n  name: 'm-${suffix}'\n  params: {\n    pwd: token\n  }\n}\n",
      files: { 'mod.bicep': callee('param pwd string') },
    },
    { name: '.bicepparam to a secure param', path: 'main.bicepparam', code: "using './main.bicep'\nparam pwd = az.getSecret('sub', 'rg', 'kv', 'pwd')\n", files: { 'main.bicep': '@secure()\nparam pwd string\n' } },
  ],
  invalid: [
    {
      name: 'secure param into a plain param',
      code: caller('adminPassword'),
      files: { 'mod.bicep': callee('param pwd string') },
      errors: [{ messageId: 'module', line: 9, text: 'adminPassword', message: 'in param pwd, which is not @secure() in mod.bicep', related: ['param pwd is declared here without @secure()'] }],
    },
    {
      name: 'only the length of the secret is in a name: still a secret',
      code: "@secure()\nparam adminPassword string\nmodule m './mod.bicep' = {\n  name: 'm-${length(adminPassword)}'\n  params: {\n    pwd: adminPassword\n  }\n}\n",
      files: { 'mod.bicep': callee('param pwd string') },
      errors: [{ messageId: 'module', line: 6, text: 'adminPassword' }],
    },
    {
      name: 'listKeys() into a plain param',
      code: caller('sa.listKeys().keys[0].value'),
      files: { 'mod.bicep': callee('param pwd string') },
      errors: [{ messageId: 'module', message: 'the result of listKeys()' }],
    },
    {
      name: 'Key Vault secret into a plain param of a .bicepparam file',
      path: 'main.bicepparam',
      code: "using './main.bicep'\nparam pwd = az.getSecret('sub', 'rg', 'kv', 'pwd')\n",
      files: { 'main.bicep': 'param pwd string\n' },
      errors: [{ messageId: 'paramsFile', line: 2, message: 'a Key Vault secret' }],
    },
  ],
});

const nested = (type: string) => `@secure()\nparam adminPassword string\nresource d 'Microsoft.Resources/deployments@2024-03-01' = {\n  name: 'nested'\n  properties: {\n    mode: 'Incremental'\n    expressionEvaluationOptions: {\n      scope: 'inner'\n    }\n    parameters: {\n      pwd: {\n        value: adminPassword\n      }\n    }\n    template: {\n      parameters: {\n        pwd: {\n          type: '${type}'\n        }\n      }\n      resources: []\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [{ name: 'nested template param is a securestring', code: nested('secureString') }],
  invalid: [
    {
      name: 'nested template param is a plain string',
      code: nested('string'),
      errors: [{ messageId: 'nested', line: 12, text: 'adminPassword', related: ["The template declares pwd as 'string'"] }],
    },
  ],
});
