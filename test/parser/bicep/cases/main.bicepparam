using './main.bicep'

extends 'shared.bicepparam'

import { cfg } from './types.bicep'

var prefix = 'ai'

param location = 'westeurope'
param tags = union(base, { env: 'prod' })
param apiKey = az.getSecret('sub', 'rg', 'kv', 'secret')
param token = readEnvironmentVariable('TOKEN', '')
param name = '${prefix}-ws'
param multi = '''
line
'''

extensionConfig k8s with {
  namespace: 'x'
}
