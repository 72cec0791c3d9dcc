import rule from '../../../server/src/rules/bicep/aml-endpoint-keys-literal';
import { ruleTester } from '../../helpers/ruleTester';

const ep = (keys: string, before = '') => `${before}resource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {\n  name: 'ws/ep'\n  location: 'x'\n  properties: {\n    authMode: 'Key'\n    keys: {\n${keys}\n    }\n  }\n}\n`;
const noKeys = "resource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {\n  name: 'ws/ep'\n  location: 'x'\n  properties: {\n    authMode: 'Key'\n  }\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'no keys (service-generated)', code: noKeys },
    { name: 'secure params', code: ep('      primaryKey: k1\n      secondaryKey: k2', '@secure()\nparam k1 string\n@secure()\nparam k2 string\n') },
    { name: 'empty key', code: ep("      primaryKey: ''") },
  ],
  invalid: [
    {
      name: 'literal key: the keys block is removed',
      code: ep("      primaryKey: 'fake-primary-key-value'"),
      errors: [{ line: 7, text: "'fake-primary-key-value'", message: 'keys.primaryKey from a hard-coded value' }],
      output: noKeys,
      fixTitles: ['Remove the keys block', 'Move the value to a new @secure() param epPrimaryKey'],
    },
    {
      name: 'param without @secure() (second fix adds it)',
      code: ep('      secondaryKey: k2', 'param k2 string\n'),
      errors: [{ line: 8, text: 'k2', related: ['param k2 is not @secure()'] }],
      fixIndex: 1,
      output: ep('      secondaryKey: k2', '@secure()\nparam k2 string\n'),
    },
  ],
});
