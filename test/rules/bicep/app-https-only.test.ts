import rule from '../../../server/src/rules/bicep/app-https-only';
import { ruleTester } from '../../helpers/ruleTester';

const app = (props: string, type = 'sites') => `resource app 'Microsoft.Web/${type}@2024-04-01' = {
  name: 'app'
  location: 'westeurope'
  properties: {
    serverFarmId: 'plan'
${props ? `${props}\n` : ''}  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'https only', code: app('    httpsOnly: true') },
    { name: 'unknown', code: `param h bool\n${app('    httpsOnly: h')}` },
    { name: 'existing', code: "resource app 'Microsoft.Web/sites@2024-04-01' existing = {\n  name: 'app'\n}\n" },
    { name: 'AVM default true', code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n  }\n}\n" },
  ],
  invalid: [
    { name: 'false', code: app('    httpsOnly: false'), errors: [{ messageId: 'insecure', line: 6, text: 'false' }], output: app('    httpsOnly: true') },
    { name: 'absent', code: app(''), errors: [{ messageId: 'absent', line: 4, text: 'properties' }], output: app('    httpsOnly: true') },
    {
      name: 'slot, nested child, absent',
      code: "resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n  properties: {\n    httpsOnly: true\n  }\n  resource staging 'slots' = {\n    name: 'staging'\n    location: 'westeurope'\n  }\n}\n",
      errors: [{ messageId: 'absent', line: 7, text: 'staging' }],
      output: "resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n  properties: {\n    httpsOnly: true\n  }\n  resource staging 'slots' = {\n    name: 'staging'\n    location: 'westeurope'\n    properties: {\n      httpsOnly: true\n    }\n  }\n}\n",
    },
    {
      name: 'param default',
      code: `param https bool = false\n${app('    httpsOnly: https')}`,
      errors: [{ line: 7, related: ['Default of param https: false'] }],
      output: `param https bool = true\n${app('    httpsOnly: https')}`,
    },
    {
      name: 'AVM false',
      code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    httpsOnly: false\n  }\n}\n",
      errors: [{ line: 6 }],
      output: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    httpsOnly: true\n  }\n}\n",
    },
  ],
});
