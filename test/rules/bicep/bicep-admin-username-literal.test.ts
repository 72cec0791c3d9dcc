import rule from '../../../server/src/rules/bicep/bicep-admin-username-literal';
import { ruleTester } from '../../helpers/ruleTester';

const vm = (user: string, before = '') => `${before}resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {\n  name: 'vm'\n  location: 'westeurope'\n  properties: {\n    osProfile: {\n      computerName: 'vm'\n      adminUsername: ${user}\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'param', code: vm('adminUsername', 'param adminUsername string\n') },
    { name: 'administratorLogin is not checked by default', code: "resource sql 'Microsoft.Sql/servers@2025-01-01' = {\n  name: 'sql'\n  location: 'x'\n  properties: {\n    administratorLogin: 'sqladmin'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'literal: extracted to a param with the same default',
      code: vm("'azureuser'", "param location string = 'westeurope'\n"),
      errors: [{ line: 8, text: "'azureuser'" }],
      output: vm('adminUsername', "param location string = 'westeurope'\nparam adminUsername string = 'azureuser'\n"),
      fixTitles: ['Move the value to a new param adminUsername'],
    },
    {
      name: 'administratorLogin via options, name taken',
      options: { propertyNames: ['administratorLogin'] },
      code: "var administratorLogin = 'x'\nresource sql 'Microsoft.Sql/servers@2025-01-01' = {\n  name: 'sql'\n  location: 'x'\n  properties: {\n    administratorLogin: 'sqladmin'\n  }\n}\n",
      errors: [{ line: 6 }],
      output: "param administratorLogin2 string = 'sqladmin'\n\nvar administratorLogin = 'x'\nresource sql 'Microsoft.Sql/servers@2025-01-01' = {\n  name: 'sql'\n  location: 'x'\n  properties: {\n    administratorLogin: administratorLogin2\n  }\n}\n",
    },
  ],
});
