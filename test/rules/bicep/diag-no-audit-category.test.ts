import rule from '../../../server/src/rules/bicep/diag-no-audit-category';
import { ruleTester } from '../../helpers/ruleTester';

const diag = (props: string, target = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv'\n}\n") => `${target}\nresource kvDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'diag'\n  scope: kv\n  properties: {\n    workspaceId: 'law'\n${props}\n  }\n}\n`;
const METRICS = "    metrics: [\n      {\n        category: 'AllMetrics'\n        enabled: true\n      }\n    ]";
const logs = (entries: string) => `    logs: [\n${entries}\n    ]`;
const entry = (k: string, v: string, enabled = 'true') => `      {\n        ${k}: '${v}'\n        enabled: ${enabled}\n      }`;

ruleTester(rule, {
  valid: [
    { name: 'audit group', code: diag(logs(entry('categoryGroup', 'audit'))) },
    { name: 'allLogs group', code: diag(logs(entry('categoryGroup', 'allLogs'))) },
    { name: 'AuditEvent category (Key Vault)', code: diag(logs(entry('category', 'AuditEvent'))) },
    { name: 'storage account root (metrics only by design)', code: diag(METRICS, "resource kv 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\n") },
    { name: 'logs from a param', code: `param l array\n${diag('    logs: l')}` },
    { name: 'AVM default groups', code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    diagnosticSettings: [\n      {\n        workspaceResourceId: 'law'\n      }\n    ]\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'metrics only',
      code: diag(METRICS),
      errors: [{ messageId: 'noLogs', line: 5, text: 'kvDiag' }],
      output: diag(`${METRICS}\n${logs(entry('categoryGroup', 'audit'))}`),
    },
    {
      name: 'audit disabled, other category on',
      code: diag(logs(`${entry('categoryGroup', 'audit', 'false')}\n${entry('category', 'AzurePolicyEvaluationDetails')}`)),
      errors: [{ messageId: 'noAudit', line: 10, text: 'logs' }],
      output: diag(logs(`${entry('categoryGroup', 'audit', 'false')}\n${entry('category', 'AzurePolicyEvaluationDetails')}\n${entry('categoryGroup', 'audit')}`)),
    },
    {
      name: 'empty logs',
      code: diag('    logs: []'),
      errors: [{ messageId: 'noLogs', line: 10 }],
      output: diag(logs(entry('categoryGroup', 'audit'))),
    },
    {
      name: 'AVM item with request logs only',
      code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    diagnosticSettings: [\n      {\n        workspaceResourceId: 'law'\n        logCategoriesAndGroups: [\n          {\n            category: 'AzurePolicyEvaluationDetails'\n          }\n        ]\n      }\n    ]\n  }\n}\n",
      errors: [{ messageId: 'avm', line: 7 }],
    },
  ],
});
