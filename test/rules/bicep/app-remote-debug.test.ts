import rule from '../../../server/src/rules/bicep/app-remote-debug';
import { ruleTester } from '../../helpers/ruleTester';

const app = (siteConfig: string, type = 'sites') => `resource app 'Microsoft.Web/${type}@2024-04-01' = {
  name: 'app'
  location: 'westeurope'
  properties: {
    siteConfig: {
${siteConfig}
    }
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'off', code: app('      remoteDebuggingEnabled: false') },
    { name: 'absent', code: app('      alwaysOn: true') },
    { name: 'unknown', code: `param d bool\n${app('      remoteDebuggingEnabled: d')}` },
  ],
  invalid: [
    { name: 'on', code: app('      remoteDebuggingEnabled: true'), errors: [{ messageId: 'insecure', line: 6, text: 'true' }], output: app('      remoteDebuggingEnabled: false') },
    {
      name: 'on for a slot named parent/child',
      code: "resource slot 'Microsoft.Web/sites/slots@2024-04-01' = {\n  name: 'app/staging'\n  location: 'westeurope'\n  properties: {\n    siteConfig: {\n      remoteDebuggingEnabled: true\n    }\n  }\n}\n",
      errors: [{ line: 6 }],
      output: "resource slot 'Microsoft.Web/sites/slots@2024-04-01' = {\n  name: 'app/staging'\n  location: 'westeurope'\n  properties: {\n    siteConfig: {\n      remoteDebuggingEnabled: false\n    }\n  }\n}\n",
    },
    {
      name: 'ternary on an environment param',
      code: `param isDev bool\n${app('      remoteDebuggingEnabled: isDev ? true : false')}`,
      errors: [{ line: 7, text: 'isDev ? true : false' }],
      output: `param isDev bool\n${app('      remoteDebuggingEnabled: false')}`,
    },
  ],
});
