import rule from '../../../server/src/rules/bicep/purview-managed-eventhub';
import { ruleTester } from '../../helpers/ruleTester';

const pv = (props: string) => `resource pv 'Microsoft.Purview/accounts@2021-12-01' = {\n  name: 'pv'\n  location: 'westeurope'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: pv("    managedEventHubState: 'Disabled'") },
    { name: 'absent (NotSpecified)', code: pv("    publicNetworkAccess: 'Disabled'") },
    { name: 'AVM passing Disabled', code: "module pv 'br/public:avm/res/purview/account:0.9.0' = {\n  params: {\n    name: 'pv'\n    managedEventHubState: 'Disabled'\n  }\n}\n" },
  ],
  invalid: [
    { name: 'enabled', code: pv("    managedEventHubState: 'Enabled'"), errors: [{ messageId: 'insecure', line: 5 }], output: pv("    managedEventHubState: 'Disabled'") },
    {
      name: 'AVM default (Enabled)',
      code: "module pv 'br/public:avm/res/purview/account:0.9.0' = {\n  params: {\n    name: 'pv'\n  }\n}\n",
      errors: [{ messageId: 'absent', line: 2 }],
      output: "module pv 'br/public:avm/res/purview/account:0.9.0' = {\n  params: {\n    name: 'pv'\n    managedEventHubState: 'Disabled'\n  }\n}\n",
    },
  ],
});
