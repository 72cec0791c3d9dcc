import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/app-managed-identity';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const app = (identity: string) => `param location string = resourceGroup().location

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app'
  location: location
${identity}  properties: {
    serverFarmId: 'plan'
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'system-assigned', code: app("  identity: {\n    type: 'SystemAssigned'\n  }\n") },
    { name: 'user-assigned', code: app("  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: {\n      '/subscriptions/x': {}\n    }\n  }\n") },
    { name: 'existing', code: "resource app 'Microsoft.Web/sites@2024-04-01' existing = {\n  name: 'app'\n}\n" },
    { name: 'AVM with identity', code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    managedIdentities: {\n      systemAssigned: true\n    }\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'no identity',
      code: app(''),
      errors: [{ messageId: 'absent', line: 3, text: 'app' }],
      output: app('').replace("  }\n}\n", "  }\n  identity: {\n    type: 'SystemAssigned'\n  }\n}\n"),
      fixTitles: ['Use a system-assigned identity', 'Add a user-assigned identity'],
    },
    {
      name: 'user-assigned identity snippet',
      code: `// web\n${app('')}`,
      fixIndex: 1,
      errors: [{ line: 4 }],
      output: `// web\nparam location string = resourceGroup().location\n\nresource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: location\n  properties: {\n    serverFarmId: 'plan'\n  }\n  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: {\n      '\\\${appIdentity.id}': {}\n    }\n  }\n}\n\nresource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {\n  name: '\${1:app-identity}'\n  location: location\n}\n`,
    },
    {
      name: 'type None',
      code: app("  identity: {\n    type: 'None'\n  }\n"),
      errors: [{ messageId: 'insecure', line: 7 }],
      output: app("  identity: {\n    type: 'SystemAssigned'\n  }\n"),
    },
    {
      name: 'AVM without managedIdentities',
      code: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n  }\n}\n",
      errors: [{ messageId: 'absent', line: 2 }],
      output: "module app 'br/public:avm/res/web/site:0.19.0' = {\n  params: {\n    name: 'app'\n    kind: 'app'\n    serverFarmResourceId: 'plan'\n    managedIdentities: {\n      systemAssigned: true\n    }\n  }\n}\n",
    },
  ],
});

it('app-managed-identity: the user-assigned identity snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: app(''), title: 'Add a user-assigned identity' });
});
