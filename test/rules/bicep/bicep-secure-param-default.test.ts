import rule from '../../../server/src/rules/bicep/bicep-secure-param-default';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    '@secure()\nparam adminPassword string\n',
    "@secure()\nparam adminPassword string = ''\n",
    '@secure()\nparam settings object = {}\n',
    "@secure()\nparam token string = newGuid()\n",
    "@secure()\nparam token string = '${newGuid()}${newGuid()}'\n",
    '@secure()\nparam a string\n@secure()\nparam b string = a\n',
    "param notSecret string = 'x'\n",
    'param legacy secureString\n',
  ],
  invalid: [
    {
      name: 'literal default',
      code: "@secure()\nparam adminPassword string = 'P@ssw0rd-not-real'\n",
      errors: [{ line: 2, text: "'P@ssw0rd-not-real'", message: 'Secure param adminPassword' }],
      output: '@secure()\nparam adminPassword string\n',
      fixTitles: ['Remove insecure default value'],
    },
    {
      name: 'legacy secureString type, computed default',
      code: "param key secureString = uniqueString(resourceGroup().id)\n",
      errors: [{ text: 'uniqueString(resourceGroup().id)' }],
      output: 'param key secureString\n',
    },
    {
      name: 'non-empty object',
      code: '@secure()\nparam cfg object = {\n  enabled: false\n}\n',
      errors: [{ line: 2 }],
      output: '@secure()\nparam cfg object\n',
    },
  ],
});
