resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' =
resource b 'Microsoft.Storage/storageAccounts@2025-01-01'
resource
param p string
