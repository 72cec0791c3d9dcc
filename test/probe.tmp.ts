import rule from '../server/src/rules/bicep/aml-ws-public-network';
import { analyzeText } from './helpers/analyzeText';
const ws = (props: string) => `resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'ws'\n  properties: {\n${props}\n  }\n}\n`;
const r = analyzeText(`param pna string\n${ws('    publicNetworkAccess: pna')}`, { path: 'main.bicep', rules: [rule], files: { 'main.bicepparam': "using './main.bicep'\nparam pna = 'Enabled'\n" } });
console.log(JSON.stringify(r.findings, null, 1));
