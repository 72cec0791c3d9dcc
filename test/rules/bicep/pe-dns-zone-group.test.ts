import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/pe-dns-zone-group';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const SEARCH = "resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 'search'\n}\n\n";
const pe = (extra = '') => `${SEARCH}resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    privateLinkServiceConnections: [
      {
        name: 'c'
        properties: {
          privateLinkServiceId: search.id
          groupIds: [
            'searchService'
          ]
        }
      }
    ]
  }
${extra}}
`;
const GROUP = "\nresource zones 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {\n  parent: pe\n  name: 'default'\n  properties: {\n    privateDnsZoneConfigs: []\n  }\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'zone group with parent:', code: pe() + GROUP },
    { name: 'nested zone group', code: pe("  resource zones 'privateDnsZoneGroups' = {\n    name: 'default'\n  }\n") },
    { name: "zone group named 'pe/default'", code: `${pe()}\nresource zones 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {\n  name: 'pe/default'\n}\n` },
    { name: 'existing endpoint', code: "resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {\n  name: 'pe'\n}\n" },
  ],
  invalid: [
    {
      name: 'no zone group',
      code: pe(),
      errors: [{ messageId: 'missing', line: 5, text: 'pe', message: 'public address of search' }],
      output: pe("\n  resource dnsZoneGroup 'privateDnsZoneGroups' = {\n    name: 'default'\n    properties: {\n      privateDnsZoneConfigs: [\n        {\n          name: 'privatelink-search-windows-net'\n          properties: {\n            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.search.windows.net')\n          }\n        }\n      ]\n    }\n  }\n"),
    },
    {
      name: 'AVM private endpoint module without a zone group',
      code: "module pe 'br/public:avm/res/network/private-endpoint:0.11.0' = {\n  params: {\n    name: 'pe'\n    subnetResourceId: 'subnet'\n  }\n}\n",
      errors: [{ messageId: 'avmItem', line: 2 }],
    },
    {
      name: 'AVM resource module private endpoint item without a zone group',
      code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    privateEndpoints: [\n      {\n        subnetResourceId: 'subnet'\n      }\n      {\n        subnetResourceId: 'subnet'\n        privateDnsZoneGroup: {\n          privateDnsZoneGroupConfigs: []\n        }\n      }\n    ]\n  }\n}\n",
      errors: [{ messageId: 'avmItem', line: 5, text: '{' }],
    },
  ],
});

it('pe-dns-zone-group: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: pe(), title: 'Add a private DNS zone group' });
});
