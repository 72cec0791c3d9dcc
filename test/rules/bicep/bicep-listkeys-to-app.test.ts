import rule from '../../../server/src/rules/bicep/bicep-listkeys-to-app';
import { ruleTester } from '../../helpers/ruleTester';

const sa = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\n";
const site = (settings: string) => `${sa}resource app 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'app'\n  location: 'westeurope'\n  properties: {\n    siteConfig: {\n      appSettings: [\n${settings}\n      ]\n    }\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'identity-based setting', code: site("        {\n          name: 'AzureWebJobsStorage__accountName'\n          value: sa.name\n        }") },
    { name: 'Key Vault reference', code: site("        {\n          name: 'OPENAI_KEY'\n          value: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/k)'\n        }") },
    { name: 'connection string without a key', code: site("        {\n          name: 'CS'\n          value: 'Endpoint=https://x.azconfig.io;Id=abc'\n        }") },
  ],
  invalid: [
    {
      name: 'listKeys() into an app setting',
      code: site("        {\n          name: 'AzureWebJobsStorage'\n          value: 'DefaultEndpointsProtocol=https;AccountName=${sa.name};AccountKey=${sa.listKeys().keys[0].value}'\n        }"),
      errors: [{ messageId: 'listCall', line: 12, text: 'sa.listKeys()', message: "App setting 'AzureWebJobsStorage' of app" }],
    },
    {
      name: 'appsettings config resource fed from a var',
      code: `${sa}var key = sa.listKeys().keys[0].value\nresource cfg 'Microsoft.Web/sites/config@2024-04-01' = {\n  name: 'app/appsettings'\n  properties: {\n    STORAGE_KEY: key\n  }\n}\n`,
      errors: [{ messageId: 'listCall', line: 8, text: 'key', related: ['listKeys() is called here'] }],
    },
    {
      name: 'container app env var with a literal connection string key',
      code: "resource ca 'Microsoft.App/containerApps@2025-01-01' = {\n  name: 'ca'\n  location: 'x'\n  properties: {\n    template: {\n      containers: [\n        {\n          name: 'api'\n          image: 'x'\n          env: [\n            {\n              name: 'SB'\n              value: 'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=abc123'\n            }\n          ]\n        }\n      ]\n    }\n  }\n}\n",
      errors: [{ messageId: 'embedded', line: 13, message: "Environment variable 'SB' of ca" }],
    },
  ],
});
