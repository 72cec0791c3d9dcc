import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/app-cors-wildcard';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const app = (origins: string) => `resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app'
  location: 'westeurope'
  properties: {
    siteConfig: {
      cors: {
        allowedOrigins: ${origins}
      }
    }
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'explicit origins', code: app("[\n          'https://chat.contoso.com'\n        ]") },
    { name: 'no cors', code: "resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n}\n" },
    { name: 'unknown', code: `param origins array\n${app('origins')}` },
  ],
  invalid: [
    {
      name: 'wildcard',
      code: app("[\n          '*'\n        ]"),
      errors: [{ messageId: 'insecure', line: 7 }],
      output: app("[\n          '${1:https://www.contoso.com}'\n        ]"),
      fixTitles: ["Replace '*' with an explicit origin"],
    },
    {
      name: 'wildcard in config/web from a var: no snippet',
      code: "var origins = [\n  '*'\n]\n\nresource web 'Microsoft.Web/sites/config@2024-04-01' = {\n  name: 'app/web'\n  properties: {\n    cors: {\n      allowedOrigins: origins\n    }\n  }\n}\n",
      errors: [{ line: 9, text: 'origins', related: [/var origins/] }],
    },
    {
      name: 'AVM siteConfig',
      code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    siteConfig: {\n      cors: {\n        allowedOrigins: [\n          '*'\n        ]\n      }\n    }\n  }\n}\n",
      errors: [{ line: 8 }],
    },
  ],
});

it('app-cors-wildcard: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: app("[\n          '*'\n        ]"), title: "Replace '*' with an explicit origin" });
});
