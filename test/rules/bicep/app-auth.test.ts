import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/app-auth';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const APP = "resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n}\n";
const auth = (enabled: string) => `\nresource auth 'Microsoft.Web/sites/config@2024-04-01' = {\n  parent: app\n  name: 'authsettingsV2'\n  properties: {\n    platform: {\n      enabled: ${enabled}\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'auth enabled', code: APP + auth('true') },
    { name: 'private app', code: "resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}\n" },
    { name: 'existing', code: "resource app 'Microsoft.Web/sites@2024-04-01' existing = {\n  name: 'app'\n}\n" },
  ],
  invalid: [
    {
      name: 'no authentication',
      code: APP,
      errors: [{ messageId: 'missing', line: 1, text: 'app' }],
      output: `${APP}\nresource appAuth 'Microsoft.Web/sites/config@2024-04-01' = {\n  parent: app\n  name: 'authsettingsV2'\n  properties: {\n    platform: {\n      enabled: true\n    }\n    globalValidation: {\n      requireAuthentication: true\n      unauthenticatedClientAction: '\${1:Return401}'\n    }\n    identityProviders: {\n      azureActiveDirectory: {\n        enabled: true\n        registration: {\n          clientId: '\${2:00000000-0000-0000-0000-000000000000}'\n          openIdIssuer: '\\\${environment().authentication.loginEndpoint}\\\${tenant().tenantId}/v2.0'\n        }\n      }\n    }\n  }\n}\n`,
    },
    { name: 'auth disabled', code: APP + auth('false'), errors: [{ messageId: 'disabled', line: 11, text: 'false' }], output: APP + auth('true') },
  ],
});

it('app-auth: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: APP, title: 'Add App Service authentication with Microsoft Entra ID' });
});
