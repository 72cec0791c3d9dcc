import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/adf-identity';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const adf = (identity: string) => `resource adf 'Microsoft.DataFactory/factories@2018-06-01' = {
  name: 'adf'
  location: 'westeurope'
${identity}}
`;

ruleTester(rule, {
  valid: [
    { name: 'system-assigned', code: adf("  identity: {\n    type: 'SystemAssigned'\n  }\n") },
    { name: 'both', code: adf("  identity: {\n    type: 'SystemAssigned,UserAssigned'\n  }\n") },
    { name: 'unknown', code: `param t string\n${adf('  identity: {\n    type: t\n  }\n')}` },
    { name: 'existing', code: "resource adf 'Microsoft.DataFactory/factories@2018-06-01' existing = {\n  name: 'adf'\n}\n" },
    { name: 'AVM with a system identity', code: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n    managedIdentities: {\n      systemAssigned: true\n    }\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'no identity',
      code: adf(''),
      errors: [{ messageId: 'absent', line: 1, text: 'adf' }],
      output: adf("  identity: {\n    type: 'SystemAssigned'\n  }\n"),
      fixTitles: ['Use a system-assigned identity', 'Add a user-assigned identity'],
    },
    {
      name: 'type None',
      code: adf("  identity: {\n    type: 'None'\n  }\n"),
      errors: [{ messageId: 'insecure', line: 5, text: "'None'" }],
      output: adf("  identity: {\n    type: 'SystemAssigned'\n  }\n"),
    },
    {
      name: 'user-assigned identity snippet (replaces type None)',
      code: `// factory\n${adf("  identity: {\n    type: 'None'\n  }\n")}`,
      fixIndex: 1,
      errors: [{ line: 6 }],
      output: `// factory\nresource adf 'Microsoft.DataFactory/factories@2018-06-01' = {\n  name: 'adf'\n  location: 'westeurope'\n  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: {\n      '\\\${adfIdentity.id}': {}\n    }\n  }\n}\n\nresource adfIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {\n  name: '\${1:adf-identity}'\n  location: 'westeurope'\n}\n`,
    },
    {
      name: 'AVM without managedIdentities',
      code: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n  }\n}\n",
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n    managedIdentities: {\n      systemAssigned: true\n    }\n  }\n}\n",
    },
  ],
});

it('adf-identity: the user-assigned identity snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: adf(''), title: 'Add a user-assigned identity' });
});
