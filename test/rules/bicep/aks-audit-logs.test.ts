import rule from '../../../server/src/rules/bicep/aks-audit-logs';
import { ruleTester } from '../../helpers/ruleTester';

const cluster = `resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' = {
  name: 'aks-contoso'
  location: 'westeurope'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    dnsPrefix: 'aks'
  }
}`;
const diag = (logs: string) => `param workspaceId string

${cluster}

resource aksDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-law'
  scope: aks
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
    { name: 'kube-audit-admin and guard', code: diag([log('category', 'kube-audit-admin'), log('category', 'guard')].join('\n')) },
    { name: 'audit group', code: diag(log('categoryGroup', 'audit')) },
    { name: 'existing cluster', code: "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks'\n}\n" },
    { name: 'no diagnostic setting at all: diag-missing reports the cluster', code: `${cluster}\n` },
  ],
  invalid: [
    { name: 'kube-audit without guard', code: diag(log('category', 'kube-audit')), errors: [{ messageId: 'noAudit', line: 19, text: 'logs' }] },
    { name: 'AVM module with metrics only', code: "module aks 'br/public:avm/res/container-service/managed-cluster:0.11.0' = {\n  params: {\n    name: 'aks'\n    primaryAgentPoolProfiles: []\n    diagnosticSettings: [\n      {\n        workspaceResourceId: '/subscriptions/x/law'\n        logCategoriesAndGroups: [\n          {\n            category: 'kube-apiserver'\n          }\n        ]\n      }\n    ]\n  }\n}\n", errors: [{ messageId: 'avmNoAudit', line: 5 }] },
  ],
});
