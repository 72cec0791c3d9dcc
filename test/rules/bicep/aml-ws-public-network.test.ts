import rule from '../../../server/src/rules/bicep/aml-ws-public-network';
import { ruleTester } from '../../helpers/ruleTester';

const ws = (props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'ws'
  location: 'westeurope'
  properties: {
${props}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: ws("    publicNetworkAccess: 'Disabled'") },
    { name: 'disabled, other casing', code: ws("    publicNetworkAccess: 'disabled'") },
    { name: 'unknown param value', code: `param pna string\n${ws('    publicNetworkAccess: pna')}` },
    {
      name: 'existing resource',
      code: "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {\n  name: 'ws'\n}\n",
    },
    {
      name: 'project inherits the hub setting',
      code: "resource p 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'p'\n  kind: 'Project'\n  properties: {\n    hubResourceId: 'x'\n  }\n}\n",
    },
    {
      name: 'AVM module with its secure default',
      code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n  }\n}\n",
    },
    {
      name: '.bicepparam value is secure',
      code: `param pna string\n${ws('    publicNetworkAccess: pna')}`,
      files: { 'main.bicepparam': "using './main.bicep'\nparam pna = 'Disabled'\n" },
    },
  ],
  invalid: [
    {
      name: 'literal Enabled',
      code: ws("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 5, column: 26, text: "'Enabled'", message: "publicNetworkAccess is 'Enabled'" }],
      output: ws("    publicNetworkAccess: 'Disabled'"),
      fixTitles: ["Set publicNetworkAccess to 'Disabled'"],
    },
    {
      name: 'absent property',
      code: ws("    friendlyName: 'ws'"),
      errors: [{ messageId: 'absent', line: 4, text: 'properties' }],
      output: ws("    friendlyName: 'ws'\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'absent properties object',
      code: "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n}\n",
      errors: [{ messageId: 'absent', text: 'ws' }],
      output: "resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
    {
      name: 'from a param default (unsafe fix edits the default)',
      code: `param pna string = 'Enabled'\n${ws('    publicNetworkAccess: pna')}`,
      errors: [{ line: 6, text: 'pna', related: ["Default of param pna: 'Enabled'"] }],
      output: `param pna string = 'Disabled'\n${ws('    publicNetworkAccess: pna')}`,
      fixTitles: ["Change the default of param pna to 'Disabled'"],
    },
    {
      name: 'from a .bicepparam file',
      code: `param pna string\n${ws('    publicNetworkAccess: pna')}`,
      files: { 'main.bicepparam': "using './main.bicep'\nparam pna = 'Enabled'\n" },
      errors: [{ line: 6, text: 'pna', related: ["Param pna assigned in main.bicepparam: 'Enabled'"] }],
      output: `param pna string\n${ws("    publicNetworkAccess: 'Disabled'")}`,
    },
    {
      name: 'in a loop: one finding',
      code: "var names = [\n  'a'\n  'b'\n]\nresource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = [for n in names: {\n  name: n\n  properties: {\n    publicNetworkAccess: 'Enabled'\n  }\n}]\n",
      errors: [{ line: 8 }],
      output: "var names = [\n  'a'\n  'b'\n]\nresource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = [for n in names: {\n  name: n\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}]\n",
    },
    {
      name: 'ternary on an unknown condition',
      code: `param open bool\n${ws("    publicNetworkAccess: open ? 'Enabled' : 'Disabled'")}`,
      errors: [{ line: 6, text: "open ? 'Enabled' : 'Disabled'" }],
      output: `param open bool\n${ws("    publicNetworkAccess: 'Disabled'")}`,
    },
    {
      name: 'conditional resource, hub kind absent property',
      code: "param deploy bool\nresource hub 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = if (deploy) {\n  name: 'hub'\n  kind: 'Hub'\n  properties: {}\n}\n",
      errors: [{ messageId: 'absent', line: 5, text: 'properties' }],
      output: "param deploy bool\nresource hub 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = if (deploy) {\n  name: 'hub'\n  kind: 'Hub'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
    {
      name: 'AVM module passing Enabled',
      code: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n    publicNetworkAccess: 'Enabled'\n  }\n}\n",
      errors: [{ line: 5, text: "'Enabled'" }],
      output: "module ws 'br/public:avm/res/machine-learning-services/workspace:0.9.0' = {\n  params: {\n    name: 'ws'\n    sku: 'Basic'\n    publicNetworkAccess: 'Disabled'\n  }\n}\n",
    },
    {
      name: 'local module caller passes Enabled',
      code: "module ws './ws.bicep' = {\n  name: 'ws'\n  params: {\n    pna: 'Enabled'\n  }\n}\n",
      files: { 'ws.bicep': `param pna string = 'Disabled'\n${ws('    publicNetworkAccess: pna')}` },
      errors: [{ line: 4, text: "'Enabled'", message: 'ws in ws.bicep', related: [/Used as properties\.publicNetworkAccess of ws in ws\.bicep/] }],
      output: "module ws './ws.bicep' = {\n  name: 'ws'\n  params: {\n    pna: 'Disabled'\n  }\n}\n",
    },
    {
      name: 'flagged in the .bicepparam file',
      path: 'main.bicepparam',
      code: "using './main.bicep'\nparam pna = 'Enabled'\n",
      files: { 'main.bicep': `param pna string\n${ws('    publicNetworkAccess: pna')}` },
      errors: [{ line: 2, text: "'Enabled'", related: [/Used as properties\.publicNetworkAccess of ws in main\.bicep/] }],
      output: "using './main.bicep'\nparam pna = 'Disabled'\n",
    },
  ],
});
