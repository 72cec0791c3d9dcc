import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/cosmos-network-filter';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';
import { cosmosAccount as acct } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'public access disabled', code: acct("    publicNetworkAccess: 'Disabled'") },
    { name: 'IP rules', code: acct("    ipRules: [\n      {\n        ipAddressOrRange: '203.0.113.0/24'\n      }\n    ]") },
    { name: 'virtual network rules enabled', code: acct("    isVirtualNetworkFilterEnabled: true\n    virtualNetworkRules: [\n      {\n        id: 'subnet'\n      }\n    ]") },
    { name: 'unknown public access', code: `param pna string\n${acct('    publicNetworkAccess: pna')}` },
    { name: 'unknown IP rules', code: `param ips array\n${acct('    ipRules: ips')}` },
    { name: 'existing', code: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {\n  name: 'cosmos'\n}\n" },
    { name: 'AVM default', code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'no filter at all',
      code: acct(''),
      errors: [{ messageId: 'open', line: 4, text: 'properties' }],
      output: `param \${1:allowedSubnetId} string\n\n${acct('    isVirtualNetworkFilterEnabled: true\n    virtualNetworkRules: [\n      {\n        id: ${1:allowedSubnetId}\n        ignoreMissingVNetServiceEndpoint: false\n      }\n    ]')}`.replace('param ', "@description('Resource id of a subnet (with the Microsoft.AzureCosmosDB service endpoint) allowed to reach the account.')\nparam "),
    },
    {
      name: 'filter flag false, public enabled explicitly, existing param reused',
      code: `param allowedSubnetId string\n${acct("    publicNetworkAccess: 'Enabled'\n    isVirtualNetworkFilterEnabled: false")}`,
      errors: [{ line: 8, text: 'false' }],
      output: `param allowedSubnetId string\n${acct("    publicNetworkAccess: 'Enabled'\n    isVirtualNetworkFilterEnabled: true\n    virtualNetworkRules: [\n      {\n        id: allowedSubnetId\n        ignoreMissingVNetServiceEndpoint: false\n      }\n    ]")}`,
    },
    {
      name: 'AVM module opened without rules',
      code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n    networkRestrictions: {\n      publicNetworkAccess: 'Enabled'\n    }\n  }\n}\n",
      errors: [{ line: 5, text: "'Enabled'" }],
    },
  ],
});

it('cosmos-network-filter: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: acct(''), title: 'Allow only a virtual network subnet' });
});
