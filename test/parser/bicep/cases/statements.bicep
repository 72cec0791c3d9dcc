targetScope = 'subscription'

metadata description = 'AI landing zone'

@description('Location of all resources')
@minLength(3)
param location string = deployment().location

@secure()
param adminKey string

@sys.description('Optional tags.')
param tags object?

@allowed([
  'Enabled'
  'Disabled'
])
param publicAccess string = 'Disabled'

var prefix = 'ai${uniqueString(subscription().id)}'
var count int = 3

@export()
type sku = 'Basic' | 'Standard'

func prefixed(n string) string => 'ai-${n}'

@secure()
output conn string = 'Key=${adminKey}'
output loc string = location

extension microsoftGraphV1
extension 'br:mcr.microsoft.com/bicep/extensions/microsoftgraph/v1.0:1.0.0' as graph
extension kubernetes with { namespace: 'default' } as k8s

import * as types from './types.bicep'
import { a, b as c } from 'br/public:avm/utl/types/avm-common-types:0.5.1'
import {
  diagnosticSettingFullType
  'quoted-name' as quoted
} from 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0'
