import { it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../helpers/analyzeText';
import rule from '../../../server/src/rules/bicep/diag-missing';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const KV = "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = {\n  name: 'kv'\n  location: 'westeurope'\n}\n";
const diag = (scope: string) => `\nresource kvDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'diag'\n  scope: ${scope}\n  properties: {\n    workspaceId: 'law'\n    logs: [\n      {\n        categoryGroup: 'audit'\n        enabled: true\n      }\n    ]\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'diagnostic settings scoped to the vault', code: KV + diag('kv') },
    { name: 'in a loop over vaults', code: "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' = [for i in range(0, 2): {\n  name: 'kv${i}'\n  location: 'westeurope'\n}]\n\nresource kvDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = [for i in range(0, 2): {\n  name: 'diag'\n  scope: kv[i]\n  properties: {\n    workspaceId: 'law'\n  }\n}]\n" },
    { name: 'a local module creates them', code: `${KV}\nmodule diagnostics './diag.bicep' = {\n  params: {\n    vaultName: kv.name\n  }\n}\n`, files: { 'diag.bicep': "param vaultName string\nresource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: vaultName\n}\nresource d 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'diag'\n  scope: kv\n  properties: {}\n}\n" } },
    { name: 'type not in scope', code: "resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: 'vnet'\n  location: 'westeurope'\n}\n" },
    { name: 'existing vault', code: "resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv'\n}\n" },
    { name: 'AVM with diagnosticSettings', code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    diagnosticSettings: [\n      {\n        workspaceResourceId: 'law'\n      }\n    ]\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'no diagnostic settings, a param is declared',
      code: KV,
      errors: [{ messageId: 'missing', line: 1, text: 'kv', message: 'Key vault kv' }],
      output: `@description('Resource id of the Log Analytics workspace that receives diagnostic logs.')\nparam \${2:logAnalyticsWorkspaceId} string\n\n${KV}\nresource \${1:kvDiagnostics} 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'send-to-log-analytics'\n  scope: kv\n  properties: {\n    workspaceId: \${2:logAnalyticsWorkspaceId}\n    logs: [\n      {\n        categoryGroup: '\${3:allLogs}'\n        enabled: true\n      }\n    ]\n  }\n}\n`,
      fixTitles: ['Add diagnostic settings sending audit logs'],
    },
    {
      name: 'workspace declared in the file; diagnostic settings scoped elsewhere',
      code: `resource law 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {\n  name: 'law'\n}\n\n${KV.replace(/kv/g, 'vault')}\nresource other 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'other'\n}\n${diag('other')}`,
      errors: [{ line: 5, text: 'vault' }],
      output: `resource law 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {\n  name: 'law'\n}\n\n${KV.replace(/kv/g, 'vault')}\nresource \${1:vaultDiagnostics} 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'send-to-log-analytics'\n  scope: vault\n  properties: {\n    workspaceId: \${2:law.id}\n    logs: [\n      {\n        categoryGroup: '\${3:allLogs}'\n        enabled: true\n      }\n    ]\n  }\n}\n\nresource other 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'other'\n}\n${diag('other')}`,
    },
    {
      name: 'AVM module without diagnosticSettings',
      code: "module search 'br/public:avm/res/search/search-service:0.11.0' = {\n  params: {\n    name: 'search'\n  }\n}\n",
      errors: [{ messageId: 'avm', line: 2, message: 'Azure AI Search service module search' }],
    },
  ],
});

it('diag-missing: the snippet parses and resolves the finding (tabs and CRLF kept)', () => {
  const code = "param location string = resourceGroup().location\r\n\r\nresource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {\r\n\tname: 'acr'\r\n\tlocation: location\r\n}\r\n";
  const text = assertSnippetResolves(rule, { code, title: 'Add diagnostic settings sending audit logs' });
  if (!text.includes("\r\n\tscope: acr\r\n\tproperties: {\r\n\t\tworkspaceId: logAnalyticsWorkspaceId\r\n")) throw new Error(`style not kept:\n${JSON.stringify(text)}`);
});

it('diag-missing: a resource redeployed by the AVM module of its type (same name) is left to the module', () => {
  const code = "param name string\nresource search 'Microsoft.Search/searchServices@2025-05-01' = {\n  name: name\n  location: 'westeurope'\n}\n\nmodule searchUpdate 'br/public:avm/res/search/search-service:0.12.0' = {\n  params: {\n    name: name\n    diagnosticSettings: [\n      {\n        workspaceResourceId: 'law'\n      }\n    ]\n  }\n}\n";
  const found = analyzeText(code, { path: 'main.bicep', rules: [rule] }).findings.filter((f) => f.ruleId === rule.meta.id);
  assert.deepEqual(found.map((f) => f.message), []);
});
