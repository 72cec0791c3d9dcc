import rule from '../../../server/src/rules/bicep/aml-ws-cmk';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'customer-managed key', code: ws("    encryption: {\n      status: 'Enabled'\n      keyVaultProperties: {\n        keyVaultArmId: 'kv'\n        keyIdentifier: 'key'\n      }\n    }") },
    { name: 'AVM with a customer-managed key', code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n    customerManagedKey: {\n      keyName: 'k'\n      keyVaultResourceId: 'kv'\n    }\n  }\n}\n" },
  ],
  invalid: [
    { name: 'absent (no fix: a key is needed)', code: ws("    friendlyName: 'ws'"), errors: [{ messageId: 'absent', line: 3 }] },
    { name: 'disabled', code: ws("    encryption: {\n      status: 'Disabled'\n    }"), errors: [{ messageId: 'insecure', line: 5, text: "'Disabled'" }] },
    { name: 'AVM without a key', code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n  }\n}\n", errors: [{ messageId: 'absent', line: 2 }] },
  ],
});
