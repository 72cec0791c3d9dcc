test t 'main.bicep' = {
  params: {
    a: 1
  }
}
assert nameOk = length(name) < 24
import 'az@1.0.0'
var multiLineLambda = map(xs, x =>
  x.name)
