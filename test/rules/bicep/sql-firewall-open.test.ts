import rule from '../../../server/src/rules/bicep/sql-firewall-open';
import { ruleTester } from '../../helpers/ruleTester';

const SERVER = "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n";
const fw = (start: string, end: string, name = 'fw') => `resource ${name} 'Microsoft.Sql/servers/firewallRules@2023-08-01' = {
  parent: sql
  name: '${name}'
  properties: {
    startIpAddress: ${start}
    endIpAddress: ${end}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'one address', code: SERVER + fw("'203.0.113.10'", "'203.0.113.10'") },
    { name: 'a /24', code: SERVER + fw("'203.0.113.0'", "'203.0.113.255'") },
    { name: 'unknown param', code: `param ip string\n${SERVER}${fw('ip', 'ip')}` },
    { name: 'existing rule', code: `${SERVER}resource fw 'Microsoft.Sql/servers/firewallRules@2023-08-01' existing = {\n  parent: sql\n  name: 'AllowAllWindowsAzureIps'\n}\n` },
    { name: 'AVM narrow rule', code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    firewallRules: [\n      {\n        name: 'office'\n        startIpAddress: '203.0.113.1'\n        endIpAddress: '203.0.113.9'\n      }\n    ]\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'allow all Azure services',
      code: `${SERVER}\n${fw("'0.0.0.0'", "'0.0.0.0'", 'allowAzure')}`,
      errors: [{ messageId: 'azure', line: 9, text: "'0.0.0.0'" }],
      output: SERVER,
      fixTitles: ['Remove firewall rule allowAzure'],
    },
    {
      name: 'the whole internet',
      code: `${SERVER}\n${fw("'0.0.0.0'", "'255.255.255.255'")}\noutput x string = 'y'\n`,
      errors: [{ messageId: 'any', message: '0.0.0.0–255.255.255.255' }],
      output: `${SERVER}\noutput x string = 'y'\n`,
    },
    {
      name: 'a wide range',
      code: SERVER + fw("'10.0.0.0'", "'10.255.255.255'"),
      errors: [{ messageId: 'wide', message: '16777216 public addresses' }],
      output: "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n",
    },
    {
      name: 'from params: no fix, related at the default',
      code: `param startIp string = '0.0.0.0'\n${SERVER}${fw('startIp', "'255.255.255.255'")}`,
      errors: [{ messageId: 'any', line: 9, text: 'startIp', related: ["Default of param startIp: '0.0.0.0'"] }],
    },
    {
      name: 'in a loop over rules: one finding',
      code: `var rules = [\n  {\n    name: 'office'\n    start: '203.0.113.1'\n    end: '203.0.113.9'\n  }\n  {\n    name: 'azure'\n    start: '0.0.0.0'\n    end: '0.0.0.0'\n  }\n]\n${SERVER}resource fw 'Microsoft.Sql/servers/firewallRules@2023-08-01' = [for r in rules: {\n  parent: sql\n  name: r.name\n  properties: {\n    startIpAddress: r.start\n    endIpAddress: r.end\n  }\n}]\n`,
      errors: [{ messageId: 'azure', line: 20, text: 'r.start' }],
    },
    {
      name: 'AVM module rule',
      code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    firewallRules: [\n      {\n        name: 'AllowAllWindowsAzureIps'\n        startIpAddress: '0.0.0.0'\n        endIpAddress: '0.0.0.0'\n      }\n    ]\n  }\n}\n",
      errors: [{ messageId: 'azure', line: 7, text: "'0.0.0.0'" }],
    },
  ],
});
