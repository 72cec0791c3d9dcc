import rule from '../../../server/src/rules/secrets/hardcoded-password';
import { ruleTester } from '../../helpers/ruleTester';
import { Fakes } from '../../secrets/fakes';

const f = new Fakes(202);
const pw = f.password(16);
const pw2 = f.password(14);
const token = f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40);
const gh = f.githubToken();

ruleTester(rule, {
  valid: [
    { name: 'GitHub: secret references', path: '.github/workflows/ci.yml', code: 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: ${{ secrets.DB_PASSWORD }}\n        credentials:\n          username: ${{ github.actor }}\n          password: ${{ secrets.GITHUB_TOKEN }}\n    steps:\n      - run: echo hi\n' },
    { name: 'GitHub: placeholders and names', path: '.github/workflows/ci.yml', code: 'on: push\nenv:\n  API_KEY_SECRET_NAME: openai-api-key\n  PASSWORD: changeme\n  TOKEN_URL: https://login.microsoftonline.com/common/oauth2/v2.0/token\n  MAX_TOKENS: "4096"\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n' },
    { name: 'ADO: secret variable references', path: 'azure-pipelines.yml', code: 'steps:\n  - script: sqlcmd -S $(server) -U sa -P "$(sqlPassword)" -i init.sql\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: prod\n      scriptType: bash\n      scriptLocation: inlineScript\n      inlineScript: az login --service-principal -u $(clientId) -p $(clientSecret) --tenant $(tenantId)\n' },
    { name: 'Azure ML: placeholders from the corpus', path: 'job.yml', code: '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: python train.py\nenvironment: azureml:env:1\nenvironment_variables:\n  AZURE_OPENAI_API_KEY: <your-api-key>\n  AZUREMLFLOW_SP_CLIENT_SECRET: ""\n  KV_SECRET_MULTIPLIER: multiplier@https://<KV_NAME>.vault.azure.net\n' },
    { name: 'Bicep: secure param, getSecret, expressions', path: 'main.bicep', code: "@secure()\nparam adminPassword string\nparam passwordLength int = 24\nresource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv'\n}\nmodule vm 'vm.bicep' = {\n  name: 'vm'\n  params: {\n    adminPassword: kv.getSecret('vm-admin-password')\n    passwordSecretName: 'vm-admin-password'\n  }\n}\n" },
    { name: 'JSON: ARM parameter file with a Key Vault reference', path: 'azuredeploy.parameters.json', code: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "adminPassword": { "reference": { "keyVault": { "id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" }, "secretName": "admin" } }\n  }\n}\n' },
    { name: 'known formats are left to hardcoded-secret', path: 'config.yml', code: `token: ${gh}\n` },
  ],
  invalid: [
    {
      name: 'GitHub: service container password',
      path: '.github/workflows/ci.yml',
      code: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: ${pw}\n    steps:\n      - run: echo hi\n`,
      errors: [{ messageId: 'hardcoded', text: pw, message: /^Password hard-coded in `POSTGRES_PASSWORD` \(`.{4}…`, 16 chars\): change the password, then store it as an encrypted secret and use `\$\{\{ secrets.POSTGRES_PASSWORD \}\}`\.$/ }],
      fixTitles: ['Replace with ${{ secrets.POSTGRES_PASSWORD }}'],
      output: 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: ${{ secrets.POSTGRES_PASSWORD }}\n    steps:\n      - run: echo hi\n',
    },
    {
      name: 'GitHub: single-quoted value keeps its quotes',
      path: '.github/workflows/ci.yml',
      code: `on: push\nenv:\n  WANDB_API_KEY: '${token}'\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`,
      errors: [{ text: token, message: 'API key hard-coded in `WANDB_API_KEY`' }],
      output: "on: push\nenv:\n  WANDB_API_KEY: '${{ secrets.WANDB_API_KEY }}'\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
    },
    {
      name: 'GitHub: password flag inside run',
      path: '.github/workflows/ci.yml',
      code: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mysql -h db -u root --password=${pw} < seed.sql\n`,
      errors: [{ text: pw, message: 'Password hard-coded in `--password`' }],
      output: 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mysql -h db -u root --password=${{ secrets.PASSWORD }} < seed.sql\n',
    },
    {
      name: 'ADO: connection string password in a task input',
      path: 'azure-pipelines.yml',
      code: `steps:\n  - task: SqlAzureDacpacDeployment@1\n    inputs:\n      ConnectionString: 'Server=tcp:x.database.windows.net,1433;Database=app;User ID=sqladmin;Password=${pw};Encrypt=true'\n`,
      errors: [{ text: pw, message: 'Password hard-coded in `Password`' }],
      output: "steps:\n  - task: SqlAzureDacpacDeployment@1\n    inputs:\n      ConnectionString: '$(CONNECTION_STRING)'\n",
    },
    {
      name: 'ADO: variables list entry (no self-referencing fix)',
      path: 'azure-pipelines.yml',
      code: `variables:\n  - name: adminPassword\n    value: ${pw}\nsteps:\n  - script: echo hi\n`,
      errors: [{ text: pw, message: /hard-coded in `adminPassword`.*secret variable/ }],
    },
    {
      name: 'Azure ML: environment variable',
      path: 'job.yml',
      code: `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: python train.py\nenvironment: azureml:env:1\nenvironment_variables:\n  PINECONE_API_KEY: ${token}\n`,
      errors: [{ text: token, message: /^API key hard-coded in `PINECONE_API_KEY`.*workspace connection/ }],
    },
    {
      name: 'Bicep: param default becomes @secure() without default',
      path: 'main.bicep',
      code: `param location string = resourceGroup().location\nparam adminPassword string = '${pw}'\n\noutput loc string = location\n`,
      errors: [{ text: pw }],
      fixTitles: ["Make 'adminPassword' a @secure() parameter without a default"],
      output: `param location string = resourceGroup().location\n@secure()\nparam adminPassword string\n\noutput loc string = location\n`,
    },
    {
      name: 'Bicep: module param moved to a new @secure() param',
      path: 'main.bicep',
      code: `param location string = resourceGroup().location\n\nmodule vm 'vm.bicep' = {\n  name: 'vm'\n  params: {\n    location: location\n    adminPassword: '${pw}'\n  }\n}\n`,
      errors: [{ text: pw }],
      output: `param location string = resourceGroup().location\n\n@secure()\nparam adminPassword string\n\nmodule vm 'vm.bicep' = {\n  name: 'vm'\n  params: {\n    location: location\n    adminPassword: adminPassword\n  }\n}\n`,
    },
    {
      name: 'Bicep: already decorated param keeps one @secure()',
      path: 'main.bicep',
      code: `@secure()\nparam sqlPassword string = '${pw2}'\n`,
      errors: [{ text: pw2 }],
      output: '@secure()\nparam sqlPassword string\n',
    },
    {
      name: 'bicepparam: getSecret snippet',
      path: 'main.bicepparam',
      code: `using './main.bicep'\nparam adminPassword = '${pw}'\n`,
      errors: [{ text: pw }],
      output: "using './main.bicep'\nparam adminPassword = az.getSecret('${1:subscriptionId}', '${2:resourceGroupName}', '${3:keyVaultName}', '${4:secretName}')\n",
    },
    {
      name: 'JSON: ARM parameter file',
      path: 'azuredeploy.parameters.json',
      code: `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "adminPassword": { "value": "${pw}" }\n  }\n}\n`,
      errors: [{ text: pw, message: 'Password hard-coded in `adminPassword`' }],
      output: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "adminPassword": { "reference": { "keyVault": { "id": "${1:/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/<vault-name>}" }, "secretName": "${2:adminPassword}" } }\n  }\n}\n',
    },
    {
      name: 'JSON: local settings (message only)',
      path: 'local.settings.json',
      code: `{\n  "IsEncrypted": false,\n  "Values": {\n    "DB_PASSWORD": "${pw}"\n  }\n}\n`,
      errors: [{ text: pw, line: 4 }],
    },
    {
      name: 'option extraSecretNames',
      path: 'config.yml',
      code: `mlflow_tracking_thing: ${token}\n`,
      options: { extraSecretNames: ['MLFLOW_TRACKING_THING'] },
      errors: [{ text: token, message: 'Secret hard-coded' }],
    },
    {
      name: 'option minLength',
      path: 'config.yml',
      code: 'password: k3Y!x9\n',
      options: { minLength: 6 },
      errors: [{ text: 'k3Y!x9', message: '(`k3…`, 6 chars)' }],
    },
  ],
});
