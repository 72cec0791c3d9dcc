import rule from '../../../server/src/rules/bicep/aml-ws-user-assigned-identity';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (identity: string, props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n${identity}  properties: {\n${props}\n  }\n}\n`;
const uami = "  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: {\n      '/subscriptions/x/uami': {}\n    }\n  }\n";

ruleTester(rule, {
  valid: [
    { name: 'user-assigned primary identity', code: ws(uami, "    primaryUserAssignedIdentity: '/subscriptions/x/uami'") },
    { name: 'system and user assigned', code: ws(uami.replace("'UserAssigned'", "'SystemAssigned,UserAssigned'"), "    primaryUserAssignedIdentity: '/subscriptions/x/uami'") },
    { name: 'unknown identity type', code: `param t string\n${ws('  identity: {\n    type: t\n  }\n', "    friendlyName: 'ws'")}` },
  ],
  invalid: [
    {
      name: 'system-assigned only',
      code: ws("  identity: {\n    type: 'SystemAssigned'\n  }\n", "    friendlyName: 'ws'"),
      errors: [{ messageId: 'insecure', line: 4, text: "'SystemAssigned'", message: 'type is' }],
    },
    { name: 'no identity', code: ws('', "    friendlyName: 'ws'"), errors: [{ messageId: 'absent', text: 'ws', message: 'identity.type' }] },
    { name: 'user-assigned without a primary identity', code: ws(uami, "    friendlyName: 'ws'"), errors: [{ messageId: 'absent', line: 9, text: 'properties', message: 'primaryUserAssignedIdentity' }] },
  ],
});
