import rule from '../../../../server/src/rules/bicep/parts/amlEndpointKeyAuth';
import { ruleTester } from '../../../helpers/ruleTester';

const ep = (type: string, auth: string) => `resource ep 'Microsoft.MachineLearningServices/workspaces/${type}@2024-10-01' = {\n  name: 'ws/ep'\n  location: 'westeurope'\n  properties: {\n    authMode: ${auth}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'Entra ID tokens', code: ep('onlineEndpoints', "'AADToken'") },
    { name: 'Azure ML tokens', code: ep('onlineEndpoints', "'AMLToken'") },
    { name: 'unknown param', code: `param mode string\n${ep('batchEndpoints', 'mode')}` },
  ],
  invalid: [
    { name: 'online endpoint with keys', code: ep('onlineEndpoints', "'Key'"), errors: [{ line: 5, text: "'Key'" }], output: ep('onlineEndpoints', "'AADToken'"), fixTitles: ["Set authMode to 'AADToken'"] },
    { name: 'batch endpoint, lower case', code: ep('batchEndpoints', "'key'"), errors: [{ line: 5 }], output: ep('batchEndpoints', "'AADToken'") },
    {
      name: '.bicepparam value',
      code: `param mode string\n${ep('onlineEndpoints', 'mode')}`,
      files: { 'main.bicepparam': "using 'main.bicep'\nparam mode = 'Key'\n" },
      errors: [{ line: 6, text: 'mode' }],
      output: `param mode string\n${ep('onlineEndpoints', "'AADToken'")}`,
    },
  ],
});
