import rule from '../../../server/src/rules/bicep/sc-deployment-script-unpinned';
import { ruleTester } from '../../helpers/ruleTester';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ds = (props: string) => `resource ds 'Microsoft.Resources/deploymentScripts@2023-08-01' = {\n  name: 'ds'\n  location: 'westeurope'\n  kind: 'AzureCLI'\n  properties: {\n    azCliVersion: '2.61.0'\n    retentionInterval: 'PT1H'\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'pinned to a commit', code: ds(`    primaryScriptUri: 'https://raw.githubusercontent.com/contoso/infra/${SHA}/scripts/setup.sh'`) },
    { name: 'inline script', code: ds("    scriptContent: 'echo hello'") },
    { name: 'own storage', code: ds("    primaryScriptUri: 'https://contoso.blob.core.windows.net/scripts/setup.sh'") },
    { name: 'unknown base URL', code: `param base string\n${ds("    primaryScriptUri: '${base}/setup.sh'")}` },
  ],
  invalid: [
    {
      name: 'branch',
      code: ds("    primaryScriptUri: 'https://raw.githubusercontent.com/contoso/infra/main/scripts/setup.sh'"),
      errors: [{ messageId: 'unpinned', line: 8, message: "ref 'main'" }],
    },
    {
      name: 'tag in a supporting file, built from a var',
      code: `var base = 'https://github.com/contoso/infra/raw/v1.2.0'\n${ds(`    primaryScriptUri: 'https://raw.githubusercontent.com/contoso/infra/${SHA}/setup.sh'\n    supportingScriptUris: [\n      '\${base}/lib.sh'\n    ]`)}`,
      errors: [{ line: 11, text: "'${base}/lib.sh'", message: "a supporting file from GitHub ref 'v1.2.0'" }],
    },
    {
      name: 'refs/heads form, AVM module',
      code: "module ds 'br/public:avm/res/resources/deployment-script:0.5.0' = {\n  params: {\n    name: 'ds'\n    kind: 'AzureCLI'\n    primaryScriptUri: 'https://raw.githubusercontent.com/contoso/infra/refs/heads/main/setup.sh'\n  }\n}\n",
      errors: [{ line: 5, message: "ref 'refs/heads/main'" }],
    },
  ],
});
