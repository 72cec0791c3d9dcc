import rule from '../../../server/src/rules/bicep/bicep-output-secret';
import { ruleTester } from '../../helpers/ruleTester';

const sa = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\n";

ruleTester(rule, {
  valid: [
    `${sa}output blobEndpoint string = sa.properties.primaryEndpoints.blob\n`,
    `${sa}@secure()\noutput key string = sa.listKeys().keys[0].value\n`,
    'output passwordPolicyEnabled bool = true\n',
    '@secure()\nparam cfg object\noutput cfgName string = cfg.name\n',
  ],
  invalid: [
    {
      name: 'listKeys() in an output',
      code: `${sa}output key string = sa.listKeys().keys[0].value\n`,
      errors: [{ messageId: 'listCall', line: 4, text: 'sa.listKeys().keys[0].value' }],
      output: `${sa}@secure()\noutput key string = sa.listKeys().keys[0].value\n`,
      fixTitles: ['Add @secure() to output key'],
    },
    {
      name: 'listKeys() through a var',
      code: `${sa}var cs = 'AccountKey=\${sa.listKeys().keys[0].value}'\noutput connectionString string = cs\n`,
      errors: [{ messageId: 'listCall', line: 5, related: ['listKeys() is called here'] }],
      output: `${sa}var cs = 'AccountKey=\${sa.listKeys().keys[0].value}'\n@secure()\noutput connectionString string = cs\n`,
    },
    {
      name: 'stand-alone listConnectionStrings()',
      code: "output cs object = listConnectionStrings(resourceId('Microsoft.DocumentDB/databaseAccounts', 'db'), '2024-11-15')\n",
      errors: [{ messageId: 'listCall', message: 'listConnectionStrings()' }],
      output: "@secure()\noutput cs object = listConnectionStrings(resourceId('Microsoft.DocumentDB/databaseAccounts', 'db'), '2024-11-15')\n",
    },
    {
      name: 'secure param',
      code: '@secure()\nparam adminPassword string\noutput pwd string = adminPassword\n',
      errors: [{ messageId: 'secureParam', line: 3, related: ['Secure param adminPassword is declared here'] }],
      output: '@secure()\nparam adminPassword string\n@secure()\noutput pwd string = adminPassword\n',
    },
    {
      name: 'named like a password',
      code: "output adminPassword string = 'x'\n",
      errors: [{ messageId: 'byName', text: 'adminPassword' }],
      output: "@secure()\noutput adminPassword string = 'x'\n",
    },
  ],
});
