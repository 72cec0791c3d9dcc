import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanValue, type ScanContext } from '../../server/src/secrets';
import { Fakes } from './fakes';

const f = new Fakes(11);

/** [description, value, key?] — none of these may produce any match. */
const NEGATIVES: readonly (readonly [string, string, string?])[] = [
  // references
  ['GitHub secret reference', '${{ secrets.AZURE_CLIENT_SECRET }}', 'client-secret'],
  ['GitHub vars reference', '${{ vars.STORAGE_KEY }}', 'AZURE_STORAGE_KEY'],
  ['GitHub env in password', '${{ env.DB_PASSWORD }}', 'password'],
  ['ADO macro', '$(storageKey)', 'AZURE_STORAGE_KEY'],
  ['ADO runtime expression', '$[ variables.apiKey ]', 'api_key'],
  ['ADO template expression', "${{ parameters.adminPassword }}", 'adminPassword'],
  ['shell ${VAR}', '${DB_PASSWORD}', 'password'],
  ['shell $VAR', '$DB_PASSWORD', 'password'],
  ['PowerShell $env:', '$env:CLIENT_SECRET', 'clientSecret'],
  ['Windows %VAR%', '%API_KEY%', 'api_key'],
  ['Jinja / Helm', '{{ .Values.password }}', 'password'],
  ['Mustache', '{{password}}', 'password'],
  ['braces placeholder', '{password}', 'password'],
  ['interpolation hole', 'prefix-\u0000-suffix', 'password'],
  ['ARM expression', "[parameters('adminPassword')]", 'adminPassword'],
  ['ARM listKeys', "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'x'), '2023-01-01').keys[0].value]", 'AccountKey'],
  ['Key Vault reference (App Service)', '@Microsoft.KeyVault(SecretUri=https://myvault.vault.azure.net/secrets/db-password/)', 'DB_PASSWORD'],
  ['Key Vault reference (VaultName form)', '@Microsoft.KeyVault(VaultName=myvault;SecretName=db-password)', 'DB_PASSWORD'],
  ['keyvault:// URI', 'keyvault://myvault/secrets/api-key', 'api_key'],
  ['vault secret URL', 'https://myvault.vault.azure.net/secrets/openai-key/0123abcd', 'AZURE_OPENAI_API_KEY'],
  ['Azure ML connection injection', '${{azureml://connections/my-aoai/credentials/key}}', 'AZURE_OPENAI_API_KEY'],
  ['Azure ML Key Vault injection', '${{keyvault:https://kv.vault.azure.net/secrets/pw/1}}', 'password'],
  ['Python env lookup', 'os.environ["OPENAI_API_KEY"]', 'api_key'],
  ['process.env', 'process.env.API_KEY', 'apiKey'],
  // placeholders
  ['angle placeholder', '<your-storage-account-key>', 'AccountKey'],
  ['angle placeholder in connection string', 'DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net'],
  ['xxxx', 'xxxxxxxxxxxxxxxxxxxxxxxx', 'password'],
  ['XXXX in a token', `ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`],
  ['stars', '********', 'password'],
  ['changeme', 'changeme', 'password'],
  ['password', 'password', 'password'],
  ['Password!', 'Password!', 'password'],
  ['example', 'example-secret-value', 'client_secret'],
  ['dummy', 'dummy', 'api_key'],
  ['redacted', '[REDACTED]', 'token'],
  ['TODO', 'TODO', 'api_key'],
  ['empty', '', 'password'],
  ['spaces', '   ', 'password'],
  ['your_api_key_here', 'your_api_key_here', 'OPENAI_API_KEY'],
  ['YOUR-KEY', 'YOUR-OPENAI-KEY', 'OPENAI_API_KEY'],
  ['replace me', 'REPLACE_ME', 'token'],
  ['repeated chars', 'aaaaaaaaaaaaaaaa', 'password'],
  ['sequential', 'abcdefgh12345678', 'password'],
  ['AWS docs example key style', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'secret_access_key'],
  ['Azurite well-known key', 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'],
  ['UseDevelopmentStorage', 'UseDevelopmentStorage=true', 'AzureWebJobsStorage'],
  ['jwt.io sample', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 'token'],
  ['URL with placeholder password', 'https://user:<password>@host.example.org/', 'url'],
  ['URL with $VAR password', 'https://x-access-token:$GITHUB_TOKEN@github.com/org/repo', 'url'],
  ['URL with ${VAR} password', 'https://oauth2:${CI_JOB_TOKEN}@gitlab.example.org/x.git', 'url'],
  ['URL with ADO macro password', 'https://build:$(System.AccessToken)@dev.azure.com/org/_git/repo', 'url'],
  ['URL with ${{ }} password', 'https://x:${{ secrets.GH_PAT }}@github.com/o/r', 'url'],
  ['URL with password "password"', 'postgres://postgres:password@localhost:5432/db', 'DATABASE_URL'],
  ['curl -u with $VAR', 'curl -u "$USER:$PASS" https://x', 'run'],
  ['curl -u placeholder', 'curl -u user:changeme https://x', 'run'],
  ['Authorization with reference', 'curl -H "Authorization: Bearer $TOKEN" https://x', 'run'],
  ['Authorization with ${{ }}', 'curl -H "Authorization: token ${{ secrets.GITHUB_TOKEN }}" https://x', 'run'],
  ['Basic with placeholder', 'Authorization: Basic <base64>', 'run'],
  ['PEM without body', '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----', 'key'],
  ['PEM placeholder', '-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----', 'privateKey'],
  ['public certificate', `-----BEGIN CERTIFICATE-----\n${f.pem('X').split('\n').slice(1, -1).join('\n')}\n-----END CERTIFICATE-----`, 'certificate'],
  ['public key', `-----BEGIN PUBLIC KEY-----\n${f.pem('X').split('\n').slice(1, -1).join('\n')}\n-----END PUBLIC KEY-----`, 'publicKey'],
  ['ssh public key', `ssh-rsa ${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 300)} user@host`, 'sshPublicKey'],
  ['unsigned JWT (alg none)', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","iat":1}').toString('base64url')}.`, 'payload'],
  ['eyJ that is not a JWT', 'eyJustAWord.eyJanotherWordHere.signaturepart1234567890', 'token'],
  // Application Insights
  ['App Insights connection string', 'InstrumentationKey=3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/', 'APPLICATIONINSIGHTS_CONNECTION_STRING'],
  ['App Insights instrumentation key', '3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01', 'APPINSIGHTS_INSTRUMENTATIONKEY'],
  ['instrumentationKey key with hex', '3f1c2a9b7d4e4c1a9b2e5a6d7c8e9f01', 'instrumentationKey'],
  // GUIDs, hashes, digests
  ['GUID client id', '3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01', 'client_id'],
  ['GUID under a secret-ish name', '3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01', 'secret'],
  ['GUID in braces', '{3F1C2A9B-7D4E-4C1A-9B2E-5A6D7C8E9F01}', 'token'],
  ['git SHA in uses:', 'actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab', 'uses'],
  ['64-hex digest under image', 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04@sha256:3b5e3b4a5f3c7d2e1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f', 'image'],
  ['sha256: digest under a key name', 'sha256:3b5e3b4a5f3c7d2e1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f', 'key'],
  ['SRI hash', 'sha512-3b5e3b4a5f3c7d2e1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f', 'integrity'],
  ['32-hex without a key name', '3b5e3b4a5f3c7d2e1a0b9c8d7e6f5a4b', 'checksum'],
  ['32-hex under hash', '3b5e3b4a5f3c7d2e1a0b9c8d7e6f5a4b', 'md5'],
  ['88-char base64 without a key name', f.storageKey(), 'data'],
  ['52 base32 without a PAT name', f.adoLegacyPat(), 'id'],
  ['34-char legacy-looking secret without client-secret name', f.entraLegacySecret(), 'description'],
  // paths, URLs, names, config
  ['file path', '/etc/secrets/db-password', 'password_file'],
  ['relative path', './secrets/key.pem', 'privateKey'],
  ['Windows path', 'C:\\certs\\server.pfx', 'certificatePassword'],
  ['pfx file name', 'server-certificate.pfx', 'certificate_password'],
  ['URL without credentials', 'https://login.microsoftonline.com/common/oauth2/v2.0/token', 'token_url'],
  ['URL under token key', 'https://login.microsoftonline.com/tenant/oauth2/v2.0/token', 'token'],
  ['wasbs URI with @', 'wasbs://container@account.blob.core.windows.net/path/file.csv', 'path'],
  ['abfss URI', 'abfss://fs@acct.dfs.core.windows.net/data', 'uri'],
  ['azureml registry URI', 'azureml://registries/azureml/models/phi-3/versions/3', 'model'],
  ['azureml asset ref', 'azureml:my-env:3', 'environment'],
  ['git ssh remote', 'git@github.com:org/repo.git', 'repository'],
  ['secret name', 'storage-account-key', 'secretName'],
  ['secret name under a secret key', 'my-db-password', 'secret'],
  ['env var name', 'AZURE_OPENAI_API_KEY', 'api_key_env'],
  ['env var name under a key name', 'OPENAI_API_KEY', 'api_key'],
  ['camelCase word', 'mySecretName', 'password'],
  ['boolean', 'true', 'password'],
  ['number', '12345678901234', 'token'],
  ['max_tokens', '4096', 'max_tokens'],
  ['tokenizer', 'bert-base-uncased', 'tokenizer'],
  ['token endpoint', 'https://token.actions.githubusercontent.com', 'token_endpoint'],
  ['sentence', 'The password must be rotated every 90 days.', 'description'],
  ['sentence under password', 'use the value from Key Vault', 'password'],
  ['email', 'admin@contoso.com', 'secret_owner'],
  ['host name', 'myregistry.azurecr.io', 'token'],
  ['passwordAuthentication', 'Disabled', 'passwordAuthentication'],
  ['secure string type', 'securestring', 'type'],
  ['key word under key', 'ctrl+shift+down', 'key'],
  ['Bicep expression text', "kv.getSecret('sql-admin-password')", 'adminPassword'],
  ['MSBuild property', '$(Build.SourcesDirectory)/out', 'token'],
  ['Docker image tag', 'myregistry.azurecr.io/team/app:1.2.3', 'image'],
  ['short value', 'abc123', 'password'],
  ['PowerShell ConvertTo-SecureString of a variable', 'ConvertTo-SecureString $env:PW -AsPlainText -Force', 'inlineScript'],
  ['command using a secret variable', 'az login --service-principal -u $(clientId) -p $(clientSecret) --tenant $(tenantId)', 'script'],
  ['docker -p port mapping far from a login', 'docker login r.azurecr.io -u r --password-stdin < pw.txt\ndocker run -p 127.0.0.1:8080:80/tcp app:1', 'run'],
  ['keyvault secret set from a variable', 'az keyvault secret set --vault-name kv --name db --value "$DB_PASSWORD"', 'run'],
  ['docker login with stdin', 'echo "$ACR_PASSWORD" | docker login myregistry.azurecr.io -u myregistry --password-stdin', 'run'],
  ['Python reading a key', 'api_key = os.environ["AZURE_OPENAI_API_KEY"]', 'run'],
  ['GitHub Actions step with secrets', 'az storage blob upload --account-name x --account-key ${{ secrets.STORAGE_KEY }} -f a', 'run'],
  ['SAS with placeholder signature', 'https://acct.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=<signature>', 'url'],
  ['SAS with variable signature', 'https://acct.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=$SIG', 'url'],
  ['sig= that is not a SAS', 'gpg --sig=detached file', 'run'],
  ['Service Bus connection with placeholder key', 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=<key>', 'connection'],
  ['SharedAccessKeyName only', 'SharedAccessKeyName=RootManageSharedAccessKey', 'name'],
  ['dapi without hex', 'dapiVersion2', 'version'],
  ['hf_ inside a word', 'use_hf_transfer_for_downloads_in_this_job', 'flag'],
  ['sk- that is not OpenAI', 'sk-learn-compatible-estimator-wrapper', 'package'],
  ['ghp_ too short', 'ghp_short', 'token'],
  ['Q~ in prose', 'What about Q~ in text?', 'description'],
  ['base64 of plain config', Buffer.from('{"logging": {"level": "info"}}').toString('base64'), 'config'],
  ['YAML comment-like', '# password: see Key Vault', 'note'],
];

describe('secrets: never flagged', () => {
  for (const [name, value, key] of NEGATIVES) {
    for (const fileKind of ['github-workflow', 'azure-pipelines', 'azureml', 'bicep', 'json'] as const) {
      it(`${name} (${fileKind})`, () => {
        const ctx: ScanContext = { fileKind, ...(key ? { key } : {}) };
        assert.deepEqual(scanValue(value, ctx), []);
      });
    }
  }

  it('has at least as many negatives as the positive suite', () => {
    assert.ok(NEGATIVES.length >= 90, String(NEGATIVES.length));
  });
});

describe('secrets: robustness', () => {
  it('never throws on odd input', () => {
    const odd: unknown[] = [undefined, null, 42, {}, '\u0000'.repeat(100), '\uD800'.repeat(50), 'eyJ'.repeat(10), '-----BEGIN PRIVATE KEY-----'];
    for (const v of odd) assert.doesNotThrow(() => scanValue(v as string, { fileKind: 'yaml', key: 'password' }));
  });

  it('handles non-ASCII text around a secret without shifting offsets', () => {
    const gh = f.githubToken();
    const v = `İİİ ünïcödé 🔑 token: ${gh}`;
    const [m] = scanValue(v, { fileKind: 'yaml' });
    assert.ok(m);
    assert.equal(v.slice(m.start, m.end), gh);
  });
});

describe('secrets: corpus false positives stay fixed', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Microsoft.Storage/storageAccounts', 'accountKey'],
    ['Microsoft.KeyVault/vaults/secrets@2023-07-01', 'secret'],
    ['keys@2024-11-01', 'dbKey'],
    ['Microsoft.Devices/IotHubs@2023-06-30', 'disableDeviceSAS'],
    ['credential/main.bicep', 'automationAccount_credentials'],
    ['br/public:avm/res/key-vault/vault:0.9.0', 'keyVault_secrets'],
    ['HKEY_LOCAL_MACHINE/SOFTWARE/MyApp1/RegistryAdapterString', 'registryKey'],
    ['2024-04-01-preview', 'secrets'],
    ['Get-AzKeyVaultSecret', 'customKeyVaultSecrets'],
    ['FUNCTION-KEY', 'FUNCTION_KEY'],
    ['definitelyAValue', 'mySecret'],
  ];
  for (const [value, key] of cases) {
    it(`${key}: ${value}`, () => assert.deepEqual(scanValue(value, { fileKind: 'bicep', key }), []));
  }
  it('still reports a literal fallback password', () => {
    assert.equal(scanValue('JumpboxAdminP@ssw0rd1234!', { fileKind: 'bicep', key: 'adminPassword' })[0]?.detectorId, 'generic-password');
  });
});
