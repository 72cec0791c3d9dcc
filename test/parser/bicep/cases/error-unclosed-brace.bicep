resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    publicNetworkAccess: 'Enabled'

param after string = 'still parsed'

resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv'
}
