import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DETECTORS, scanGeneric, scanKnown, scanValue, type ScanContext } from '../../server/src/secrets';
import { Fakes } from './fakes';

const f = new Fakes(7);

interface Positive {
  readonly name: string;
  readonly value: string;
  /** The secret expected inside `value`. */
  readonly secret: string;
  readonly id: string;
  readonly ctx?: Partial<ScanContext>;
}

function pos(name: string, id: string, secret: string, wrap: (s: string) => string = (s) => s, ctx?: Partial<ScanContext>): Positive {
  return { name, id, secret, value: wrap(secret), ...(ctx ? { ctx } : {}) };
}

const storageKey = f.storageKey();
const cosmosKey = f.storageKey();

const POSITIVES: readonly Positive[] = [
  // Azure Storage
  pos('storage connection string', 'azure-storage-key', storageKey, (k) => `DefaultEndpointsProtocol=https;AccountName=mystorage;AccountKey=${k};EndpointSuffix=core.windows.net`),
  pos('AccountKey= alone', 'azure-storage-key', f.storageKey(), (k) => `AccountKey=${k}`),
  pos('storage key under a storage key name', 'azure-storage-key', f.storageKey(), undefined, { key: 'AZURE_STORAGE_KEY' }),
  pos('storage key under storageAccountKey', 'azure-storage-key', f.storageKey(), undefined, { key: 'storageAccountKey' }),
  pos('identifiable storage key (+ASt)', 'azure-storage-key', f.identifiable64('+ASt')),
  pos('identifiable storage key inside a script', 'azure-storage-key', f.identifiable64('+ASt'), (k) => `az storage blob upload --account-key "${k}" -f x`),
  // SAS
  pos('SAS query string', 'azure-sas-token', `sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${f.sasSignature()}`),
  pos('SAS URL', 'azure-sas-token', `sv=2021-08-06&sr=c&sp=racwdl&se=2031-01-01&sig=${f.sasSignature()}`, (t) => `https://acct.blob.core.windows.net/data?${t}`),
  pos('SharedAccessSignature= connection string', 'azure-sas-token', `sv=2022-11-02&ss=q&srt=o&sp=r&se=2030-01-01&sig=${f.sasSignature()}`, (t) => `QueueEndpoint=https://acct.queue.core.windows.net/;SharedAccessSignature=${t}`),
  pos('Service Bus SAS token', 'azure-sas-token', `sr=https%3A%2F%2Fns.servicebus.windows.net%2Fq&sig=${f.sasSignature()}&se=1900000000&skn=RootManageSharedAccessKey`, (t) => `SharedAccessSignature ${t}`),
  // Entra
  pos('Entra client secret (8Q~)', 'azure-entra-client-secret', f.entraSecret()),
  pos('Entra client secret (7Q~)', 'azure-entra-client-secret', f.entraSecretV7()),
  pos('Entra secret in azure/login creds JSON', 'azure-entra-client-secret', f.entraSecret(), (s) => `{"clientId":"00000000-0000-0000-0000-000000000000","clientSecret":"${s}","subscriptionId":"00000000-0000-0000-0000-000000000000","tenantId":"00000000-0000-0000-0000-000000000000"}`),
  pos('legacy client secret under AZURE_CLIENT_SECRET', 'azure-entra-client-secret', f.entraLegacySecret(), undefined, { key: 'AZURE_CLIENT_SECRET' }),
  pos('legacy client secret under clientSecret', 'azure-entra-client-secret', f.entraLegacySecret(), undefined, { key: 'clientSecret' }),
  pos('legacy client secret in ARM_CLIENT_SECRET=', 'azure-entra-client-secret', f.entraLegacySecret(), (s) => `export ARM_CLIENT_SECRET='${s}'`),
  // Azure OpenAI / AI services
  pos('32-hex key under AZURE_OPENAI_API_KEY', 'azure-openai-key', f.hex32(), undefined, { key: 'AZURE_OPENAI_API_KEY' }),
  pos('32-hex key under api_key', 'azure-openai-key', f.hex32(), undefined, { key: 'api_key' }),
  pos('32-hex key under Ocp-Apim-Subscription-Key', 'azure-openai-key', f.hex32(), undefined, { key: 'Ocp-Apim-Subscription-Key' }),
  pos('32-hex key under openai_key', 'azure-openai-key', f.hex32(), undefined, { key: 'openai_key' }),
  pos('32-hex key with endpoint nearby', 'azure-openai-key', f.hex32(), undefined, { key: 'key', nearby: 'endpoint: https://my-aoai.openai.azure.com/' }),
  pos('32-hex key passed as --api-key', 'azure-openai-key', f.hex32(), (k) => `python score.py --endpoint https://x.openai.azure.com --api-key ${k}`),
  pos('CASK Azure OpenAI key', 'azure-openai-key', f.cask('ACOG', 'AAAB')),
  pos('CASK AI services key', 'azure-openai-key', f.cask('ACOG', 'AAAA')),
  // AI Search
  pos('identifiable search key (AzSe)', 'azure-search-key', f.searchKey()),
  pos('legacy search key under AZURE_SEARCH_ADMIN_KEY', 'azure-search-key', f.searchLegacy(), undefined, { key: 'AZURE_SEARCH_ADMIN_KEY' }),
  pos('legacy search key with search endpoint', 'azure-search-key', f.searchLegacy(), undefined, { key: 'api-key', nearby: 'https://mysearch.search.windows.net' }),
  // Cosmos DB
  pos('Cosmos connection string', 'azure-cosmos-key', cosmosKey, (k) => `AccountEndpoint=https://mycosmos.documents.azure.com:443/;AccountKey=${k};`),
  pos('identifiable Cosmos key (ACDb)', 'azure-cosmos-key', f.identifiable64('ACDb')),
  pos('Cosmos key under COSMOS_KEY', 'azure-cosmos-key', f.storageKey(), undefined, { key: 'COSMOS_KEY' }),
  // Service Bus / Event Hubs
  pos('Service Bus connection string', 'azure-service-bus-key', f.sharedAccessKey(), (k) => `Endpoint=sb://myns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}`),
  pos('identifiable Service Bus key (+ASb)', 'azure-service-bus-key', f.identifiable32('+ASb')),
  pos('identifiable Event Hubs key (+AEh)', 'azure-event-hubs-key', f.identifiable32('+AEh')),
  pos('Event Hubs connection string under an event hub name', 'azure-event-hubs-key', f.sharedAccessKey(), (k) => `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${k};EntityPath=telemetry`, { key: 'EVENTHUB_CONNECTION_STRING' }),
  // ACR
  pos('identifiable ACR key (+ACR)', 'azure-container-registry-password', f.acrKey()),
  pos('ACR admin password next to an azurecr.io login', 'azure-container-registry-password', f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 32), undefined, { key: 'password', nearby: 'registry: myregistry.azurecr.io\nusername: myregistry' }),
  pos('docker login -p with azurecr.io', 'azure-container-registry-password', f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32), (p) => `docker login myregistry.azurecr.io -u myregistry -p ${p}`),
  // Azure DevOps
  pos('legacy ADO PAT under AZURE_DEVOPS_EXT_PAT', 'azure-devops-pat', f.adoLegacyPat(), undefined, { key: 'AZURE_DEVOPS_EXT_PAT' }),
  pos('legacy ADO PAT under pat', 'azure-devops-pat', f.adoLegacyPat(), undefined, { key: 'pat' }),
  pos('legacy ADO PAT in a script assignment', 'azure-devops-pat', f.adoLegacyPat(), (p) => `AZURE_DEVOPS_PAT=${p} az devops login`),
  pos('CASK ADO PAT (AZDO)', 'azure-devops-pat', f.cask('AZDO')),
  pos('CASK long form, other provider', 'azure-cask-key', f.cask('AZEG', 'AAAA', true)),
  // GitHub
  pos('GitHub classic PAT', 'github-token', f.githubToken('ghp')),
  pos('GitHub OAuth token', 'github-token', f.githubToken('gho')),
  pos('GitHub user-to-server token', 'github-token', f.githubToken('ghu')),
  pos('GitHub installation token', 'github-token', f.githubToken('ghs')),
  pos('GitHub refresh token', 'github-token', f.githubToken('ghr')),
  pos('GitHub token in a clone URL', 'github-token', f.githubToken('ghp'), (t) => `git clone https://x-access-token:${t}@github.com/org/repo.git`),
  pos('GitHub fine-grained PAT', 'github-fine-grained-pat', f.githubFineGrained()),
  // OpenAI, Anthropic, Hugging Face, Databricks
  pos('OpenAI legacy key', 'openai-api-key', f.openai('')),
  pos('OpenAI project key', 'openai-api-key', f.openai('proj')),
  pos('OpenAI service account key', 'openai-api-key', f.openai('svcacct')),
  pos('OpenAI admin key', 'openai-api-key', f.openai('admin')),
  pos('Anthropic API key', 'anthropic-api-key', f.anthropic('api03')),
  pos('Anthropic admin key', 'anthropic-api-key', f.anthropic('admin01')),
  pos('Hugging Face token', 'huggingface-token', f.huggingface()),
  pos('Hugging Face token in a CLI call', 'huggingface-token', f.huggingface(), (t) => `huggingface-cli login --token ${t}`),
  pos('Hugging Face org token', 'huggingface-token', f.huggingfaceOrg()),
  pos('Databricks token', 'databricks-token', f.databricks()),
  pos('Databricks token with suffix', 'databricks-token', f.databricks(true)),
  // Private keys
  pos('RSA private key', 'private-key', f.pem('RSA PRIVATE KEY')),
  pos('PKCS#8 private key', 'private-key', f.pem('PRIVATE KEY')),
  pos('EC private key', 'private-key', f.pem('EC PRIVATE KEY', '\n', 300)),
  pos('OpenSSH private key', 'private-key', f.pem('OPENSSH PRIVATE KEY')),
  pos('encrypted private key', 'private-key', f.pem('ENCRYPTED PRIVATE KEY')),
  pos('PGP private key block', 'private-key', f.pem('PGP PRIVATE KEY BLOCK')),
  pos('private key with CRLF', 'private-key', f.pem('RSA PRIVATE KEY', '\r\n')),
  pos('private key inside a script', 'private-key', f.pem('OPENSSH PRIVATE KEY'), (k) => `cat > ~/.ssh/id <<EOF\n${k}\nEOF\nchmod 600 ~/.ssh/id`),
  // JWT
  pos('JWT', 'jwt', f.jwt()),
  pos('JWT in a header', 'jwt', f.jwt(), (t) => `curl -H "X-Token: ${t}" https://api.example.org`),
  // URLs, curl, Authorization
  pos('password in a URL', 'url-credentials', f.password(), (p) => `postgresql://admin:${p}@db.internal:5432/app`),
  pos('password in a Redis URL without user', 'url-credentials', f.password(), (p) => `rediss://:${p}@cache.redis.cache.windows.net:6380`),
  pos('curl -u', 'curl-credentials', f.password(), (p) => `curl -u deploy:${p} https://artifacts.internal/upload`),
  pos('curl --user=', 'curl-credentials', f.password(), (p) => `curl --user=deploy:${p} https://x`),
  pos('Authorization: Basic', 'authorization-header', Buffer.from(`deploy:${f.password()}`).toString('base64'), (c) => `curl -H "Authorization: Basic ${c}" https://x`),
  pos('Authorization: Bearer (opaque)', 'authorization-header', f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40), (c) => `Authorization: Bearer ${c}`),
  pos('Authorization key with Bearer value', 'authorization-header', f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40), (c) => `Bearer ${c}`, { key: 'Authorization' }),
  // Generic
  pos('password key', 'generic-password', f.password(), undefined, { key: 'password' }),
  pos('adminPassword key', 'generic-password', f.password(12), undefined, { key: 'adminPassword' }),
  pos('DB_PASSWORD key', 'generic-password', 'Passw0rd!2024', undefined, { key: 'DB_PASSWORD' }),
  pos('Password= in a SQL connection string', 'generic-password', f.password(), (p) => `Server=tcp:x.database.windows.net,1433;Database=app;User ID=sqladmin;Password=${p};Encrypt=true`),
  pos('password= in a Redis connection string', 'generic-password', f.password(), (p) => `cache.redis.cache.windows.net:6380,password=${p},ssl=True,abortConnect=False`),
  pos('--password flag', 'generic-password', f.password(), (p) => `az vm create -n vm --admin-username azureuser --admin-password ${p}`),
  pos('export PASSWORD=', 'generic-password', f.password(), (p) => `export MYSQL_PASSWORD="${p}"`),
  pos('az keyvault secret set --value', 'generic-secret', f.password(), (p) => `az keyvault secret set --vault-name kv --name db-password --value '${p}'`),
  pos('kubectl --from-literal', 'generic-password', f.password(), (p) => `kubectl create secret generic db --from-literal=password=${p}`),
  pos('client secret named value', 'generic-secret', f.password(20), undefined, { key: 'client_secret' }),
  pos('api key of another service', 'generic-secret', f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40), undefined, { key: 'PINECONE_API_KEY' }),
  pos('token key', 'generic-secret', f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40), undefined, { key: 'WANDB_TOKEN' }),
  pos('api_key = in Python', 'generic-secret', f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32), (k) => `client = Client(api_key = "${k}")`),
  pos('JSON in a string', 'generic-secret', f.password(24), (k) => `{"apiKey": "${k}", "region": "westeurope"}`),
  pos('value under an ARM parameter', 'generic-password', f.password(), undefined, { key: 'adminPassword', path: ['parameters', 'adminPassword', 'value'] }),
];

