// a line comment
/* a block
   comment */
#disable-next-line no-hardcoded-env-urls BCP081
param x string = 'https://management.azure.com' // trailing

#disable-diagnostics use-recent-api-versions secure-secrets
var y = {
  /* inside */ a: 1
  // between
  b: 2
}
#restore-diagnostics use-recent-api-versions
var s = '#disable-next-line not-a-pragma'
var t = '''
#disable-next-line also-not
'''
