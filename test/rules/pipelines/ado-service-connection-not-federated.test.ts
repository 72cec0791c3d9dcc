import rule from '../../../server/src/rules/pipelines/ado-service-connection-not-federated';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'task-managed login', code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: conn\n      scriptType: bash\n      scriptLocation: inlineScript\n      inlineScript: az group list\n' },
    { name: 'idToken use (federated)', code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: conn\n      addSpnToEnvironment: true\n      scriptType: bash\n      inlineScript: az login --service-principal -u $servicePrincipalId -t $tenantId --federated-token $idToken\n' },
    { name: 'empty secret env', code: 'steps:\n  - bash: terraform plan\n    env:\n      ARM_CLIENT_SECRET: ""\n' },
  ],
  invalid: [
    {
      name: 'servicePrincipalKey read by the script',
      code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: prod-conn\n      addSpnToEnvironment: true\n      scriptType: bash\n      inlineScript: export ARM_CLIENT_SECRET=$servicePrincipalKey\n',
      errors: [{ messageId: 'spKey', text: 'servicePrincipalKey', message: '`prod-conn`' }],
    },
    {
      name: 'az login with a password; secret env',
      code: 'steps:\n  - bash: az login --service-principal -u $(appId) -p $(appSecret) --tenant $(tenant)\n    env:\n      AZURE_CLIENT_SECRET: $(clientSecret)\n',
      errors: [{ messageId: 'cliSecret', text: 'az login' }, { messageId: 'envSecret', text: 'AZURE_CLIENT_SECRET' }],
    },
  ],
});
