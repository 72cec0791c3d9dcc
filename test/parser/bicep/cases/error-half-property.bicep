resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: 'sa'
  properties: {
    publicNetworkAcc
    minimumTlsVersion: 
    allowBlobPublicAccess: false
  }
}
var ok = 1