function ctxOf(p: { ctx?: Partial<ScanContext> }): ScanContext {
  return { fileKind: 'yaml', ...(p.ctx ?? {}) };
}

describe('secrets: every listed format is found with the right detector', () => {
  for (const p of POSITIVES) {
    it(p.name, () => {
      const matches = scanValue(p.value, ctxOf(p));
      const where = p.value.indexOf(p.secret);
      assert.ok(where >= 0, 'fixture: secret not in value');
      const hit = matches.find((m) => m.start === where && m.end === where + p.secret.length);
      assert.ok(hit, `expected [${where}, ${where + p.secret.length}) from ${p.id}; got ${JSON.stringify(matches)}`);
      assert.equal(hit.detectorId, p.id);
      assert.equal(matches.length, 1, `exactly one match expected, got ${JSON.stringify(matches.map((m) => m.detectorId))}`);
      const known = DETECTORS.find((d) => d.id === p.id);
      assert.ok(known, 'detector registered');
      assert.equal(hit.kind, known.kind);
      // the split API agrees
      if (hit.kind === 'generic') {
        assert.equal(scanKnown(p.value, ctxOf(p)).length, 0);
        assert.equal(scanGeneric(p.value, ctxOf(p)).length, 1);
      } else {
        assert.equal(scanKnown(p.value, ctxOf(p)).length, 1);
        assert.equal(scanGeneric(p.value, ctxOf(p)).length, 0);
      }
    });
  }

  it('covers every registered detector', () => {
    const covered = new Set(POSITIVES.map((p) => p.id));
    assert.deepEqual(DETECTORS.map((d) => d.id).filter((id) => !covered.has(id)), []);
  });
});

