import rule from '../../../server/src/rules/bicep/bicep-commandtoexecute-secret';
import { ruleTester } from '../../helpers/ruleTester';

const ext = (publisher: string, type: string, body: string) => `@secure()\nparam dbPassword string\nresource cse 'Microsoft.Compute/virtualMachines/extensions@2024-07-01' = {\n  name: 'vm/setup'\n  location: 'westeurope'\n  properties: {\n    publisher: '${publisher}'\n    type: '${type}'\n    typeHandlerVersion: '2.1'\n${body}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'in protectedSettings', code: ext('Microsoft.Azure.Extensions', 'CustomScript', "    protectedSettings: {\n      commandToExecute: 'setup.sh ${dbPassword}'\n    }") },
    { name: 'no secret in the command', code: ext('Microsoft.Azure.Extensions', 'CustomScript', "    settings: {\n      commandToExecute: 'setup.sh'\n    }") },
    { name: 'other extension type', code: ext('Microsoft.Azure.Monitor', 'AzureMonitorLinuxAgent', "    settings: {\n      commandToExecute: 'x ${dbPassword}'\n    }") },
  ],
  invalid: [
    {
      name: 'secure param in settings: moved to a new protectedSettings block',
      code: ext('Microsoft.Azure.Extensions', 'CustomScript', "    settings: {\n      fileUris: []\n      commandToExecute: 'setup.sh ${dbPassword}'\n    }"),
      errors: [{ line: 12, text: "'setup.sh ${dbPassword}'", message: 'secure param dbPassword' }],
      output: ext('Microsoft.Azure.Extensions', 'CustomScript', "    settings: {\n      fileUris: []\n    }\n    protectedSettings: {\n      commandToExecute: 'setup.sh ${dbPassword}'\n    }"),
      fixTitles: ['Move commandToExecute to protectedSettings'],
    },
    {
      name: 'Windows extension, listKeys(), into existing protectedSettings',
      code: ext('Microsoft.Compute', 'CustomScriptExtension', "    settings: {\n      commandToExecute: 'run.cmd ${sa.listKeys().keys[0].value}'\n    }\n    protectedSettings: {\n      storageAccountName: 'sa'\n    }").replace('resource cse', "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\nresource cse"),
      errors: [{ message: 'the result of listKeys()' }],
      output: ext('Microsoft.Compute', 'CustomScriptExtension', "    settings: {\n    }\n    protectedSettings: {\n      storageAccountName: 'sa'\n      commandToExecute: 'run.cmd ${sa.listKeys().keys[0].value}'\n    }").replace('resource cse', "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'sa'\n}\nresource cse"),
    },
  ],
});
