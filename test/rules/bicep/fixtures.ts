/**
 * Resource templates shared by the Bicep rule tests (one definition, many rules).
 * Line numbers in the tests depend on this exact text: change it only with the tests.
 */

export const openAiAccount = (props: string) => `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'oai-contoso'
  location: 'swedencentral'
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
${props}
  }
}
`;

export const openAiAccountNoSku = (props: string) => `resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'oai-contoso'
  location: 'swedencentral'
  kind: 'OpenAI'
  properties: {
${props}
  }
}
`;

export const cosmosAccount = (props: string) => `resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: 'cosmos'
  location: 'westeurope'
  properties: {
    databaseAccountOfferType: 'Standard'
${props ? `${props}\n` : ''}  }
}
`;

export const acr = (props: string, sku = 'Premium') => `resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {
  name: 'crcontoso'
  location: 'westeurope'
  sku: {
    name: '${sku}'
  }
  properties: {
${props}
  }
}
`;

export const adf = (props: string) => `resource adf 'Microsoft.DataFactory/factories@2018-06-01' = {
  name: 'adf'
  location: 'westeurope'
  properties: {
${props}
  }
}
`;

export const aks = (props: string, extra = "  identity: {\n    type: 'SystemAssigned'\n  }\n", api = '2025-05-01') => `resource aks 'Microsoft.ContainerService/managedClusters@${api}' = {
  name: 'aks-contoso'
  location: 'westeurope'
${extra}  properties: {
    dnsPrefix: 'aks-contoso'
${props}
  }
}
`;

export const app = (siteConfig: string) => `resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app'
  location: 'westeurope'
  properties: {
    siteConfig: {
${siteConfig}
    }
  }
}
`;

export const avmAccount = (params: string) => `module acct 'br/public:avm/res/cognitive-services/account:0.13.0' = {
  params: {
    name: 'oai-contoso'
    kind: 'OpenAI'
${params}
  }
}
`;

export const avmManagedCluster = (params: string) => `module aks 'br/public:avm/res/container-service/managed-cluster:0.11.0' = {
  params: {
    name: 'aks-contoso'
    primaryAgentPoolProfiles: []
${params}
  }
}
`;

export const avmRegistry = (params: string) => `module acr 'br/public:avm/res/container-registry/registry:0.9.0' = {
  params: {
    name: 'crcontoso'
${params}
  }
}
`;

export const avmSearchService = (params: string) => `module search 'br/public:avm/res/search/search-service:0.11.0' = {
  params: {
    name: 'srch-contoso'
${params}
  }
}
`;

export const avmStorageAccount = (params: string) => `module sa 'br/public:avm/res/storage/storage-account:0.27.0' = {
  params: {
    name: 'stcontoso'
${params}
  }
}
`;

export const avmVault = (params: string) => `module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {
  params: {
    name: 'kv-contoso'
${params}
  }
}
`;

export const kv = (props: string, api = '2024-11-01') => `resource kv 'Microsoft.KeyVault/vaults@${api}' = {
  name: 'kv-contoso'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
${props}
  }
}
`;

export const sa = (props: string, api = '2025-01-01') => `resource sa 'Microsoft.Storage/storageAccounts@${api}' = {
  name: 'stcontoso'
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
${props}
  }
}
`;

export const secret = (props: string) => `@secure()
param value string

resource s 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  name: 'kv-contoso/db-password'
  properties: {
${props}
  }
}
`;

export const sql = (props: string) => `resource sql 'Microsoft.Sql/servers@2023-08-01' = {
  name: 'sql'
  location: 'westeurope'
  properties: {
    version: '12.0'
${props ? `${props}\n` : ''}  }
}
`;

export const srch = (props: string) => `resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: 'srch-contoso'
  location: 'westeurope'
  sku: {
    name: 'standard'
  }
  properties: {
${props}
  }
}
`;
