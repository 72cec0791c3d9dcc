import rule from '../../../server/src/rules/bicep/sql-defender';
import { ruleTester } from '../../helpers/ruleTester';

const SERVER = "resource sql 'Microsoft.Sql/servers@2023-08-01' = {\n  name: 'sql'\n  location: 'westeurope'\n  properties: {}\n}\n";
const policy = (props: string, type = 'securityAlertPolicies') => `\nresource alerts 'Microsoft.Sql/servers/${type}@2023-08-01' = {\n  parent: sql\n  name: 'Default'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'alert policy enabled', code: SERVER + policy("    state: 'Enabled'") },
    { name: 'advanced threat protection', code: SERVER + policy("    state: 'Enabled'", 'advancedThreatProtectionSettings') },
    { name: 'empty disabledAlerts', code: SERVER + policy("    state: 'Enabled'\n    disabledAlerts: []") },
    { name: 'subscription plan in the same file', code: `${SERVER}\nresource plan 'Microsoft.Security/pricings@2024-01-01' = {\n  name: 'SqlServers'\n  scope: subscription()\n  properties: {\n    pricingTier: 'Standard'\n  }\n}\n` },
    { name: 'existing server', code: "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n" },
  ],
  invalid: [
    {
      name: 'no policy',
      code: SERVER,
      errors: [{ messageId: 'missing', line: 1, text: 'sql' }],
      output: `${SERVER}\nresource sqlSecurityAlerts 'Microsoft.Sql/servers/securityAlertPolicies@2023-08-01' = {\n  parent: sql\n  name: 'Default'\n  properties: {\n    state: 'Enabled'\n    emailAccountAdmins: true\n  }\n}\n`,
    },
    {
      name: 'policy disabled',
      code: SERVER + policy("    state: 'Disabled'"),
      errors: [{ messageId: 'disabled', line: 11, text: "'Disabled'" }],
      output: SERVER + policy("    state: 'Enabled'"),
    },
    {
      name: 'alerts switched off',
      code: SERVER + policy("    state: 'Enabled'\n    disabledAlerts: [\n      'Sql_Injection'\n    ]"),
      errors: [{ messageId: 'disabledAlerts', line: 12 }],
      output: SERVER + policy("    state: 'Enabled'\n    disabledAlerts: []"),
    },
    {
      name: 'AVM module with a disabled policy',
      code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    securityAlertPolicies: [\n      {\n        name: 'Default'\n        state: 'Disabled'\n      }\n    ]\n  }\n}\n",
      errors: [{ messageId: 'disabled', line: 4 }],
    },
  ],
});
