import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/diag-no-destination';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const diag = (props: string) => `resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {\n  name: 'kv'\n}\n\nresource kvDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'diag'\n  scope: kv\n  properties: {\n${props}\n  }\n}\n`;
const LOGS = "    logs: [\n      {\n        categoryGroup: 'audit'\n        enabled: true\n      }\n    ]";

ruleTester(rule, {
  valid: [
    { name: 'workspace', code: diag(`    workspaceId: 'law'\n${LOGS}`) },
    { name: 'storage account', code: diag(`    storageAccountId: 'sa'\n${LOGS}`) },
    { name: 'event hub', code: diag(`    eventHubAuthorizationRuleId: 'rule'\n${LOGS}`) },
    { name: 'unknown param destination', code: `param ws string\n${diag(`    workspaceId: ws\n${LOGS}`)}` },
    { name: 'properties from a var', code: "var props = {\n  workspaceId: 'law'\n}\nresource d 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'diag'\n  properties: props\n}\n" },
    { name: 'AVM item with workspace', code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    diagnosticSettings: [\n      {\n        workspaceResourceId: 'law'\n      }\n    ]\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'no destination',
      code: diag(LOGS),
      errors: [{ messageId: 'none', line: 5, text: 'kvDiag' }],
      output: `@description('Resource id of the Log Analytics workspace that receives diagnostic logs.')\nparam \${1:logAnalyticsWorkspaceId} string\n\n${diag(`${LOGS}\n    workspaceId: \${1:logAnalyticsWorkspaceId}`)}`,
    },
    {
      name: 'AVM item without destination',
      code: "module kv 'br/public:avm/res/key-vault/vault:0.13.0' = {\n  params: {\n    name: 'kv'\n    diagnosticSettings: [\n      {\n        name: 'diag'\n      }\n    ]\n  }\n}\n",
      errors: [{ line: 5, text: '{' }],
    },
  ],
});

it('diag-no-destination: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: diag(LOGS), title: 'Send the logs to a Log Analytics workspace' });
});
