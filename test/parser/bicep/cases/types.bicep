type sku = 'Basic' | 'Standard' | 'Premium'
type leading =
  | 'a'
  | 'b'
type acl = {
  @description('The default action')
  defaultAction: 'Allow' | 'Deny'
  ipRules: string[]?
  *: string
}
type pair = [string, int]
type arr = (int | string)[]
type nums = -1 | 0 | 1
type flags = true | false | null

@sealed()
type closed = {
  name: string
}

@discriminator('kind')
type union1 = typeA | typeB

type ref = acl.defaultAction
type elem = pair[0]
type items = arr[*]
type addl = acl.*
type wild = types.someType

param acls resourceInput<'Microsoft.CognitiveServices/accounts@2025-06-01'>.properties.networkAcls?
output p resourceOutput<'Microsoft.Storage/storageAccounts@2025-06-01'>.properties = sa.properties
param sa2 resource 'Microsoft.Storage/storageAccounts@2025-06-01'
output sa3 resource = sa
param ns sys.resourceInput<'Microsoft.Storage/storageAccounts@2025-06-01'>
type tup = [
  @description('first')
  string
  int
]
