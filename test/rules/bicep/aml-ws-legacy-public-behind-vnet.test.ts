import rule from '../../../server/src/rules/bicep/aml-ws-legacy-public-behind-vnet';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'absent', code: ws("    publicNetworkAccess: 'Disabled'") },
    { name: 'false', code: ws('    allowPublicAccessWhenBehindVnet: false') },
    { name: 'unknown', code: `param allow bool\n${ws('    allowPublicAccessWhenBehindVnet: allow')}` },
  ],
  invalid: [
    {
      name: 'true literal: the property line is removed',
      code: ws("    allowPublicAccessWhenBehindVnet: true\n    publicNetworkAccess: 'Disabled'"),
      errors: [{ line: 4, text: 'true' }],
      output: ws("    publicNetworkAccess: 'Disabled'"),
      fixTitles: ['Remove allowPublicAccessWhenBehindVnet'],
    },
    {
      name: 'from a param default (unsafe removal)',
      code: `param allow bool = true\n${ws('    allowPublicAccessWhenBehindVnet: allow\n    hbiWorkspace: true')}`,
      errors: [{ line: 5, text: 'allow', related: ['Default of param allow: true'] }],
      output: `param allow bool = true\n${ws('    hbiWorkspace: true')}`,
    },
  ],
});
