import rule from '../../../../server/src/rules/bicep/parts/amlDatastoreCredentials';
import { ruleTester } from '../../../helpers/ruleTester';

const ds = (creds: string) => `resource ds 'Microsoft.MachineLearningServices/workspaces/datastores@2024-10-01' = {\n  name: 'ws/training'\n  properties: {\n    datastoreType: 'AzureBlob'\n    accountName: 'sa'\n    containerName: 'data'\n    credentials: ${creds}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'identity-based', code: ds("{\n      credentialsType: 'None'\n    }") },
    { name: 'unknown', code: `param creds object\n${ds('creds')}` },
  ],
  invalid: [
    {
      name: 'account key',
      code: ds("{\n      credentialsType: 'AccountKey'\n      secrets: {\n        secretsType: 'AccountKey'\n        key: key\n      }\n    }").replace('resource ds', '@secure()\nparam key string\nresource ds'),
      errors: [{ line: 10, text: "'AccountKey'" }],
      output: ds("{\n      credentialsType: 'None'\n    }").replace('resource ds', '@secure()\nparam key string\nresource ds'),
    },
    { name: 'SAS, lower case', code: ds("{\n      credentialsType: 'sas'\n    }"), errors: [{ line: 8 }], output: ds("{\n      credentialsType: 'None'\n    }") },
  ],
});
