import rule from '../../../server/src/rules/bicep/purview-public-network';
import { ruleTester } from '../../helpers/ruleTester';

const pv = (props: string) => `resource pv 'Microsoft.Purview/accounts@2021-12-01' = {\n  name: 'pv'\n  location: 'westeurope'\n  properties: {\n${props}\n  }\n}\n`;
const BOTH = "    publicNetworkAccess: 'Disabled'\n    managedResourcesPublicNetworkAccess: 'Disabled'";

ruleTester(rule, {
  valid: [
    { name: 'both disabled', code: pv(BOTH) },
    { name: 'unknown', code: `param a string\nparam b string\n${pv('    publicNetworkAccess: a\n    managedResourcesPublicNetworkAccess: b')}` },
    { name: 'existing', code: "resource pv 'Microsoft.Purview/accounts@2021-12-01' existing = {\n  name: 'pv'\n}\n" },
    { name: 'AVM default', code: "module pv 'br/public:avm/res/purview/account:0.9.0' = {\n  params: {\n    name: 'pv'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'both absent',
      code: pv("    friendlyName: 'pv'"),
      errors: [{ messageId: 'open', line: 4, text: 'properties', message: 'publicNetworkAccess is not specified, managedResourcesPublicNetworkAccess is not specified' }],
      output: pv(`    friendlyName: 'pv'\n${BOTH}`),
      fixTitles: ["Set publicNetworkAccess and managedResourcesPublicNetworkAccess to 'Disabled'", 'Add a private endpoint for this resource'],
    },
    {
      name: 'account enabled, managed resources absent',
      code: pv("    publicNetworkAccess: 'Enabled'"),
      errors: [{ line: 5, text: "'Enabled'" }],
      output: pv(BOTH),
    },
    {
      name: 'managed resources enabled only',
      code: pv("    publicNetworkAccess: 'Disabled'\n    managedResourcesPublicNetworkAccess: 'Enabled'"),
      errors: [{ line: 6, message: 'managedResourcesPublicNetworkAccess is enabled' }],
      output: pv(BOTH),
    },
    {
      name: 'AVM Enabled',
      code: "module pv 'br/public:avm/res/purview/account:0.9.0' = {\n  params: {\n    name: 'pv'\n    publicNetworkAccess: 'Enabled'\n  }\n}\n",
      errors: [{ messageId: 'avm', line: 4 }],
      output: "module pv 'br/public:avm/res/purview/account:0.9.0' = {\n  params: {\n    name: 'pv'\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
  ],
});
