var a = cfg.?network.?defaultAction
var b = customerManagedKey!.keyName
var c = arr[0]
var d = arr[?0]
var e = parts[^1]
var f = arr[?^1]
var g = az.resourceGroup().location
var h = sys.concat('a', 'b')
var i = filter(items, x => x.enabled)
var j = reduce(xs, 0, (acc, x) => acc + x)
var k = map(range(0, 3), () => 'n')
var l = isProd ? 'Disabled' : 'Enabled'
var m = a ?? b ?? 'default'
var n = !x && y || z
var o = -1 + 2 * 3 % 4 - 5 / 6
var p = a == b && c != d || e =~ f && g !~ h
var q = a < b && c <= d && e > f && g >= h
var r = sa.listKeys().keys[0].value
var s = sa::blob.id
var t = isProd
  ? 'a'
  : 'b'
var u = !!flag
var v = (a + b) * c
var w = [for x in items: x.name]
var x = [for (x, i) in items: {
  name: x
  index: i
}]
var y = sort(xs, (a, b) => a < b)
var z = toObject(xs, x => x.name, x => x)
var aa = concat(
  'abc',
  'def'
)
var bb = x.y!.z
var cc = a!
var dd = (x)
var ee = null
var ff = true || false
