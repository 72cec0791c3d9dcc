import rule from '../../../server/src/rules/bicep/aks-encryption-at-host';
import { ruleTester } from '../../helpers/ruleTester';
import { aks } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

const pools = (p: string) => aks(`    agentPoolProfiles: [
${p}
    ]`);
const pool = (name: string, extra: string) => `      {
        name: '${name}'
        count: 3
        vmSize: 'Standard_D4ds_v5'
        mode: 'System'${extra}
      }`;

ruleTester(rule, {
  valid: [
    { name: 'every pool encrypted', code: pools([pool('system', '\n        enableEncryptionAtHost: true'), pool('gpu', '\n        enableEncryptionAtHost: true')].join('\n')) },
    { name: 'unknown value', code: `param eah bool\n${pools(pool('system', '\n        enableEncryptionAtHost: eah'))}` },
    { name: 'existing cluster', code: existing },
    { name: 'agentPools child encrypted', code: "resource pool 'Microsoft.ContainerService/managedClusters/agentPools@2025-05-01' = {\n  name: 'aks/gpu'\n  properties: {\n    enableEncryptionAtHost: true\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'one pool without, one with false: one finding each',
      code: pools([pool('system', ''), pool('gpu', '\n        enableEncryptionAtHost: false')].join('\n')),
      errors: [
        { line: 11, text: 'name', message: "Node pool 'system' of aks" },
        { line: 21, text: 'false', message: "Node pool 'gpu' of aks does not encrypt at host (enableEncryptionAtHost is false)" },
      ],
      output: pools([pool('system', '\n        enableEncryptionAtHost: true'), pool('gpu', '\n        enableEncryptionAtHost: true')].join('\n')),
    },
    {
      name: 'agentPools child resource without the property',
      code: "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks'\n}\nresource pool 'Microsoft.ContainerService/managedClusters/agentPools@2025-05-01' = {\n  parent: aks\n  name: 'gpu'\n  properties: {\n    count: 1\n  }\n}\n",
      errors: [{ line: 7, text: 'properties', message: 'Node pool pool of aks' }],
      output: "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks'\n}\nresource pool 'Microsoft.ContainerService/managedClusters/agentPools@2025-05-01' = {\n  parent: aks\n  name: 'gpu'\n  properties: {\n    count: 1\n    enableEncryptionAtHost: true\n  }\n}\n",
    },
    {
      name: 'AVM module pools',
      code: "module aks 'br/public:avm/res/container-service/managed-cluster:0.11.0' = {\n  params: {\n    name: 'aks'\n    primaryAgentPoolProfiles: [\n      {\n        name: 'system'\n        count: 3\n      }\n    ]\n  }\n}\n",
      errors: [{ line: 6, text: 'name' }],
      output: "module aks 'br/public:avm/res/container-service/managed-cluster:0.11.0' = {\n  params: {\n    name: 'aks'\n    primaryAgentPoolProfiles: [\n      {\n        name: 'system'\n        count: 3\n        enableEncryptionAtHost: true\n      }\n    ]\n  }\n}\n",
    },
  ],
});
