import rule from '../../../server/src/rules/bicep/bicep-hardcoded-env-url';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    "var blob = 'https://${sa}.blob.${environment().suffixes.storage}'\nparam sa string\n",
    "var schema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'\n",
    "@description('Calls https://management.azure.com for you.')\nparam x string\n",
    "metadata info = 'see https://login.microsoftonline.com'\n",
    "var notAHost = 'mycore.windows.network'\n",
  ],
  invalid: [
    {
      name: 'storage suffix: safe fix with environment()',
      code: "param sa string\nvar blob = 'https://${sa}.blob.core.windows.net/data'\n",
      errors: [{ line: 2, text: 'core.windows.net', message: 'environment().suffixes.storage' }],
      output: "param sa string\nvar blob = 'https://${sa}.blob.${environment().suffixes.storage}/data'\n",
    },
    {
      name: 'Key Vault host',
      code: "var kvUri = 'https://contoso.vault.azure.net/'\n",
      errors: [{ text: 'vault.azure.net' }],
      output: "var kvUri = 'https://contoso${environment().suffixes.keyvaultDns}/'\n",
    },
    { name: 'login endpoint (no drop-in fix)', code: "var authority = 'https://login.microsoftonline.com/tenant'\n", errors: [{ text: 'login.microsoftonline.com', message: 'an environment() property' }] },
    { name: 'longest host wins', code: "var m = 'https://management.core.windows.net/'\n", errors: [{ text: 'management.core.windows.net' }] },
    {
      name: 'upper-case host',
      code: "var kvUri = 'https://CONTOSO.VAULT.AZURE.NET/'\n",
      errors: [{ text: 'VAULT.AZURE.NET' }],
      output: "var kvUri = 'https://CONTOSO${environment().suffixes.keyvaultDns}/'\n",
    },
    { name: 'host spelled with an escape', code: "var blob = 'https://x.blob.core\\u{2E}windows.net'\n", errors: [{ message: 'core.windows.net' }] },
    // every default host (the file pre-filter must let each through); a multi-line string gets no fix
    ...((rule.meta.defaultOptions?.['disallowedHosts'] ?? []) as string[]).map((host) => ({
      name: `default host ${host}`,
      code: `var u = '''https://x.${host}/p'''\n`,
      errors: [{ message: host }],
    })),
    { name: 'custom host list', code: "var aoai = 'https://x.openai.azure.com'\n", options: { disallowedHosts: ['openai.azure.com'] }, errors: [{ text: 'openai.azure.com' }] },
  ],
});
