var merged = {
  ...baseProps
  publicNetworkAccess: 'Disabled'
}
var oneLine = { ...a, b: 1 }
var list = [
  ...a
  ...b
  'c'
]
var list2 = [...a, ...b]
