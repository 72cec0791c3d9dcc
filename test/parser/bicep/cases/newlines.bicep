var singleLineObject = { abc: 'def', ghi: 'jkl' }
var trailing = { abc: 'def', ghi: 'jkl', }
var singleLineArray = ['abc', 'def']
var trailingArray = ['abc', 'def',]
var mixed = ['abc', 'def'
'ghi', 'jkl'
'lmn']
var emptyObj = {}
var emptyArr = []
var call = concat(
              'abc',          any(['hello']),
'def')
var nested = {
  abc: { 'def': 'ghi', abc: 'def', foo: [
    'bar', 'blah'
  ] }
}
