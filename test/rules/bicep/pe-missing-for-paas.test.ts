import { it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../server/src/rules/bicep/pe-missing-for-paas';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const ws = (pna: string, extra = '') => `param location string = resourceGroup().location

resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'ws'
  location: location
${extra}  properties: {
    publicNetworkAccess: ${pna}
  }
}
`;
const pe = (target: string) => `
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: location
  properties: {
    subnet: {
      id: 'subnet'
    }
    privateLinkServiceConnections: [
      {
        name: 'c'
        properties: {
          privateLinkServiceId: ${target}
          groupIds: [
            'amlworkspace'
          ]
        }
      }
    ]
  }
}
`;
const EXPECTED_PE = `
resource \${1:wsPrivateEndpoint} 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: '\\\${ws.name}-pe'
  location: location
  properties: {
    subnet: {
      id: \${2:privateEndpointSubnetId}
    }
    privateLinkServiceConnections: [
      {
        name: '\\\${ws.name}-pe'
        properties: {
          privateLinkServiceId: ws.id
          groupIds: [
            '\${3:amlworkspace}'
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
          name: 'privatelink-api-azureml-ms'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.api.azureml.ms')
          }
        }
        {
          name: 'privatelink-notebooks-azure-net'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.notebooks.azure.net')
          }
        }
      ]
    }
  }
}
`;

const WITH_PARAM = ws("'Disabled'").replace('param location string = resourceGroup().location\n', "param location string = resourceGroup().location\n@description('Resource id of the subnet that holds the private endpoints.')\nparam ${2:privateEndpointSubnetId} string\n");

ruleTester(rule, {
  valid: [
    { name: 'public access on (left to the *-public-network rules)', code: ws("'Enabled'") },
    { name: 'a private endpoint targets it', code: ws("'Disabled'") + pe('ws.id') },
    { name: 'targeted through resourceId()', code: ws("'Disabled'") + pe("resourceId('Microsoft.MachineLearningServices/workspaces', 'ws')") },
    { name: 'an AVM private endpoint module targets it', code: `${ws("'Disabled'")}\nmodule pe 'br/public:avm/res/network/private-endpoint:0.11.0' = {\n  params: {\n    name: 'pe'\n    subnetResourceId: 'subnet'\n    privateLinkServiceConnections: [\n      {\n        name: 'c'\n        properties: {\n          privateLinkServiceId: ws.id\n          groupIds: [\n            'amlworkspace'\n          ]\n        }\n      }\n    ]\n  }\n}\n` },
    { name: 'a local module that creates an endpoint receives its id', code: `${ws("'Disabled'")}\nmodule pe './pe.bicep' = {\n  params: {\n    targetId: ws.id\n  }\n}\n`, files: { 'pe.bicep': "param targetId string\nresource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {\n  name: 'pe'\n  properties: {\n    privateLinkServiceConnections: [\n      {\n        name: 'c'\n        properties: {\n          privateLinkServiceId: targetId\n        }\n      }\n    ]\n  }\n}\n" } },
    { name: 'module file that outputs the id (the caller wires the endpoint)', code: `${ws("'Disabled'")}\noutput id string = ws.id\n` },
    { name: 'hub project', code: ws("'Disabled'", "  kind: 'Project'\n") },
    { name: 'existing', code: "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {\n  name: 'ws'\n}\n" },
  ],
  invalid: [
    {
      name: 'private workspace without endpoint',
      code: ws("'Disabled'"),
      errors: [{ messageId: 'missing', line: 7, text: "'Disabled'", message: "Azure Machine Learning workspace ws disables public network access" }],
      output: WITH_PARAM + EXPECTED_PE,
      fixTitles: ['Add a private endpoint for this resource'],
    },
    {
      name: 'a local module that does not create endpoints receives the id',
      code: `${ws("'Disabled'")}\nmodule roles './roles.bicep' = {\n  params: {\n    targetId: ws.id\n  }\n}\n`,
      files: { 'roles.bicep': "param targetId string\nresource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: guid(targetId)\n  properties: {\n    principalId: 'x'\n    roleDefinitionId: 'y'\n  }\n}\n" },
      errors: [{ line: 7 }],
      output: `${WITH_PARAM}${EXPECTED_PE}\nmodule roles './roles.bicep' = {\n  params: {\n    targetId: ws.id\n  }\n}\n`,
    },
    {
      name: 'existing subnet param is reused; conditional resource keeps its condition',
      code: "param subnetId string\nparam deploy bool\n\nresource kv 'Microsoft.KeyVault/vaults@2024-11-01' = if (deploy) {\n  name: 'kv'\n  location: 'westeurope'\n  properties: {\n    publicNetworkAccess: 'disabled'\n  }\n}\n",
      errors: [{ line: 8, message: 'Key vault kv' }],
      output: "param subnetId string\nparam deploy bool\n\nresource kv 'Microsoft.KeyVault/vaults@2024-11-01' = if (deploy) {\n  name: 'kv'\n  location: 'westeurope'\n  properties: {\n    publicNetworkAccess: 'disabled'\n  }\n}\n\nresource ${1:kvPrivateEndpoint} 'Microsoft.Network/privateEndpoints@2024-05-01' = if (deploy) {\n  name: '\\${kv.name}-pe'\n  location: 'westeurope'\n  properties: {\n    subnet: {\n      id: subnetId\n    }\n    privateLinkServiceConnections: [\n      {\n        name: '\\${kv.name}-pe'\n        properties: {\n          privateLinkServiceId: kv.id\n          groupIds: [\n            '${3:vault}'\n          ]\n        }\n      }\n    ]\n  }\n\n  resource dnsZoneGroup 'privateDnsZoneGroups' = {\n    name: 'default'\n    properties: {\n      privateDnsZoneConfigs: [\n        {\n          name: 'privatelink-vaultcore-azure-net'\n          properties: {\n            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')\n          }\n        }\n      ]\n    }\n  }\n}\n",
    },
  ],
});

it('pe-missing-for-paas: the snippet parses and resolves the finding, for every supported type', () => {
  const cases: [string, string][] = [
    ['Microsoft.MachineLearningServices/workspaces@2024-10-01', "'Disabled'"],
    ['Microsoft.CognitiveServices/accounts@2025-06-01', "'Disabled'"],
    ['Microsoft.Search/searchServices@2025-05-01', "'disabled'"],
    ['Microsoft.Storage/storageAccounts@2025-01-01', "'Disabled'"],
    ['Microsoft.KeyVault/vaults@2024-11-01', "'disabled'"],
    ['Microsoft.ContainerRegistry/registries@2025-04-01', "'Disabled'"],
    ['Microsoft.DocumentDB/databaseAccounts@2024-11-15', "'Disabled'"],
    ['Microsoft.Sql/servers@2023-08-01', "'Disabled'"],
    ['Microsoft.DataFactory/factories@2018-06-01', "'Disabled'"],
    ['Microsoft.Web/sites@2024-04-01', "'Disabled'"],
    ['Microsoft.Purview/accounts@2021-12-01', "'Disabled'"],
  ];
  for (const [type, value] of cases) {
    const code = `resource res '${type}' = {\n  name: 'res'\n  location: 'westeurope'\n  kind: 'AIServices'\n  properties: {\n    publicNetworkAccess: ${value}\n  }\n}\n`;
    const text = assertSnippetResolves(rule, { code, title: 'Add a private endpoint for this resource' });
    assert.match(text, /privateLinkServiceId: res\.id/);
  }
});