describe('secrets: several secrets in one value', () => {
  it('reports each one, in order', () => {
    const gh = f.githubToken();
    const key = f.storageKey();
    const pw = f.password();
    const script = `echo start\nexport GH_TOKEN=${gh}\naz storage blob list --connection-string "AccountName=a;AccountKey=${key}"\nmysql -u root --password=${pw}\n`;
    const ids = scanValue(script, { fileKind: 'github-workflow', key: 'run' }).map((m) => [m.detectorId, script.slice(m.start, m.end)]);
    assert.deepEqual(ids, [
      ['github-token', gh],
      ['azure-storage-key', key],
      ['generic-password', pw],
    ]);
  });

  it('detector options: disabledDetectors', () => {
    const t = f.jwt();
    assert.equal(scanValue(t, { fileKind: 'yaml', disabledDetectors: ['jwt'] }).length, 0);
    assert.equal(scanValue(t, { fileKind: 'yaml' }).length, 1);
  });

  it('generic options: minLength, minEntropy, extraSecretNames', () => {
    const pw = 'k3Y!x9';
    assert.equal(scanValue(pw, { fileKind: 'yaml', key: 'password' }).length, 0);
    assert.equal(scanValue(pw, { fileKind: 'yaml', key: 'password', generic: { minLength: 6 } }).length, 1);
    const v = f.password();
    assert.equal(scanValue(v, { fileKind: 'yaml', key: 'mlflowTrackingThing' }).length, 0);
    assert.equal(scanValue(v, { fileKind: 'yaml', key: 'mlflowTrackingThing', generic: { extraSecretNames: ['MLFLOW_TRACKING_THING'] } }).length, 1);
    assert.equal(scanValue(v, { fileKind: 'yaml', key: 'password', generic: { minEntropy: 7 } }).length, 1, 'short values use a length-scaled floor');
    assert.equal(scanValue(`${v}${v}${v}`, { fileKind: 'yaml', key: 'password', generic: { minEntropy: 7 } }).length, 0);
  });
});
