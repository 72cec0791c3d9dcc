import rule from '../../../server/src/rules/bicep/app-min-tls';
import { ruleTester } from '../../helpers/ruleTester';
import { app } from './fixtures';

const webConfig = (props: string) => `resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: 'app'
}

resource web 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'web'
  properties: {
${props}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: '1.2', code: app("      minTlsVersion: '1.2'") },
    { name: '1.3', code: app("      minTlsVersion: '1.3'") },
    { name: 'absent (platform default 1.2)', code: app("      alwaysOn: true") },
    { name: 'config/web 1.2', code: webConfig("    minTlsVersion: '1.2'") },
    { name: 'other config name', code: "resource app 'Microsoft.Web/sites@2024-04-01' existing = {\n  name: 'app'\n}\n\nresource settings 'Microsoft.Web/sites/config@2024-04-01' = {\n  parent: app\n  name: 'appsettings'\n  properties: {\n    minTlsVersion: '1.0'\n  }\n}\n" },
  ],
  invalid: [
    { name: '1.0 in siteConfig', code: app("      minTlsVersion: '1.0'"), errors: [{ messageId: 'insecure', line: 6, text: "'1.0'" }], output: app("      minTlsVersion: '1.2'") },
    { name: '1.1 in config/web', code: webConfig("    minTlsVersion: '1.1'"), errors: [{ line: 9, text: "'1.1'" }], output: webConfig("    minTlsVersion: '1.2'") },
    {
      name: "config named 'app/web'",
      code: "resource web 'Microsoft.Web/sites/config@2024-04-01' = {\n  name: 'app/web'\n  properties: {\n    minTlsVersion: '1.0'\n  }\n}\n",
      errors: [{ line: 4 }],
      output: "resource web 'Microsoft.Web/sites/config@2024-04-01' = {\n  name: 'app/web'\n  properties: {\n    minTlsVersion: '1.2'\n  }\n}\n",
    },
    {
      name: 'param default',
      code: `param tls string = '1.0'\n${app('      minTlsVersion: tls')}`,
      errors: [{ line: 7, related: ["Default of param tls: '1.0'"] }],
      output: `param tls string = '1.2'\n${app('      minTlsVersion: tls')}`,
    },
    {
      name: 'AVM siteConfig',
      code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    siteConfig: {\n      minTlsVersion: '1.1'\n    }\n  }\n}\n",
      errors: [{ line: 7 }],
      output: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    siteConfig: {\n      minTlsVersion: '1.2'\n    }\n  }\n}\n",
    },
  ],
});
