module local './modules/ws.bicep' = {
  name: 'ws'
  params: {
    name: 'mlw'
    location: location
  }
}

module avm 'br/public:avm/res/machine-learning-services/workspace:0.10.0' = {
  params: { name: 'mlw', sku: 'Basic' }
}

module priv 'br:myacr.azurecr.io/bicep/modules/x:1.0' = if (deploy) {
  scope: resourceGroup('rg')
  params: {}
}

module spec 'ts:00000000-0000-0000-0000-000000000000/rg/spec:2.0' = [for r in regions: {
  name: 'spec-${r}'
  params: {
    region: r
  }
}]

module alias 'br/myAlias:x:1.0' = {}
