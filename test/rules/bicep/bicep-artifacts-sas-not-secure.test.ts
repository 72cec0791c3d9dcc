import rule from '../../../server/src/rules/bicep/bicep-artifacts-sas-not-secure';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: ["@secure()\nparam _artifactsLocationSasToken string = ''\n", '@secure()\nparam _artifactsLocationSasToken string\n', 'param _artifactsLocation string = deployment().properties.templateLink.uri\n'],
  invalid: [
    {
      name: 'not secure',
      code: "param _artifactsLocationSasToken string = ''\n",
      errors: [{ messageId: 'notSecure', text: '_artifactsLocationSasToken' }],
      output: "@secure()\nparam _artifactsLocationSasToken string = ''\n",
    },
    {
      name: 'secure with a token default',
      code: "@secure()\nparam _artifactsLocationSasToken string = '?sv=2022&sig=abc'\n",
      errors: [{ messageId: 'defaultValue', line: 2 }],
      output: "@secure()\nparam _artifactsLocationSasToken string = ''\n",
    },
  ],
});
