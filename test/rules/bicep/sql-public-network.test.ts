import rule from '../../../server/src/rules/bicep/sql-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { sql } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: sql("    publicNetworkAccess: 'Disabled'") },
    { name: 'unknown param', code: `param pna string\n${sql('    publicNetworkAccess: pna')}` },
    { name: 'existing', code: "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n" },
    { name: 'AVM default', code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'literal Enabled',
      code: sql("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 6, text: "'Enabled'" }],
      output: sql("    publicNetworkAccess: 'Disabled'"),
      fixTitles: ["Set publicNetworkAccess to 'Disabled'", 'Add a private endpoint for this resource'],
    },
    { name: 'absent', code: sql(''), errors: [{ messageId: 'absent', line: 4 }], output: sql("    publicNetworkAccess: 'Disabled'") },
    {
      name: 'param default',
      code: `param pna string = 'Enabled'\n${sql('    publicNetworkAccess: pna')}`,
      errors: [{ line: 7, related: ["Default of param pna: 'Enabled'"] }],
      output: `param pna string = 'Disabled'\n${sql('    publicNetworkAccess: pna')}`,
    },
    {
      name: 'the private endpoint fix (snippet text)',
      code: `// data tier\n${sql("    publicNetworkAccess: 'Enabled'")}`,
      fixIndex: 1,
      errors: [{ line: 7 }],
      output: `// data tier
@description('Resource id of the subnet that holds the private endpoints.')
param \${2:privateEndpointSubnetId} string

${sql("    publicNetworkAccess: 'Enabled'")}
resource \${1:sqlPrivateEndpoint} 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: '\\\${sql.name}-pe'
  location: 'westeurope'
  properties: {
    subnet: {
      id: \${2:privateEndpointSubnetId}
    }
    privateLinkServiceConnections: [
      {
        name: '\\\${sql.name}-pe'
        properties: {
          privateLinkServiceId: sql.id
          groupIds: [
            '\${3:sqlServer}'
          ]
        }
      }
    ]
  }

  resource dnsZoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'privatelink-database-windows-net'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink\\\${environment().suffixes.sqlServerHostname}')
          }
        }
      ]
    }
  }
}
`,
    },
    {
      name: 'AVM passing Enabled',
      code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    publicNetworkAccess: 'Enabled'\n  }\n}\n",
      errors: [{ line: 4 }],
      output: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
  ],
});
