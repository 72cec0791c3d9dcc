import rule from '../../../server/src/rules/bicep/adf-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { adf } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: adf("    publicNetworkAccess: 'Disabled'") },
    { name: 'unknown', code: `param pna string\n${adf('    publicNetworkAccess: pna')}` },
    { name: 'existing', code: "resource adf 'Microsoft.DataFactory/factories@2018-06-01' existing = {\n  name: 'adf'\n}\n" },
    { name: 'AVM default', code: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'enabled',
      code: adf("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 5, text: "'Enabled'" }],
      output: adf("    publicNetworkAccess: 'Disabled'"),
      fixTitles: ["Set publicNetworkAccess to 'Disabled'", 'Add a private endpoint for this resource'],
    },
    {
      name: 'absent (no properties)',
      code: "resource adf 'Microsoft.DataFactory/factories@2018-06-01' = {\n  name: 'adf'\n  location: 'westeurope'\n}\n",
      errors: [{ messageId: 'absent', line: 1, text: 'adf' }],
      output: "resource adf 'Microsoft.DataFactory/factories@2018-06-01' = {\n  name: 'adf'\n  location: 'westeurope'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
    {
      name: 'param default',
      code: `param pna string = 'Enabled'\n${adf('    publicNetworkAccess: pna')}`,
      errors: [{ line: 6, related: ["Default of param pna: 'Enabled'"] }],
      output: `param pna string = 'Disabled'\n${adf('    publicNetworkAccess: pna')}`,
    },
    {
      name: 'AVM Enabled',
      code: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n    publicNetworkAccess: 'Enabled'\n  }\n}\n",
      errors: [{ line: 4 }],
      output: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
  ],
});
