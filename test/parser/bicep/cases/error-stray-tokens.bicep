var a = 1 2 3
) ] }
param b string = ) 'x'
var c = { a: 1 b: 2 }
var d = foo(1 2)
output e string = 'x' ;
var f = "double"
var g = 1 & 2
