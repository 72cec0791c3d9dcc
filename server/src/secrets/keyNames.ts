/**
 * Key names: does `AZURE_OPENAI_API_KEY`, `clientSecret` or `db-password` name a secret?
 * A name is split into lower-case words (camelCase, snake_case, kebab-case, dots, spaces)
 * and judged by its last word(s), so `password` and `adminPassword` hold secrets while
 * `passwordSecretName`, `max_tokens` and `tokenizer` do not.
 */

export type SecretNameClass =
  | 'password'
  | 'client-secret'
  | 'api-key'
  | 'token'
  | 'secret'
  | 'account-key'
  | 'connection-string'
  | 'credential'
  | 'private-key';

export interface KeyNameInfo {
  readonly words: readonly string[];
  /** Lower-case, separators removed: `azureopenaiapikey`. */
  readonly compact: string;
  readonly secretClass: SecretNameClass | undefined;
}

/**
 * Split `AZURE_OPENAI_API_KEY`, `clientSecret`, `Ocp-Apim-Subscription-Key`, `x.y z` into lower-case words.
 * Only the first 200 characters count. Words are runs of ASCII letters and digits (anything else
 * separates), cut before an upper-case letter that follows a lower-case letter or digit (`clientSecret`)
 * and before the last capital of a capital run followed by a lower-case letter (`HTTPServer`).
 * One pass, no regex: key names are split on the as-you-type path.
 */
export function splitKeyWords(name: string): string[] {
  const n = name.length < 200 ? name.length : 200;
  const words: string[] = [];
  let start = -1;
  let prev = 0; // char code before `i` inside the current word
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && !((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      if (start >= 0) words.push(asciiLowerRange(name, start, i));
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    else if (upper) {
      let cut = !(prev >= 65 && prev <= 90); // `aB`, `1B`
      if (!cut && i + 1 < n) {
        const next = name.charCodeAt(i + 1);
        cut = next >= 97 && next <= 122; // `ABc`: cut before `B`
      }
      if (cut) {
        words.push(asciiLowerRange(name, start, i));
        start = i;
      }
    }
    prev = c;
  }
  if (start >= 0) words.push(asciiLowerRange(name, start, n));
  return words;
}

/** `s[a, b)` (ASCII letters and digits only) in lower case. */
function asciiLowerRange(s: string, a: number, b: number): string {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.slice(a, b).toLowerCase();
  }
  return s.slice(a, b);
}

/** Words that qualify a trailing `key` as a credential (`api key`, `account key`, …). */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'account', 'secret', 'private', 'subscription', 'shared', 'master', 'primary', 'secondary',
  'admin', 'query', 'storage', 'function', 'host', 'auth', 'signing', 'client', 'openai', 'search', 'cosmos',
  'cosmosdb', 'service', 'services', 'cognitive', 'speech', 'translator', 'vision', 'language', 'app', 'application',
  'apim', 'sas', 'sig', 'hmac', 'encryption', 'write', 'read', 'ai', 'aoai', 'anthropic', 'hf', 'azure', 'devops',
  'ado', 'pat', 'databricks', 'bing', 'maps', 'content', 'safety', 'form', 'recognizer', 'intelligence',
  'endpoint', 'webhook', 'license', 'deploy', 'deployment', 'registry', 'acr', 'key', 'keys', 'blob', 'queue',
  'table', 'file', 'event', 'hub', 'bus', 'relay', 'iot', 'redis', 'cache', 'mongo', 'db', 'sql', 'github',
  'principal', 'spn', 'sp', 'mapbox', 'stripe', 'sendgrid', 'twilio', 'slack', 'pinecone', 'langchain', 'langsmith', 'cohere',
  'mistral', 'groq', 'gemini', 'google', 'huggingface', 'wandb', 'comet', 'neptune', 'mlflow', 'qdrant', 'weaviate',
]);

