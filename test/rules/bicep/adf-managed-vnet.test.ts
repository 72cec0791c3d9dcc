import rule from '../../../server/src/rules/bicep/adf-managed-vnet';
import { ruleTester } from '../../helpers/ruleTester';

const ADF = "resource adf 'Microsoft.DataFactory/factories@2018-06-01' = {\n  name: 'adf'\n  location: 'westeurope'\n}\n";
const VNET = "\nresource vnet 'Microsoft.DataFactory/factories/managedVirtualNetworks@2018-06-01' = {\n  parent: adf\n  name: 'default'\n  properties: {}\n}\n";
const ir = (extra: string) => `\nresource ir 'Microsoft.DataFactory/factories/integrationRuntimes@2018-06-01' = {\n  parent: adf\n  name: 'AutoResolveIntegrationRuntime'\n  properties: {\n    type: 'Managed'\n${extra}  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'managed vnet and runtime using it', code: ADF + VNET + ir("    managedVirtualNetwork: {\n      referenceName: 'default'\n      type: 'ManagedVirtualNetworkReference'\n    }\n") },
    { name: 'self-hosted runtime', code: ADF + VNET + "\nresource shir 'Microsoft.DataFactory/factories/integrationRuntimes@2018-06-01' = {\n  parent: adf\n  name: 'shir'\n  properties: {\n    type: 'SelfHosted'\n  }\n}\n" },
    { name: 'existing factory', code: "resource adf 'Microsoft.DataFactory/factories@2018-06-01' existing = {\n  name: 'adf'\n}\n" },
    { name: 'AVM with a managed vnet', code: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n    managedVirtualNetwork: {\n      name: 'default'\n    }\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'factory without managed vnet',
      code: ADF,
      errors: [{ messageId: 'factory', line: 1, text: 'adf' }],
      output: `${ADF}\nresource adfManagedVnet 'Microsoft.DataFactory/factories/managedVirtualNetworks@2018-06-01' = {\n  parent: adf\n  name: 'default'\n  properties: {}\n}\n\nresource adfManagedRuntime 'Microsoft.DataFactory/factories/integrationRuntimes@2018-06-01' = {\n  parent: adf\n  name: 'AutoResolveIntegrationRuntime'\n  properties: {\n    type: 'Managed'\n    managedVirtualNetwork: {\n      referenceName: adfManagedVnet.name\n      type: 'ManagedVirtualNetworkReference'\n    }\n    typeProperties: {\n      computeProperties: {\n        location: 'AutoResolve'\n      }\n    }\n  }\n}\n`,
    },
    {
      name: 'managed runtime outside the managed vnet',
      code: ADF + VNET + ir(''),
      errors: [{ messageId: 'runtime', line: 15, text: 'properties' }],
      output: ADF + VNET + ir("    managedVirtualNetwork: {\n      referenceName: 'default'\n      type: 'ManagedVirtualNetworkReference'\n    }\n"),
    },
    {
      name: 'AVM without managedVirtualNetwork',
      code: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n  }\n}\n",
      errors: [{ messageId: 'avm', line: 2 }],
    },
  ],
});
