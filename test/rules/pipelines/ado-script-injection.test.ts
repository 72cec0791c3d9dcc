import rule from '../../../server/src/rules/pipelines/ado-script-injection';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'trusted predefined variables', code: 'trigger: [main]\nsteps:\n  - bash: echo "$(Build.BuildId) $(Build.SourceVersion) $(System.DefaultWorkingDirectory)"\n' },
    { name: 'env mapping is not a script', code: 'steps:\n  - bash: echo "$MSG"\n    env:\n      MSG: $(Build.SourceVersionMessage)\n' },
    { name: 'runtime expression in a condition', code: "steps:\n  - script: echo hi\n    condition: eq(variables['Build.SourceBranchName'], 'main')\n" },
    { name: 'restricted parameter', code: 'parameters:\n  - name: env\n    type: string\n    values: [dev, prod]\nsteps:\n  - bash: ./deploy.sh ${{ parameters.env }}\n' },
    { name: 'boolean parameter', code: 'parameters:\n  - name: dry\n    type: boolean\nsteps:\n  - bash: ./deploy.sh ${{ parameters.dry }}\n' },
    { name: 'parameters off', code: 'parameters:\n  - name: n\n    type: string\nsteps:\n  - bash: echo ${{ parameters.n }}\n', options: { checkParameters: false } },
    { name: 'file-path task', code: 'steps:\n  - task: Bash@3\n    inputs:\n      targetType: filePath\n      filePath: ./x.sh\n' },
  ],
  invalid: [
    {
      name: 'bash step, double-quoted macro',
      code: 'pr: [main]\nsteps:\n  - bash: |\n      echo "Commit: $(Build.SourceVersionMessage)"\n',
      errors: [{ messageId: 'injection', line: 4, text: '$(Build.SourceVersionMessage)', message: 'pull-request and commit authors' }],
      output: 'pr: [main]\nsteps:\n  - bash: |\n      echo "Commit: ${BUILD_SOURCEVERSIONMESSAGE}"\n    env:\n      BUILD_SOURCEVERSIONMESSAGE: $(Build.SourceVersionMessage)\n',
    },
    {
      name: 'pwsh unquoted, existing env, in a deployment job',
      code: 'jobs:\n  - deployment: d\n    environment: prod\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n            - pwsh: Write-Host $(System.PullRequest.SourceBranch)\n              env:\n                A: b\n',
      errors: [{ messageId: 'injection' }],
      output:
        'jobs:\n  - deployment: d\n    environment: prod\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n            - pwsh: Write-Host $env:SYSTEM_PULLREQUEST_SOURCEBRANCH\n              env:\n                A: b\n                SYSTEM_PULLREQUEST_SOURCEBRANCH: $(System.PullRequest.SourceBranch)\n',
    },
    {
      name: 'through a YAML variable, in a stage job, AzureCLI bash inline',
      code:
        "variables:\n  branch: $(Build.SourceBranchName)\nstages:\n  - stage: s\n    jobs:\n      - job: j\n        steps:\n          - task: AzureCLI@2\n            inputs:\n              azureSubscription: conn\n              scriptType: bash\n              scriptLocation: inlineScript\n              inlineScript: az group create -n rg-$(branch) -l westeurope\n",
      errors: [{ messageId: 'injection', message: '(built from `Build.SourceBranchName`)', text: '$(branch)' }],
      output:
        "variables:\n  branch: $(Build.SourceBranchName)\nstages:\n  - stage: s\n    jobs:\n      - job: j\n        steps:\n          - task: AzureCLI@2\n            inputs:\n              azureSubscription: conn\n              scriptType: bash\n              scriptLocation: inlineScript\n              inlineScript: az group create -n rg-\"$BRANCH\" -l westeurope\n            env:\n              BRANCH: $(branch)\n",
    },
    {
      name: 'template expression of a predefined variable and a free-form parameter (script: no fix)',
      code: "parameters:\n  - name: tag\n    type: string\nsteps:\n  - script: echo ${{ variables['Build.SourceBranch'] }} ${{ parameters.tag }}\n",
      errors: [{ messageId: 'injection', message: 'pushes the branch' }, { messageId: 'injection', message: 'whoever queues the run' }],
    },
    {
      name: 'conditional step insertion and list-form variables',
      code: "variables:\n  - name: msg\n    value: 'x $(Build.SourceVersionMessage)'\nsteps:\n  - ${{ if eq(variables['Build.Reason'], 'PullRequest') }}:\n    - script: echo $(msg)\n",
      errors: [{ messageId: 'injection', text: '$(msg)' }],
    },
    {
      name: 'arguments input of a Bash task',
      code: 'steps:\n  - task: Bash@3\n    inputs:\n      filePath: ./build.sh\n      arguments: --branch $(System.PullRequest.SourceBranch)\n',
      errors: [{ messageId: 'argument', message: '`arguments`' }],
    },
    {
      name: 'single-quoted shell context: no fix',
      code: "steps:\n  - bash: python -c 'print(\"$(Build.SourceVersionMessage)\")'\n",
      errors: [{ messageId: 'injection' }],
    },
  ],
});
