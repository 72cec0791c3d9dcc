import rule from '../../../server/src/rules/bicep/acr-audit-logs';
import { ruleTester } from '../../helpers/ruleTester';

const registry = `resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' = {
  name: 'crcontoso'
  location: 'westeurope'
  sku: {
    name: 'Premium'
  }
}`;
const diag = (logs: string) => `param workspaceId string

${registry}

resource acrDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-law'
  scope: acr
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
    { name: 'both categories', code: diag([log('category', 'ContainerRegistryLoginEvents'), log('category', 'ContainerRegistryRepositoryEvents')].join('\n')) },
    { name: 'audit group', code: diag(log('categoryGroup', 'audit')) },
    { name: 'existing registry', code: "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'cr'\n}\n" },
    { name: 'no diagnostic setting at all: diag-missing reports the registry', code: `${registry}\n` },
    { name: 'AVM module without diagnosticSettings: diag-missing reports it', code: "param law string\nmodule acr 'br/public:avm/res/container-registry/registry:0.9.0' = {\n  params: {\n    name: 'cr'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'login events only',
      code: diag(log('category', 'ContainerRegistryLoginEvents')),
      errors: [{ messageId: 'noAudit', line: 16, text: 'logs' }],
    },
  ],
});
