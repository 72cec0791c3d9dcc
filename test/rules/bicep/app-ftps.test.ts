import rule from '../../../server/src/rules/bicep/app-ftps';
import { ruleTester } from '../../helpers/ruleTester';
import { app } from './fixtures';

const WEB_CONFIG = (state: string) => `
resource web 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'web'
  properties: {
    ftpsState: ${state}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: app("      ftpsState: 'Disabled'") },
    { name: 'FTPS only', code: app("      ftpsState: 'FtpsOnly'") },
    { name: 'set by config/web', code: app('      alwaysOn: true') + WEB_CONFIG("'Disabled'") },
    { name: 'existing', code: "resource app 'Microsoft.Web/sites@2024-04-01' existing = {\n  name: 'app'\n}\n" },
    { name: 'AVM default FtpsOnly', code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n  }\n}\n" },
  ],
  invalid: [
    { name: 'AllAllowed', code: app("      ftpsState: 'AllAllowed'"), errors: [{ messageId: 'insecure', line: 6, text: "'AllAllowed'" }], output: app("      ftpsState: 'Disabled'") },
    { name: 'absent', code: app('      alwaysOn: true'), errors: [{ messageId: 'absent', line: 5, text: 'siteConfig' }], output: app("      alwaysOn: true\n      ftpsState: 'Disabled'") },
    { name: 'AllAllowed in config/web', code: app("      ftpsState: 'FtpsOnly'") + WEB_CONFIG("'AllAllowed'"), errors: [{ line: 15, text: "'AllAllowed'" }], output: app("      ftpsState: 'FtpsOnly'") + WEB_CONFIG("'Disabled'") },
    {
      name: 'AVM AllAllowed',
      code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    siteConfig: {\n      ftpsState: 'AllAllowed'\n    }\n  }\n}\n",
      errors: [{ line: 7 }],
      output: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    siteConfig: {\n      ftpsState: 'Disabled'\n    }\n  }\n}\n",
    },
  ],
});
