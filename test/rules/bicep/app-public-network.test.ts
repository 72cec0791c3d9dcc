import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/app-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const app = (props: string) => `resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app'
  location: 'westeurope'
  properties: {
    serverFarmId: 'plan'
${props ? `${props}\n` : ''}  }
}
`;
const PE = "\nresource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {\n  name: 'pe'\n  location: 'westeurope'\n  properties: {\n    subnet: {\n      id: 'subnet'\n    }\n    privateLinkServiceConnections: [\n      {\n        name: 'app'\n        properties: {\n          privateLinkServiceId: app.id\n          groupIds: [\n            'sites'\n          ]\n        }\n      }\n    ]\n  }\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: app("    publicNetworkAccess: 'Disabled'") },
    { name: 'absent but a private endpoint targets the app', code: app('') + PE },
    { name: 'existing', code: "resource app 'Microsoft.Web/sites@2024-04-01' existing = {\n  name: 'app'\n}\n" },
  ],
  invalid: [
    { name: 'enabled', code: app("    publicNetworkAccess: 'Enabled'"), errors: [{ messageId: 'insecure', line: 6 }], output: app("    publicNetworkAccess: 'Disabled'") },
    { name: 'absent, no private endpoint', code: app(''), errors: [{ messageId: 'absent', line: 4 }], output: app("    publicNetworkAccess: 'Disabled'"), fixTitles: ["Set publicNetworkAccess to 'Disabled'", 'Add a private endpoint for this resource'] },
  ],
});

it('app-public-network: the private endpoint snippet parses and resolves the absent finding', () => {
  assertSnippetResolves(rule, { code: app(''), title: 'Add a private endpoint for this resource' });
});
