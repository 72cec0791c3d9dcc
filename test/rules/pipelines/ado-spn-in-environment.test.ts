import rule from '../../../server/src/rules/pipelines/ado-spn-in-environment';
import { ruleTester } from '../../helpers/ruleTester';

const cli = (extra: string, script: string) =>
  `steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: conn\n${extra}      scriptType: bash\n      scriptLocation: inlineScript\n      inlineScript: ${script}\n`;

ruleTester(rule, {
  valid: [
    { name: 'flag absent', code: cli('', 'az group list') },
    { name: 'flag false', code: cli('      addSpnToEnvironment: false\n', 'az group list') },
    { name: 'credential used through env for terraform', code: cli('      addSpnToEnvironment: true\n', '|\n        export ARM_OIDC_TOKEN=$idToken\n        export ARM_CLIENT_ID=$servicePrincipalId\n        terraform apply') },
  ],
  invalid: [
    {
      name: 'not used: remove (unsafe)',
      code: cli('      addSpnToEnvironment: true\n', 'az group list'),
      errors: [{ messageId: 'unused', text: 'addSpnToEnvironment', line: 5 }],
      output: cli('', 'az group list'),
    },
    {
      name: 'leaked with echo',
      code: cli('      addSpnToEnvironment: true\n', '|\n        echo "key is $servicePrincipalKey"'),
      errors: [{ messageId: 'leak' }],
    },
    {
      name: 'leaked into a pipeline variable (pwsh)',
      code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: conn\n      addSpnToEnvironment: true\n      scriptType: pscore\n      inlineScript: Write-Host "##vso[task.setvariable variable=k]$env:servicePrincipalKey"\n',
      errors: [{ messageId: 'leak' }],
    },
    {
      name: 'script file: cannot see',
      code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: conn\n      addSpnToEnvironment: true\n      scriptType: bash\n      scriptLocation: scriptPath\n      scriptPath: deploy.sh\n',
      errors: [{ messageId: 'unseen' }],
    },
  ],
});
