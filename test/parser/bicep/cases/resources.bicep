resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa${uniqueString(resourceGroup().id)}'
  location: resourceGroup().location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
    }
  }

  resource blob 'blobServices' = {
    name: 'default'
    resource c 'containers@2025-01-01' = {
      name: 'data'
    }
  }
}

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: 'kv'
  scope: resourceGroup('other-rg')
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2025-01-01' = {
  parent: fs
  name: 'share'
}

resource fs 'Microsoft.Storage/storageAccounts/fileServices@2025-01-01' = {
  name: 'sa/default'
}

resource pe 'Microsoft.Network/privateEndpoints@2025-05-01' = if (enablePe) {
  name: 'pe'
}

resource pe2 'Microsoft.Network/privateEndpoints@2025-05-01' =
  if (enablePe) {
    name: 'pe2'
  }

@batchSize(1)
resource subnets 'Microsoft.Network/virtualNetworks/subnets@2024-07-01' = [for (subnet, i) in subnetList: if (subnet.enabled) {
  name: 'snet-${i}'
}]

output blobId string = sa::blob::c.id
