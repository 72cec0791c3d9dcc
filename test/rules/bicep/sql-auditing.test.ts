import rule from '../../../server/src/rules/bicep/sql-auditing';
import { ruleTester } from '../../helpers/ruleTester';

const SERVER = "resource sql 'Microsoft.Sql/servers@2023-08-01' = {\n  name: 'sql'\n  location: 'westeurope'\n  properties: {}\n}\n";
const audit = (props: string, type = 'auditingSettings') => `\nresource audit 'Microsoft.Sql/servers/${type}@2023-08-01' = {\n  parent: sql\n  name: 'default'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'auditing enabled', code: SERVER + audit("    state: 'Enabled'\n    isAzureMonitorTargetEnabled: true") },
    { name: 'extended auditing, 90 days', code: SERVER + audit("    state: 'Enabled'\n    retentionDays: 90", 'extendedAuditingSettings') },
    { name: 'unlimited retention', code: SERVER + audit("    state: 'Enabled'\n    retentionDays: 0") },
    { name: "'server/default' name spelling", code: `${SERVER}\nresource audit 'Microsoft.Sql/servers/auditingSettings@2023-08-01' = {\n  name: 'sql/default'\n  properties: {\n    state: 'Enabled'\n  }\n}\n` },
    { name: 'nested child', code: "resource sql 'Microsoft.Sql/servers@2023-08-01' = {\n  name: 'sql'\n  location: 'westeurope'\n  resource audit 'auditingSettings' = {\n    name: 'default'\n    properties: {\n      state: 'Enabled'\n    }\n  }\n}\n" },
    { name: 'existing server', code: "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n" },
    { name: 'unknown state', code: `param s string\n${SERVER}${audit('    state: s')}` },
  ],
  invalid: [
    {
      name: 'no auditing child',
      code: SERVER,
      errors: [{ messageId: 'missing', line: 1, text: 'sql' }],
      output: `${SERVER}\nresource sqlAuditing 'Microsoft.Sql/servers/auditingSettings@2023-08-01' = {\n  parent: sql\n  name: 'default'\n  properties: {\n    state: 'Enabled'\n    isAzureMonitorTargetEnabled: true\n  }\n}\n`,
    },
    {
      name: 'auditing disabled',
      code: SERVER + audit("    state: 'Disabled'"),
      errors: [{ messageId: 'disabled', line: 11, text: "'Disabled'" }],
      output: SERVER + audit("    state: 'Enabled'"),
    },
    {
      name: 'retention too short',
      code: SERVER + audit("    state: 'Enabled'\n    retentionDays: 30"),
      errors: [{ messageId: 'retention', line: 12, text: '30', message: '30 days' }],
      output: SERVER + audit("    state: 'Enabled'\n    retentionDays: 90"),
    },
    {
      name: 'AVM module with auditing disabled',
      code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    auditSettings: {\n      state: 'Disabled'\n    }\n  }\n}\n",
      errors: [{ messageId: 'disabled', line: 5 }],
      output: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    auditSettings: {\n      state: 'Enabled'\n    }\n  }\n}\n",
    },
  ],
});
