import rule from '../../../server/src/rules/bicep/kv-audit-logs';
import { ruleTester } from '../../helpers/ruleTester';

const vault = `resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kv-contoso'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
  }
}`;
const diag = (logs: string) => `param workspaceId string

${vault}

resource kvDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-law'
  scope: kv
  properties: {
    workspaceId: workspaceId
    logs: [
${logs}
    ]
  }
}
`;
const log = (key: string, value: string) => `      {\n        ${key}: '${value}'\n        enabled: true\n      }`;

ruleTester(rule, {
  valid: [
    { name: 'AuditEvent', code: diag(log('category', 'AuditEvent')) },
    { name: 'audit group', code: diag(log('categoryGroup', 'audit')) },
    { name: 'allLogs group', code: diag(log('categoryGroup', 'allLogs')) },
    { name: 'logs from an unknown param', code: "param logs array\nresource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {\n  name: 'kv'\n}\nresource d 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'd'\n  scope: kv\n  properties: {\n    logs: logs\n  }\n}\n" },
    { name: 'a module receives the vault (it may add the setting)', code: `${vault}\n\nmodule diagnostics './diag.bicep' = {\n  name: 'diag'\n  params: {\n    vaultName: kv.name\n  }\n}\n` },
    { name: 'existing vault', code: "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv-contoso'\n}\n" },
    { name: 'AVM module with a diagnostic setting (allLogs by default)', code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    diagnosticSettings: [\n      {\n        workspaceResourceId: '/subscriptions/x/law'\n      }\n    ]\n  }\n}\n" },
    { name: 'no diagnostic setting at all: diag-missing reports the vault', code: `${vault}\n` },
    { name: 'AVM module without diagnosticSettings: diag-missing reports it', code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n  }\n}\n" },
    { name: 'settings for another resource only: diag-missing reports the vault', code: `param workspaceId string\n\n${vault}\n\nresource law 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {\n  name: 'law'\n  location: 'westeurope'\n}\n\nresource lawDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'to-law'\n  scope: law\n  properties: {\n    workspaceId: workspaceId\n    logs: [\n      {\n        categoryGroup: 'audit'\n        enabled: true\n      }\n    ]\n  }\n}\n` },
  ],
  invalid: [
    {
      name: 'a setting with metrics only',
      code: diag(log('category', 'AzurePolicyEvaluationDetails')),
      errors: [{ messageId: 'noAudit', line: 20, text: 'logs' }],
    },
    {
      name: 'AuditEvent disabled',
      code: diag("      {\n        category: 'AuditEvent'\n        enabled: false\n      }"),
      errors: [{ messageId: 'noAudit' }],
    },
    {
      name: 'AVM module with metrics-only settings',
      code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    diagnosticSettings: [\n      {\n        workspaceResourceId: '/subscriptions/x/law'\n        logCategoriesAndGroups: []\n      }\n    ]\n  }\n}\n",
      errors: [{ messageId: 'avmNoAudit', line: 4 }],
    },
  ],
});