const CLASS_BY_LAST_WORD: Readonly<Record<string, SecretNameClass>> = {
  password: 'password',
  passwd: 'password',
  pwd: 'password',
  pass: 'password',
  passphrase: 'password',
  passcode: 'password',
  secret: 'secret',
  apikey: 'api-key',
  token: 'token',
  pat: 'token',
  credential: 'credential',
  credentials: 'credential',
  creds: 'credential',
  connectionstring: 'connection-string',
  connstr: 'connection-string',
  connstring: 'connection-string',
  sas: 'token',
  sastoken: 'token',
  privatekey: 'private-key',
  accountkey: 'account-key',
  accesskey: 'api-key',
  secretkey: 'api-key',
  subscriptionkey: 'api-key',
};

/** Names that look secret but hold public or non-credential data. */
const NEVER_SECRET_COMPACT = new Set([
  'instrumentationkey', 'appinsightsinstrumentationkey', 'applicationinsightsinstrumentationkey',
  'publickey', 'sshpublickey', 'keyname', 'sharedaccesskeyname', 'tokenurl', 'tokenendpoint',
]);

/** Classify a key name. `extra` are additional names (compared compactly) that hold secrets. */
export function classifyKeyName(name: string | undefined, extra?: readonly string[]): KeyNameInfo {
  if (!name) return { words: [], compact: '', secretClass: undefined };
  const words = splitKeyWords(name);
  const compact = words.join('');
  if (extra && extra.some((e) => e.toLowerCase().replace(/[^a-z0-9]/g, '') === compact)) {
    return { words, compact, secretClass: 'secret' };
  }
  return { words, compact, secretClass: secretClassOf(words, compact) };
}

function secretClassOf(words: readonly string[], compact: string): SecretNameClass | undefined {
  if (words.length === 0) return undefined;
  if (NEVER_SECRET_COMPACT.has(compact)) return undefined;
  if (words.includes('instrumentation') || words.includes('public')) return undefined;
  const last = words[words.length - 1] ?? '';
  const prev = words.length >= 2 ? (words[words.length - 2] ?? '') : '';
  if (last === 'secret' && (prev === 'client' || prev === 'app' || prev === 'application')) return 'client-secret';
  const direct = Object.prototype.hasOwnProperty.call(CLASS_BY_LAST_WORD, last) ? CLASS_BY_LAST_WORD[last] : undefined;
  if (direct) return direct;
  // "connection string", "conn str"
  if ((last === 'string' || last === 'str') && (prev === 'connection' || prev === 'conn')) return 'connection-string';
  if (last === 'key' || last === 'keys') {
    if (prev === 'account' || prev === 'storage' || prev === 'shared' || prev === 'master') return 'account-key';
    if (prev === 'private') return 'private-key';
    if (KEY_QUALIFIERS.has(prev)) return 'api-key';
    return undefined;
  }
  if (last === 'secret' || last === 'secrets') return 'secret';
  if (last === 'tokens') return undefined; // max_tokens
  // a compact form without separators: "clientsecret", "apikey", "dbpassword", "xapikey"
  if (compact.endsWith('password') || compact.endsWith('passwd')) return 'password';
  if (compact.endsWith('clientsecret') || compact.endsWith('appsecret')) return 'client-secret';
  if (compact.endsWith('apikey')) return 'api-key';
  if (compact.endsWith('accesstoken') || compact.endsWith('authtoken') || compact.endsWith('bearertoken')) return 'token';
  if (compact.endsWith('connectionstring')) return 'connection-string';
  return undefined;
}

/** Client-secret names: `client_secret`, `clientSecret`, `AZURE_CLIENT_SECRET`, `ARM_CLIENT_SECRET`, `servicePrincipalKey`. */
export function isClientSecretName(info: KeyNameInfo): boolean {
  const c = info.compact;
  return (
    c.endsWith('clientsecret') ||
    c.endsWith('appsecret') ||
    c.endsWith('applicationsecret') ||
    c.endsWith('spsecret') ||
    c.endsWith('serviceprincipalsecret') ||
    c.endsWith('serviceprincipalkey') ||
    c.endsWith('spnsecret') ||
    c.endsWith('aadsecret') ||
    c.endsWith('entrasecret')
  );
}

