var plain = 'hello'
var escapes = 'it\'s a \\ back\nslash \$ \t \u{1F600} \r'
var interp = 'a${b}c${d.e}f'
var nested = 'x${'y${z}'}'
var obj = '${ { a: 1 }.a }'
var ml = '''
first line
  second 'quoted' ${not interpolated}
'''
var mlOneLine = '''hello'''
var mlQuote = ''''a''''
var mli = $'''
Hello ${name}!
'''
var mli2 = $$'''
literal ${x} vs $${y} and $$$${z}
'''
var empty = ''
var keyed = {
  'quoted-key': 1
  '${dyn}': 2
}
