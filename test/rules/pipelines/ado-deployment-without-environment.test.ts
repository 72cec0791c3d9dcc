import rule from '../../../server/src/rules/pipelines/ado-deployment-without-environment';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'deployment job with environment',
      code: 'jobs:\n  - deployment: web\n    environment: prod\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n            - task: AzureWebApp@1\n              inputs:\n                appName: x\n',
    },
    { name: 'build job', code: 'jobs:\n  - job: build\n    steps:\n      - script: dotnet build\n' },
    { name: 'helm template is not a deployment', code: 'steps:\n  - task: HelmDeploy@0\n    inputs:\n      command: package\n' },
  ],
  invalid: [
    {
      name: 'deploy task in a plain job',
      code: 'stages:\n  - stage: deploy\n    jobs:\n      - job: arm\n        steps:\n          - task: AzureResourceManagerTemplateDeployment@3\n            inputs:\n              csmFile: main.json\n',
      errors: [{ messageId: 'plainJob', text: 'job', message: '`AzureResourceManagerTemplateDeployment@3`', related: ['Deployment step'] }],
    },
    {
      name: 'az ml online-deployment in AzureCLI inline script at top-level steps',
      code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: c\n      scriptType: bash\n      scriptLocation: inlineScript\n      inlineScript: az ml online-deployment create -f blue.yml\n',
      errors: [{ messageId: 'plainJob', text: 'steps', message: 'an Azure deployment command' }],
    },
    {
      name: 'deployment job without environment: fix adds one',
      code: 'jobs:\n  - deployment: web\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n            - script: echo\n',
      errors: [{ messageId: 'noEnvironment', text: 'deployment' }],
      output: 'jobs:\n  - deployment: web\n    environment: production\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n            - script: echo\n',
    },
  ],
});
