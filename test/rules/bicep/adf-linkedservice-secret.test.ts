import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/adf-linkedservice-secret';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const ls = (typeProps: string, head = '') => `${head}resource adf 'Microsoft.DataFactory/factories@2018-06-01' existing = {
  name: 'adf'
}

resource ls 'Microsoft.DataFactory/factories/linkedServices@2018-06-01' = {
  parent: adf
  name: 'sql'
  properties: {
    type: 'AzureSqlDatabase'
    typeProperties: {
${typeProps}
    }
  }
}
`;
const KV = "      password: {\n        type: 'AzureKeyVaultSecret'\n        store: {\n          referenceName: 'kv'\n          type: 'LinkedServiceReference'\n        }\n        secretName: 'sql-password'\n      }";

ruleTester(rule, {
  valid: [
    { name: 'Key Vault secret', code: ls(KV) },
    { name: 'connection string without a secret (managed identity)', code: ls("      connectionString: 'Server=tcp:sql.database.windows.net;Database=db;'") },
    { name: 'secure param', code: ls('      password: {\n        type: \'SecureString\'\n        value: pwd\n      }', '@secure()\nparam pwd string\n') },
    { name: 'existing linked service', code: "resource ls 'Microsoft.DataFactory/factories/linkedServices@2018-06-01' existing = {\n  name: 'adf/sql'\n}\n" },
  ],
  invalid: [
    {
      name: 'SecureString with a literal',
      code: ls("      password: {\n        type: 'SecureString'\n        value: 'Secret123!'\n      }"),
      errors: [{ messageId: 'secret', line: 13, text: "'Secret123!'", message: 'password from a hard-coded value' }],
      output: ls("      password: {\n        type: 'AzureKeyVaultSecret'\n        store: {\n          referenceName: '${1:KeyVaultLinkedService}'\n          type: 'LinkedServiceReference'\n        }\n        secretName: '${2:password}'\n      }"),
      fixTitles: ['Reference a Key Vault secret', 'Move the value to a new @secure() param password'],
    },
    {
      name: 'connection string with a password from a plain param',
      code: ls('      connectionString: conn', "param conn string = 'Server=tcp:x;Database=db;User ID=u;Password=Secret123!;'\n"),
      errors: [{ messageId: 'secret', line: 12, text: 'conn' }],
      fixIndex: 1,
      output: ls('      connectionString: conn', "@secure()\nparam conn string = 'Server=tcp:x;Database=db;User ID=u;Password=Secret123!;'\n"),
    },
    {
      name: 'AVM linked service with an account key',
      code: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n    linkedServices: [\n      {\n        name: 'blob'\n        type: 'AzureBlobStorage'\n        typeProperties: {\n          accountKey: 'c2VjcmV0a2V5c2VjcmV0a2V5'\n        }\n      }\n    ]\n  }\n}\n",
      errors: [{ line: 9, message: "Linked service 'blob' of module adf" }],
      output: "module adf 'br/public:avm/res/data-factory/factory:0.10.0' = {\n  params: {\n    name: 'adf'\n    linkedServices: [\n      {\n        name: 'blob'\n        type: 'AzureBlobStorage'\n        typeProperties: {\n          accountKey: {\n            type: 'AzureKeyVaultSecret'\n            store: {\n              referenceName: '${1:KeyVaultLinkedService}'\n              type: 'LinkedServiceReference'\n            }\n            secretName: '${2:accountKey}'\n          }\n        }\n      }\n    ]\n  }\n}\n",
    },
  ],
});

it('adf-linkedservice-secret: the Key Vault snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: ls("      accountKey: 'c2VjcmV0a2V5'"), title: 'Reference a Key Vault secret' });
});
