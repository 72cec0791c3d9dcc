import rule from '../../../server/src/rules/bicep/bicep-secret-param-not-secure';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    '@secure()\nparam adminPassword string\n',
    'param keyVaultSecretName string\n',
    'param secretUri string\n',
    'param passwordLength int = 16\n',
    "param syncNtlmPasswords ('Disabled' | 'Enabled') = 'Enabled'\n",
    "@allowed([\n  'Enabled'\n  'Disabled'\n])\nparam passwordSync string = 'Enabled'\n",
    'param secretsExportConfiguration object?\n',
    'param solutionUniqueToken string\n',
    'param secrets array\n',
    { name: 'allowed by option', code: 'param myApiKeyHeader string\n', options: { allowedNames: ['keyheader'] } },
  ],
  invalid: [
    {
      name: 'password',
      code: "@description('The admin password')\nparam adminPassword string\n",
      errors: [{ messageId: 'byName', line: 2, text: 'adminPassword' }],
      output: "@description('The admin password')\n@secure()\nparam adminPassword string\n",
      fixTitles: ['Add @secure() to param adminPassword'],
    },
    { name: 'storage account key, nullable', code: 'param storageAccountKey string?\n', errors: [{ messageId: 'byName' }], output: '@secure()\nparam storageAccountKey string?\n' },
    { name: 'GitHub token', code: 'param githubToken string\n', errors: [{ messageId: 'byName' }], output: '@secure()\nparam githubToken string\n' },
    { name: 'object of secrets', code: 'param clientSecrets object\n', errors: [{ messageId: 'byName' }], output: '@secure()\nparam clientSecrets object\n' },
    { name: 'extra name from options', code: 'param licence string\n', options: { extraNames: ['licence'] }, errors: [{ messageId: 'byName' }], output: '@secure()\nparam licence string\n' },
    {
      name: 'default from a secure param',
      code: '@secure()\nparam adminPassword string\nparam other string = adminPassword\n',
      errors: [{ messageId: 'fromSecure', line: 3, message: 'secure param adminPassword' }],
      output: '@secure()\nparam adminPassword string\n@secure()\nparam other string = adminPassword\n',
    },
  ],
});
