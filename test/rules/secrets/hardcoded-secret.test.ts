import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../server/src/rules/secrets/hardcoded-secret';
import { ruleTester } from '../../helpers/ruleTester';
import { analyzeText } from '../../helpers/analyzeText';
import { Fakes } from '../../secrets/fakes';

const f = new Fakes(101);
const storageKey = f.storageKey();
const gh = f.githubToken();
const entra = f.entraSecret();
const hex = f.hex32();
const hf = f.huggingface();
const openai = f.openai('proj');
const sbKey = f.sharedAccessKey();
const pem = f.pem('OPENSSH PRIVATE KEY');
const dbx = f.databricks();
const acr = f.acrKey();
const ado = f.adoLegacyPat();
const sasSig = f.sasSignature();
const cosmos = f.storageKey();
const conn = `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${storageKey};EndpointSuffix=core.windows.net`;

ruleTester(rule, {
  valid: [
    { name: 'GitHub: secrets reference', path: '.github/workflows/ci.yml', code: 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      AZURE_STORAGE_KEY: ${{ secrets.AZURE_STORAGE_KEY }}\n    steps:\n      - run: echo "${{ secrets.GH_PAT }}" | gh auth login --with-token\n' },
    { name: 'GitHub: OIDC login', path: '.github/workflows/deploy.yml', code: 'on: push\npermissions:\n  id-token: write\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n          tenant-id: ${{ secrets.AZURE_TENANT_ID }}\n          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}\n' },
    { name: 'ADO: macro and Key Vault group', path: 'azure-pipelines.yml', code: 'variables:\n  - group: kv-secrets\n  - name: storageKey\n    value: $(kvStorageKey)\nsteps:\n  - script: az storage blob list --account-key "$(storageKey)"\n' },
    { name: 'Azure ML: connection injection', path: 'deployment.yml', code: '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json\nname: blue\nendpoint_name: ep\nenvironment_variables:\n  AZURE_OPENAI_API_KEY: ${{azureml://connections/aoai/credentials/key}}\n  AZURE_OPENAI_ENDPOINT: https://my-aoai.openai.azure.com/\n' },
    { name: 'Bicep: secure param and listKeys', path: 'main.bicep', code: "@secure()\nparam adminPassword string\nresource sa 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {\n  name: 'sa'\n}\noutput cs string = 'DefaultEndpointsProtocol=https;AccountName=${sa.name};AccountKey=${sa.listKeys().keys[0].value}'\n" },
    { name: 'JSON: Key Vault reference in app settings', path: 'appsettings.json', code: '{\n  "ConnectionStrings": {\n    "Storage": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/storage/)"\n  },\n  "ApplicationInsights": {\n    "ConnectionString": "InstrumentationKey=3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"\n  }\n}\n' },
    {
      name: 'GitHub: registry passwords are left to gha-hardcoded-container-credentials',
      path: '.github/workflows/ci.yml',
      code: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    container:\n      image: r.azurecr.io/x:1\n      credentials: { username: r, password: ${acr} }\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          registry: r.azurecr.io\n          username: r\n          password: ${acr}\n`,
    },
    { name: 'YAML: Azurite development storage', path: 'config.yml', code: 'storage: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"\n' },

  ],
  invalid: [
    {
      name: 'GitHub: storage connection string in env (whole value replaced, quotes kept)',
      path: '.github/workflows/ci.yml',
      code: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      AZURE_STORAGE_CONNECTION_STRING: "${conn}"\n    steps:\n      - run: echo hi\n`,
      errors: [{ messageId: 'hardcoded', text: storageKey, message: 'Azure Storage account key hard-coded in `AccountKey`' }],
      fixTitles: ['Replace with ${{ secrets.AZURE_STORAGE_CONNECTION_STRING }}'],
      output: 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      AZURE_STORAGE_CONNECTION_STRING: "${{ secrets.AZURE_STORAGE_CONNECTION_STRING }}"\n    steps:\n      - run: echo hi\n',
    },
    {
      name: 'GitHub: plain scalar token',
      path: '.github/workflows/ci.yml',
      code: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          token: ${gh}\n`,
      errors: [{ text: gh, message: /^GitHub personal access token \(classic\) hard-coded in `token` \(`ghp_…`, 40 chars\): revoke the token, then store it as an encrypted secret and use `\$\{\{ secrets.TOKEN \}\}`\.$/ }],
      output: 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          token: ${{ secrets.TOKEN }}\n',
    },
    {
      name: 'GitHub: token inside a run script (only the secret replaced)',
      path: '.github/workflows/ci.yml',
      code: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          export HF_TOKEN=${hf}\n          huggingface-cli download org/model\n`,
      errors: [{ text: hf, line: 7 }],
      output: 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          export HF_TOKEN=${{ secrets.HF_TOKEN }}\n          huggingface-cli download org/model\n',
    },
    {
      name: 'GitHub: flow mapping gets a quoted reference',
      path: '.github/workflows/ci.yml',
      code: `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env: { AZURE_OPENAI_ENDPOINT: "https://x.openai.azure.com/", AZURE_OPENAI_API_KEY: ${hex} }\n    steps:\n      - run: echo hi\n`,
      errors: [{ text: hex, message: 'Azure OpenAI / AI services key' }],
      output: "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env: { AZURE_OPENAI_ENDPOINT: \"https://x.openai.azure.com/\", AZURE_OPENAI_API_KEY: '${{ secrets.AZURE_OPENAI_API_KEY }}' }\n    steps:\n      - run: echo hi\n",
    },
    {
      name: 'GitHub action: azure/login creds JSON with a client secret',
      path: '.github/workflows/deploy.yml',
      code: `on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          creds: '{"clientId":"3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01","clientSecret":"${entra}","subscriptionId":"3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f02","tenantId":"3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f03"}'\n`,
      errors: [{ text: entra, message: /Microsoft Entra ID client secret hard-coded in `creds`.*federated credential/ }],
      output: `on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          creds: '{"clientId":"3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01","clientSecret":"\${{ secrets.AZURE_CLIENT_SECRET }}","subscriptionId":"3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f02","tenantId":"3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f03"}'\n`,
    },
    {
      name: 'ADO: script argument gets $(NAME)',
      path: 'azure-pipelines.yml',
      code: `trigger: none\nsteps:\n  - script: az storage blob upload --account-name acct --account-key ${storageKey} -f out.zip\n`,
      errors: [{ text: storageKey }],
      output: 'trigger: none\nsteps:\n  - script: az storage blob upload --account-name acct --account-key $(ACCOUNT_KEY) -f out.zip\n',
    },
    {
      name: 'ADO: task input',
      path: 'azure-pipelines.yml',
      code: `steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: conn\n      scriptType: bash\n      scriptLocation: inlineScript\n      inlineScript: |\n        databricks configure --token <<< "${dbx}"\n`,
      errors: [{ text: dbx, message: 'Databricks personal access token hard-coded in `inlineScript`' }],
      output: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: conn\n      scriptType: bash\n      scriptLocation: inlineScript\n      inlineScript: |\n        databricks configure --token <<< "$(DATABRICKS_TOKEN)"\n',
    },
    {
      name: 'ADO: variables definition gets no self-referencing fix',
      path: 'azure-pipelines.yml',
      code: `variables:\n  AZURE_DEVOPS_EXT_PAT: ${ado}\nsteps:\n  - script: az devops project list\n`,
      errors: [{ text: ado, message: /^Azure DevOps personal access token hard-coded in `AZURE_DEVOPS_EXT_PAT`.*secret variable/ }],
    },
    {
      name: 'Azure ML: environment variable, message only',
      path: 'job.yml',
      code: `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: python train.py\nenvironment: azureml:env:1\ncompute: azureml:cpu\nenvironment_variables:\n  AZURE_OPENAI_API_KEY: ${hex}\n  AZURE_OPENAI_ENDPOINT: https://my-aoai.openai.azure.com/\n`,
      errors: [{ text: hex, message: /^Azure OpenAI \/ AI services key hard-coded in `AZURE_OPENAI_API_KEY` \(`.{4}…`, 32 chars\): rotate the key, then inject it from a workspace connection/ }],
    },
    {
      name: 'YAML: OpenAI key and private key in a config file',
      path: 'config.yml',
      code: `openai:\n  key: ${openai}\nssh:\n  private_key: |\n${pem.split('\n').map((l) => `    ${l}`).join('\n')}\n`,
      errors: [{ text: openai, line: 2 }, { line: 5, column: 5, endLine: 5 + pem.split('\n').length - 1, message: 'Private key hard-coded in `private_key`' }],
    },
    {
      name: 'Bicep: literal moved to a new @secure() param after the last param',
      path: 'main.bicep',
      code: `param location string = resourceGroup().location\n\nresource fn 'Microsoft.Web/sites@2023-01-01' = {\n  name: 'fn'\n  location: location\n  properties: {\n    siteConfig: {\n      appSettings: [\n        {\n          name: 'ServiceBusConnection'\n          value: 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${sbKey}'\n        }\n      ]\n    }\n  }\n}\n`,
      errors: [{ text: sbKey, message: 'Azure Service Bus shared access key hard-coded in `SharedAccessKey`' }],
      fixTitles: ["Move the value to a @secure() parameter 'serviceBusConnection'"],
      output: `param location string = resourceGroup().location\n\n@secure()\nparam serviceBusConnection string\n\nresource fn 'Microsoft.Web/sites@2023-01-01' = {\n  name: 'fn'\n  location: location\n  properties: {\n    siteConfig: {\n      appSettings: [\n        {\n          name: 'ServiceBusConnection'\n          value: serviceBusConnection\n        }\n      ]\n    }\n  }\n}\n`,
    },
    {
      name: 'Bicep: no params yet, inserted after comments and targetScope',
      path: 'main.bicep',
      code: `// Storage for the AI hub\ntargetScope = 'resourceGroup'\n\nvar cosmosConnection = 'AccountEndpoint=https://db.documents.azure.com:443/;AccountKey=${cosmos};'\n`,
      errors: [{ text: cosmos, message: 'Azure Cosmos DB key' }],
      output: `// Storage for the AI hub\ntargetScope = 'resourceGroup'\n\n@secure()\nparam cosmosConnection2 string\n\nvar cosmosConnection = cosmosConnection2\n`,
    },
    {
      name: 'Bicep: param default of a SAS URL',
      path: 'main.bicep',
      code: `param packageUrl string = 'https://acct.blob.core.windows.net/pkg/app.zip?sv=2022-11-02&sp=r&se=2030-01-01T00:00:00Z&sr=b&sig=${sasSig}'\n`,
      errors: [{ message: /^Azure shared access signature \(SAS\) token hard-coded in `packageUrl` \(`sv=2…`, \d+ chars\): revoke the SAS/ }],
      output: '@secure()\nparam packageUrl string\n',
    },
    {
      name: 'bicepparam: az.getSecret snippet',
      path: 'main.bicepparam',
      code: `using './main.bicep'\n\nparam openAiKey = '${hex}'\n`,
      errors: [{ text: hex, message: 'Azure OpenAI / AI services key' }],
      output: "using './main.bicep'\n\nparam openAiKey = az.getSecret('${1:subscriptionId}', '${2:resourceGroupName}', '${3:keyVaultName}', '${4:secretName}')\n",
    },
    {
      name: 'JSON: ARM parameter file gets a Key Vault reference',
      path: 'azuredeploy.parameters.json',
      code: `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "storageAccountKey": {\n      "value": "${storageKey}"\n    }\n  }\n}\n`,
      errors: [{ text: storageKey, message: 'Azure Storage account key hard-coded in `storageAccountKey`' }],
      output: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "storageAccountKey": { "reference": { "keyVault": { "id": "${1:/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/<vault-name>}" }, "secretName": "${2:storageAccountKey}" } }\n  }\n}\n',
    },
    {
      name: 'JSON: app settings array (name/value) and an escaped string',
      path: 'appsettings.json',
      code: `[\n  { "name": "GITHUB_PAT", "value": "${gh}" },\n  { "name": "note", "value": "token\\u003a ${f.githubToken('ghs')}" }\n]\n`,
      errors: [{ text: gh, message: 'hard-coded in `GITHUB_PAT`' }, { line: 3 }],
    },
  ],
});

