import rule from '../../../server/src/rules/bicep/srch-local-auth';
import { ruleTester } from '../../helpers/ruleTester';
import { avmSearchService as avm, srch } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'local auth disabled', code: srch('    disableLocalAuth: true') },
    { name: 'transitional aadOrApiKey', code: srch("    authOptions: {\n      aadOrApiKey: {\n        aadAuthFailureMode: 'http401WithBearerChallenge'\n      }\n    }") },
    { name: 'unknown', code: `param dla bool\n${srch('    disableLocalAuth: dla')}` },
    { name: 'absent but authOptions from an unknown param', code: `param auth object\n${srch('    authOptions: auth')}` },
    { name: 'existing service', code: "resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 'srch-contoso'\n}\n" },
    { name: 'AVM module default (true)', code: avm("    sku: 'standard'") },
    { name: 'AVM module false with aadOrApiKey', code: avm("    disableLocalAuth: false\n    authOptions: {\n      aadOrApiKey: {\n        aadAuthFailureMode: 'http403'\n      }\n    }") },
  ],
  invalid: [
    {
      name: 'absent',
      code: srch("    replicaCount: 1"),
      errors: [{ messageId: 'absent', line: 7, text: 'properties' }],
      output: srch("    replicaCount: 1\n    disableLocalAuth: true"),
      fixTitles: ['Set disableLocalAuth to true'],
    },
    {
      name: 'absent with apiKeyOnly: the fix removes authOptions',
      code: srch("    replicaCount: 1\n    authOptions: {\n      apiKeyOnly: {}\n    }"),
      errors: [{ messageId: 'absent', line: 9, text: 'authOptions' }],
      output: srch("    replicaCount: 1\n    disableLocalAuth: true"),
      fixTitles: ['Set disableLocalAuth to true and remove authOptions'],
    },
    {
      name: 'literal false with apiKeyOnly',
      code: srch("    disableLocalAuth: false\n    authOptions: {\n      apiKeyOnly: {}\n    }"),
      errors: [{ messageId: 'insecure', line: 8, text: 'false' }],
      output: srch('    disableLocalAuth: true'),
    },
    {
      name: 'from a param default',
      code: `param dla bool = false\n${srch('    disableLocalAuth: dla')}`,
      errors: [{ messageId: 'insecure', line: 9, text: 'dla', related: ['Default of param dla: false'] }],
      output: `param dla bool = true\n${srch('    disableLocalAuth: dla')}`,
      fixTitles: ['Change the default of param dla to true'],
    },
    {
      name: 'AVM module passing false',
      code: avm('    disableLocalAuth: false'),
      errors: [{ messageId: 'insecure', line: 4, text: 'false' }],
      output: avm('    disableLocalAuth: true'),
    },
  ],
});
