import rule from '../../../server/src/rules/bicep/aml-ws-datastore-auth';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'identity', code: ws("    systemDatastoresAuthMode: 'Identity'") },
    { name: 'identity, lower case', code: ws("    systemDatastoresAuthMode: 'identity'") },
    { name: 'user delegation SAS', code: ws("    systemDatastoresAuthMode: 'UserDelegationSAS'") },
    { name: 'AVM module passing identity', code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n    systemDatastoresAuthMode: 'identity'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'account key',
      code: ws("    systemDatastoresAuthMode: 'AccessKey'"),
      errors: [{ messageId: 'insecure', line: 4, text: "'AccessKey'" }],
      output: ws("    systemDatastoresAuthMode: 'Identity'"),
    },
    {
      name: 'absent',
      code: ws("    friendlyName: 'ws'"),
      errors: [{ messageId: 'absent', line: 3 }],
      output: ws("    friendlyName: 'ws'\n    systemDatastoresAuthMode: 'Identity'"),
    },
    {
      name: 'param default',
      code: `param mode string = 'accessKey'\n${ws('    systemDatastoresAuthMode: mode')}`,
      errors: [{ line: 5, related: ["Default of param mode: 'accessKey'"] }],
      output: `param mode string = 'Identity'\n${ws('    systemDatastoresAuthMode: mode')}`,
    },
  ],
});
