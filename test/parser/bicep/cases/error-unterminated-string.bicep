var a = 'not closed
var b = 'ok'
var c = 'x${y
var d = '''
never closed