describe('hardcoded-secret: messages and fixes never hold a whole secret', () => {
  const secrets = [storageKey, gh, entra, hex, hf, openai, sbKey, dbx, acr, ado, cosmos];
  const files: [string, string][] = [
    ['.github/workflows/a.yml', `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      A: ${gh}\n      B: "${conn}"\n      AZURE_CLIENT_SECRET: ${entra}\n      OPENAI_API_KEY: ${hex}\n      C: ${hf}\n      D: ${openai}\n`],
    ['azure-pipelines.yml', `steps:\n  - script: |\n      curl -H "Authorization: Bearer ${dbx}" https://x\n      docker login r.azurecr.io -u r -p ${acr}\n      export AZURE_DEVOPS_EXT_PAT=${ado}\n`],
    ['main.bicep', `var a = 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=R;SharedAccessKey=${sbKey}'\nvar b = 'AccountEndpoint=https://c.documents.azure.com:443/;AccountKey=${cosmos};'\n`],
  ];
  for (const [path, code] of files) {
    it(path, () => {
      const result = analyzeText(code, { path, rules: [rule] });
      assert.ok(result.findings.length >= 2, `${result.findings.length} findings`);
      for (const finding of result.findings) {
        const texts = [finding.message, ...finding.fixes.map((x) => x.title), ...finding.fixes.flatMap((x) => x.edits.map((e) => e.newText))];
        for (const s of secrets) for (const t of texts) assert.ok(!t.includes(s.slice(0, 8)), `leak of ${s.slice(0, 4)}… in "${t.slice(0, 80)}"`);
      }
    });
  }

  it('respects the config allow-list', () => {
    const code = `token: ${gh}\n`;
    assert.equal(analyzeText(code, { path: 'config.yml', rules: [rule] }).findings.length, 1);
    assert.equal(analyzeText(code, { path: 'config.yml', rules: [rule], config: { allowlist: { secrets: [gh] } } }).findings.length, 0);
  });

  it('option ignoreDetectors', () => {
    const code = `token: ${f.jwt()}\n`;
    assert.equal(analyzeText(code, { path: 'config.yml', rules: [rule] }).findings.length, 1);
    assert.equal(analyzeText(code, { path: 'config.yml', rules: [rule], config: { rules: { 'hardcoded-secret': { options: { ignoreDetectors: ['jwt'] } } } } }).findings.length, 0);
  });

  it('is suppressed by the YAML and Bicep comments', () => {
    const yaml = `# bulwark-disable-next-line hardcoded-secret\ntoken: ${gh}\n`;
    assert.equal(analyzeText(yaml, { path: 'config.yml', rules: [rule] }).findings.length, 0);
    const bicep = `#disable-next-line hardcoded-secret\nvar t = '${gh}'\n`;
    assert.equal(analyzeText(bicep, { path: 'main.bicep', rules: [rule] }).findings.length, 0);
  });
});
