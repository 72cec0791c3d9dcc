import { it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../server/src/rules/bicep/cosmos-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { applySnippetFix } from './snippetCheck';
import { cosmosAccount as acct } from './fixtures';

const PE = `
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: {
      id: 'subnet'
    }
    privateLinkServiceConnections: [
      {
        name: 'c'
        properties: {
          privateLinkServiceId: cosmos.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: acct("    publicNetworkAccess: 'Disabled'") },
    { name: 'network security perimeter', code: acct("    publicNetworkAccess: 'SecuredByPerimeter'") },
    { name: 'unknown param', code: `param pna string\n${acct('    publicNetworkAccess: pna')}` },
    { name: 'existing account', code: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {\n  name: 'cosmos'\n}\n" },
    { name: 'AVM module default (Disabled)', code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'literal Enabled',
      code: acct("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 6, text: "'Enabled'" }],
      output: acct("    publicNetworkAccess: 'Disabled'"),
      fixTitles: ["Set publicNetworkAccess to 'Disabled'", 'Add a private endpoint for this resource'],
    },
    {
      name: 'absent',
      code: acct(''),
      errors: [{ messageId: 'absent', line: 4, text: 'properties' }],
      output: acct("    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'param default (unsafe)',
      code: `param pna string = 'Enabled'\n${acct('    publicNetworkAccess: pna')}`,
      errors: [{ line: 7, text: 'pna', related: ["Default of param pna: 'Enabled'"] }],
      output: `param pna string = 'Disabled'\n${acct('    publicNetworkAccess: pna')}`,
    },
    {
      name: 'a private endpoint exists: no second fix',
      code: acct("    publicNetworkAccess: 'Enabled'") + PE,
      errors: [{ line: 6 }],
      output: acct("    publicNetworkAccess: 'Disabled'") + PE,
      fixTitles: ["Set publicNetworkAccess to 'Disabled'"],
    },
    {
      name: 'AVM module passing Enabled',
      code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n    networkRestrictions: {\n      publicNetworkAccess: 'Enabled'\n    }\n  }\n}\n",
      errors: [{ line: 5, text: "'Enabled'" }],
      output: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n    networkRestrictions: {\n      publicNetworkAccess: 'Disabled'\n    }\n  }\n}\n",
    },
  ],
});

it('cosmos-public-network: the private endpoint fix inserts an endpoint wired to the account', () => {
  const { text } = applySnippetFix(rule, { code: acct("    publicNetworkAccess: 'Enabled'"), title: 'Add a private endpoint for this resource' });
  assert.match(text, /privateLinkServiceId: cosmos\.id\n\s+groupIds: \[\n\s+'Sql'/);
  assert.match(text, /resourceId\('Microsoft.Network\/privateDnsZones', 'privatelink.documents.azure.com'\)/);
  assert.match(text, /^param privateEndpointSubnetId string$/m);
});