/** Azure DevOps PAT names: `AZURE_DEVOPS_PAT`, `AZURE_DEVOPS_EXT_PAT`, `pat`, `ado_token`, `azdo_pat`, `vsts_token`. */
export function isAdoPatName(info: KeyNameInfo): boolean {
  const w = info.words;
  const c = info.compact;
  if (w.includes('pat')) return true;
  if (c.includes('personalaccesstoken')) return true;
  const ado = w.includes('ado') || w.includes('azdo') || w.includes('vsts') || w.includes('devops') || c.includes('azuredevops');
  return ado && (w.includes('token') || w.includes('pat') || w.includes('password'));
}

/** Search key names: `AZURE_SEARCH_KEY`, `search_api_key`, `AZURE_AI_SEARCH_ADMIN_KEY`, `searchQueryKey`. */
export function isSearchKeyName(info: KeyNameInfo): boolean {
  return info.words.includes('search') && (info.secretClass === 'api-key' || info.words[info.words.length - 1] === 'key');
}

/** Cosmos DB key names. */
export function isCosmosName(info: KeyNameInfo): boolean {
  return info.compact.includes('cosmos') || info.compact.includes('documentdb');
}

/** Storage account key names: `AccountKey`, `AZURE_STORAGE_KEY`, `storageAccountKey`, `blob_key`. */
export function isStorageKeyName(info: KeyNameInfo): boolean {
  const w = info.words;
  const last = w[w.length - 1];
  if (last !== 'key' && last !== 'keys' && !info.compact.endsWith('accountkey')) return false;
  return (
    w.includes('storage') || w.includes('account') || w.includes('blob') || w.includes('queue') || w.includes('table') ||
    w.includes('datalake') || w.includes('adls') || w.includes('file')
  );
}

/** Names for Azure OpenAI / AI services keys, and the generic API-key names the brief accepts. */
export function isAiKeyName(info: KeyNameInfo): { readonly azureSpecific: boolean } | undefined {
  const c = info.compact;
  const w = info.words;
  const azureSpecific =
    c.includes('openai') || c.includes('aoai') || c.includes('cognitive') || c.includes('aiservices') ||
    c.includes('ocpapim') || c.includes('azureai') || c.includes('speech') || c.includes('translator') ||
    c.includes('computervision') || c.includes('formrecognizer') || c.includes('documentintelligence') ||
    c.includes('contentsafety') || c.includes('textanalytics') || c.includes('languageservice') ||
    (w.includes('subscription') && (w[w.length - 1] === 'key'));
  const apiKeyLike =
    info.secretClass === 'api-key' || c.endsWith('apikey') || c.endsWith('subscriptionkey') || c.endsWith('openaikey');
  if (!apiKeyLike && !(azureSpecific && (w[w.length - 1] === 'key' || c.endsWith('key')))) return undefined;
  return { azureSpecific };
}

/** Keys (lower-case) whose value carries its real name elsewhere: `value`, `defaultValue`. */
export const VALUE_WRAPPER_KEYS: ReadonlySet<string> = new Set(['value', 'defaultvalue', 'default', 'val', 'secretvalue']);

/**
 * The name a value is really assigned to: the scalar's key, except for `value` /
 * `defaultValue` wrappers (ARM parameter files, `- name: X value: Y` lists) where the
 * sibling `name` or the enclosing key says what the value is.
 */
export function effectiveKeyName(
  key: string | undefined,
  path: readonly (string | number)[] | undefined,
  siblingName?: string,
): string | undefined {
  if (key === undefined) return undefined;
  if (!VALUE_WRAPPER_KEYS.has(key.toLowerCase())) return key;
  if (siblingName) return siblingName;
  if (path && path.length >= 2) {
    const parent = path[path.length - 2];
    if (typeof parent === 'string') return parent;
  }
  return key;
}
