import rule from '../../../server/src/rules/bicep/app-basic-publishing-creds';
import { ruleTester } from '../../helpers/ruleTester';

const APP = "resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n}\n";
const policy = (name: string, allow: string) => `\nresource ${name}Policy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {\n  parent: app\n  name: '${name}'\n  properties: {\n    allow: ${allow}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'both disabled', code: APP + policy('ftp', 'false') + policy('scm', 'false') },
    { name: 'nested children', code: "resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n  resource ftp 'basicPublishingCredentialsPolicies' = {\n    name: 'ftp'\n    properties: {\n      allow: false\n    }\n  }\n  resource scm 'basicPublishingCredentialsPolicies' = {\n    name: 'scm'\n    properties: {\n      allow: false\n    }\n  }\n}\n" },
    { name: 'existing app', code: "resource app 'Microsoft.Web/sites@2024-04-01' existing = {\n  name: 'app'\n}\n" },
    { name: 'AVM with policies', code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    basicPublishingCredentialsPolicies: [\n      {\n        name: 'ftp'\n        allow: false\n      }\n    ]\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'no policies',
      code: APP,
      errors: [{ messageId: 'missing', line: 1, text: 'app', message: 'FTP and SCM' }],
      output: `${APP}\nresource appFtpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {\n  parent: app\n  name: 'ftp'\n  properties: {\n    allow: false\n  }\n}\n\nresource appScmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {\n  parent: app\n  name: 'scm'\n  properties: {\n    allow: false\n  }\n}\n`,
    },
    {
      name: 'scm allowed',
      code: APP + policy('ftp', 'false') + policy('scm', 'true'),
      errors: [{ messageId: 'allowed', line: 18, text: 'true' }],
      output: APP + policy('ftp', 'false') + policy('scm', 'false'),
    },
    {
      name: 'AVM without policies',
      code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n  }\n}\n",
      errors: [{ messageId: 'avm', line: 2 }],
    },
  ],
});
