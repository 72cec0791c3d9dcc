/** Realistic Bicep inputs written for the parser tests (not copied from any corpus). */

export const AI_WORKLOAD = `targetScope = 'resourceGroup'

metadata description = 'Azure AI workload with private networking'

@description('Location for all resources.')
param location string = resourceGroup().location

@description('Prefix of every resource name.')
@minLength(3)
@maxLength(10)
param prefix string = 'ai'

@allowed([
  'Enabled'
  'Disabled'
])
param publicAccess string = 'Disabled'

@secure()
param adminPassword string

param enablePrivateEndpoint bool = true
param subnets array = [
  { name: 'snet-a', prefix: '10.0.1.0/24', enabled: true }
  { name: 'snet-b', prefix: '10.0.2.0/24', enabled: false }
]
param cmk customerManagedKeyType?

import { customerManagedKeyType } from 'br/public:avm/utl/types/avm-common-types:0.5.1'

var suffix = uniqueString(resourceGroup().id)
var tags = {
  workload: 'ai'
  env: prefix == 'prod' ? 'production' : 'dev'
}
var isProd = contains(prefix, 'prod')

resource vnet 'Microsoft.Network/virtualNetworks@2024-07-01' = {
  name: '\${prefix}-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.0.0.0/16']
    }
  }

  resource defaultSubnet 'subnets' = {
    name: 'default'
    properties: {
      addressPrefix: '10.0.0.0/24'
    }
  }
}

@batchSize(1)
resource extraSubnets 'Microsoft.Network/virtualNetworks/subnets@2024-07-01' = [for (s, i) in subnets: if (s.enabled) {
  parent: vnet
  name: s.name
  properties: {
    addressPrefix: s.prefix
  }
}]

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-\${prefix}-\${suffix}'
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enablePurgeProtection: isProd ? true : null
    publicNetworkAccess: publicAccess
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource aoai 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: '\${prefix}-aoai'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: toLower('\${prefix}aoai\${suffix}')
    disableLocalAuth: true
    publicNetworkAccess: enablePrivateEndpoint ? 'Disabled' : 'Enabled'
    encryption: cmk != null ? {
      keySource: 'Microsoft.KeyVault'
      keyVaultProperties: {
        keyName: cmk!.keyName
        keyVaultUri: kv.properties.vaultUri
      }
    } : null
  }
}

resource ws 'Microsoft.MachineLearningServices/workspaces@2025-01-01-preview' = {
  name: '\${prefix}-mlw'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    keyVault: kv.id
    publicNetworkAccess: publicAccess
    managedNetwork: {
      isolationMode: 'AllowOnlyApprovedOutbound'
    }
  }
}

resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2025-01-01-preview' = {
  parent: ws
  name: 'score'
  location: location
  properties: {
    authMode: 'Key'
    publicNetworkAccess: 'Enabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2025-05-01' = if (enablePrivateEndpoint) {
  name: '\${prefix}-pe'
  location: location
  properties: {
    subnet: { id: vnet::defaultSubnet.id }
    privateLinkServiceConnections: [
      {
        name: 'aoai'
        properties: {
          privateLinkServiceId: aoai.id
          groupIds: ['account']
        }
      }
    ]
  }
}

module storage './modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    allowPublic: publicAccess == 'Enabled'
  }
}

module registry 'br/public:avm/res/container-registry/registry:0.9.0' = {
  params: {
    name: '\${prefix}acr\${suffix}'
    publicNetworkAccess: 'Disabled'
  }
}

#disable-next-line outputs-should-not-contain-secrets
output aoaiKey string = aoai.listKeys().key1
output endpointUri string = aoai.properties.endpoint
output storageId string = storage.outputs.id
`;

export const STORAGE_MODULE = `param location string
param allowPublic bool = false

var names = map(range(0, 2), i => 'st\${i}')

resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'st\${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowBlobPublicAccess: allowPublic
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    networkAcls: {
      defaultAction: allowPublic ? 'Allow' : 'Deny'
    }
  }

  resource blob 'blobServices' = {
    name: 'default'
    resource containers 'containers' = [for n in names: {
      name: n
    }]
  }
}

output id string = sa.id
`;

export const TYPES_FILE = `@export()
type networkConfig = {
  @description('Default action.')
  defaultAction: 'Allow' | 'Deny'
  ipRules: {
    value: string
  }[]?
  *: string
}

@export()
@discriminator('kind')
type identity = systemIdentity | userIdentity

type systemIdentity = { kind: 'system' }
type userIdentity = { kind: 'user', ids: string[] }

@export()
var defaults = {
  defaultAction: 'Deny'
}

@export()
func prefixed(name string) string => 'ai-\${name}'

param acls resourceInput<'Microsoft.CognitiveServices/accounts@2025-06-01'>.properties.networkAcls?
`;

export const PARAMS_FILE = `using './main.bicep'

param prefix = 'prod'
param publicAccess = 'Enabled'
param adminPassword = az.getSecret('00000000-0000-0000-0000-000000000000', 'rg', 'kv', 'admin')
param subnets = [
  { name: 'snet-a', prefix: '10.0.1.0/24', enabled: true }
]
`;

export const EXPRESSIONS = `var a = cfg.?network.?defaultAction ?? 'Deny'
var b = [for (x, i) in items: {
  name: '\${x.name}-\${i}'
  value: x.?value ?? (i % 2 == 0 ? 'even' : 'odd')
}]
var c = filter(items, x => x.enabled && !empty(x.name))
var d = reduce(items, 0, (acc, x) => acc + length(x.name))
var e = {
  ...base
  extra: [...list, 'z']
}
var f = $'''
Hello \${name}
'''
var g = sa::blob::containers[0].name
var h = parts[^1]
var i2 = arr[?0]!.id
`;

export const ALL_SAMPLES: readonly string[] = [AI_WORKLOAD, STORAGE_MODULE, TYPES_FILE, EXPRESSIONS];
