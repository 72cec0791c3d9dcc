/**
 * The fast rejects of the as-you-type path must answer what the detectors themselves answer:
 * `cannotHoldSecret` (hand-written value pass, key-name pattern), the format pre-filter guard
 * in `collect`, the hand-written `splitKeyWords`, `isValueWrapperKey`. Inputs are generated
 * from every keyword the detectors look for, in mixed case, between separators and next to
 * the few non-ASCII characters whose lower case is ASCII.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FORMAT_SCANNERS, type ScanInput } from '../../server/src/secrets/detectors';
import { classifyKeyName, splitKeyWords, VALUE_WRAPPER_KEYS } from '../../server/src/secrets/keyNames';
import { isInterestingName, NAME_HINTS } from '../../server/src/secrets/named';
import { cannotHoldSecret, FORMAT_PREFILTER_GUARD, isValueWrapperKey, scanValue } from '../../server/src/secrets/scan';
import { CANNOT, IF_AUTHORIZATION_KEY, MAY, NOT_ASCII, valueVerdict } from '../../server/src/secrets/prefilter';
import { B62, Fakes, prng } from './fakes';

const f = new Fakes(31);
const rnd = prng(2718);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const flipCase = (s: string): string => [...s].map((c) => (rnd() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');

/** Every keyword a pre-filter, NAME_HINTS or scanEmbedded looks at, and some near misses. */
const KEYWORDS = [
  ...NAME_HINTS,
  '+ast', 'acdb', '+asb', '+aeh', '+arm', 'azse', '+acr', 'jqqj9', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 't3blbkfj',
  'sk-ant-', 'hf_', 'api_org_', 'dapi', '8q~', '7q~', '-----begin', 'private key', 'accountkey', 'sharedaccesskey', 'sig=', 'eyj',
  'authorization', 'basic', 'bearer', 'token', '://', '@', 'curl', '-u', '--user', ':', '=', '-', ' ',
  'pas', 'pw', 'secre', 'toke', 'ke', 'sa', 'cre', 'pa', 'con', 'logi', '+as', 'acd', 'jqqj', 'gh_', 'ghx_', 't3blbkf', 'sk-an', 'h_', 'api_org',
  'dap', 'q~', '-----', 'privatekey', 'accountke', 'sig', 'ey', 'authorizatio', 'basi', 'beare', ':/', 'cur',
];
/** Lower-case to ASCII (`\u212A` → k, `\u0130` → i + U+0307) or not (`\u017F`, `é`). */
const NON_ASCII = ['\u212A', '\u0130', '\u017F', 'é', '\u212Aey', 'to\u212Aen', 'si\u0130g='];
const FILLERS = ['a', 'xy', 'hello world', 'my-app', '12345', 'https://contoso.openai.azure.com/', 'mcr.microsoft.com/x:1', '${{ secrets.X }}', '_', '.', '\n'];

function fuzzValue(): string {
  let s = '';
  const parts = 1 + Math.floor(rnd() * 6);
  for (let j = 0; j < parts; j++) {
    const r = rnd();
    if (r < 0.5) s += flipCase(pick(KEYWORDS));
    else if (r < 0.6) s += pick(NON_ASCII);
    else if (r < 0.8) s += f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 1 + Math.floor(rnd() * 40));
    else s += pick(FILLERS);
  }
  return s;
}

const SECRETS = (): string[] => [
  f.storageKey(), f.identifiable64('+ASt'), f.identifiable64('ACDb'), f.identifiable32('+ASb'), f.identifiable32('+AEh'), f.searchKey(), f.acrKey(),
  f.cask('AZDO'), f.cask('ACOG', 'AAAB'), f.entraSecret(), f.entraSecretV7(), f.entraLegacySecret(), f.hex32(), f.adoLegacyPat(), f.githubToken('ghs'),
  f.githubFineGrained(), f.openai(), f.anthropic(), f.huggingface(), f.huggingfaceOrg(), f.databricks(), f.password(), f.pem(), f.jwt(), f.sasSignature(),
];
const WRAPS: ((s: string) => string)[] = [
  (s) => s,
  (s) => `password=${s}`,
  (s) => `x --client-secret ${s}`,
  (s) => `https://user:${s}@host.azurecr.io`,
  (s) => `curl -u admin:${s} https://x`,
  (s) => `Authorization: Bearer ${s}`,
  (s) => `AccountKey=${s};`,
  (s) => `sv=2022-11-02&sr=b&sig=${s}`,
  (s) => `docker login r.azurecr.io -u r -p ${s}`,
];

const KEYS = [
  undefined, 'password', 'DB_PASSWORD', 'PASSWORD_1', 'pas-sword', 'p.w.d', 'api_key', 'AZURE_OPENAI_API_KEY', 'clientSecret', 'value', 'Value', 'DEFAULTVALUE',
  'secretValue', 'val', 'default', 'name', 'image', 'Authorization', 'AUTHORIZA-TION', 'key', 'key1', 'primaryKey', 'publicKey', 'max_tokens', 'pat',
  'AZURE_DEVOPS_EXT_PAT', 'connStr', 'sas', 'creds', 'constructor', 'x\u212Aey', '\u212Aey', 'K\u0130', 'v\u0130lue', 'servicePrincipalKey', 'myThing',
];

function lowerInput(value: string, key: string | undefined): ScanInput {
  const lower = value.toLowerCase();
  return { value, lower, ctx: { fileKind: 'yaml' }, keyInfo: classifyKeyName(key), hintsLower: lower };
}

describe('fast rejects', () => {
  const values: string[] = [];
  for (let i = 0; i < 6000; i++) values.push(fuzzValue());
  for (const s of SECRETS()) for (const w of WRAPS) values.push(w(s), flipCase(w(s)));
  // short assignments: 10 characters is the shortest value scanEmbedded reads
  for (let i = 0; i < 50; i++) values.push(`pwd=${f.chars(B62, 6)}`, `pass:${f.chars(B62, 6)}`, `--pat ${f.chars(B62, 4)}`, `key=${f.chars(B62, 6)}`, `api_key: ${f.chars(B62, 20)}`, `Token=${f.chars(B62, 12)}`, `--login-secret ${f.chars(B62, 12)}`);

  it('cannotHoldSecret never rejects a value a detector reports', () => {
    let scanned = 0;
    let found = 0;
    for (const value of values) {
      for (const key of [undefined, pick(KEYS), pick(KEYS)]) {
        for (const extra of [undefined, ['myThing']]) {
          if (!cannotHoldSecret(value, key, extra)) continue;
          scanned++;
          const ctx = {
            fileKind: 'yaml' as const,
            ...(key !== undefined ? { key } : {}),
            nearby: 'registry: r.azurecr.io https://s.search.windows.net x.openai.azure.com documents.azure.com eventhub .core.windows.net',
            generic: { minLength: 4, minEntropy: 0.5, extraSecretNames: extra ?? [] },
          };
          const matches = scanValue(value, ctx);
          found += matches.length;
          assert.deepEqual(matches, [], `cannotHoldSecret(${JSON.stringify(value)}, ${JSON.stringify(key)}) but the scan finds ${matches.map((m) => m.detectorId).join(', ')}`);
        }
      }
    }
    assert.ok(scanned > 1000, `only ${scanned} rejected values were checked`);
    assert.equal(found, 0);
  });

  it('cannotHoldSecret lets through every value a format pre-filter or a secret-like key accepts', () => {
    for (const value of values) {
      if (value.length < 4) continue;
      const key = pick(KEYS);
      const input = lowerInput(value, key);
      const prefilter = FORMAT_SCANNERS.find((s) => s.prefilter(input));
      const info = classifyKeyName(key);
      const keyNamesSecret = key !== undefined && (VALUE_WRAPPER_KEYS.has(key.toLowerCase()) || isInterestingName(info));
      if (prefilter || keyNamesSecret) assert.equal(cannotHoldSecret(value, key), false, `${JSON.stringify(value)} under ${JSON.stringify(key)}`);
    }
  });

  it('the verdict of the value pass', () => {
    assert.equal(valueVerdict('mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest'), CANNOT);
    assert.equal(valueVerdict('${{ secrets.PW_1 }}'), CANNOT, 'a name hint without = : or - cannot be an assignment');
    assert.equal(valueVerdict('--password ${{ secrets.PW_1 }}'), MAY);
    assert.equal(valueVerdict('x GHP_abc'), MAY);
    assert.equal(valueVerdict('Basic abcdefgh'), IF_AUTHORIZATION_KEY);
    assert.equal(valueVerdict('Authorization: Basic abcdefgh'), MAY);
    assert.equal(cannotHoldSecret('Basic abcdefgh', 'Authorization'), false);
    assert.equal(cannotHoldSecret('Basic abcdefgh', 'name'), true);
    assert.equal(valueVerdict('https://u:p@host'), MAY);
    assert.equal(valueVerdict('https://host/@x'), MAY);
    assert.equal(valueVerdict('https://host/x'), CANNOT);
    assert.equal(valueVerdict('\u212Aey=1234567890'), NOT_ASCII);
    assert.equal(valueVerdict('CURL -U a:b'), MAY);
    assert.equal(valueVerdict('-----BEGIN RSA PRIVATE KEY-----'), MAY);
  });

  it('the format pre-filter guard matches wherever a pre-filter passes', () => {
    for (const value of values) {
      const input = lowerInput(value, pick(KEYS));
      if (FORMAT_SCANNERS.some((s) => s.prefilter(input))) assert.ok(FORMAT_PREFILTER_GUARD.test(input.lower), JSON.stringify(value));
    }
  });

  it('isValueWrapperKey is VALUE_WRAPPER_KEYS.has(key.toLowerCase())', () => {
    const keys = [...VALUE_WRAPPER_KEYS, ...[...VALUE_WRAPPER_KEYS].map(flipCase), ...KEYS.filter((k): k is string => k !== undefined), '', 'v', 'valu', 'values', 'V\u0130LUE', '\u0130'];
    for (let i = 0; i < 2000; i++) keys.push(flipCase(pick([...VALUE_WRAPPER_KEYS])).slice(0, 1 + Math.floor(rnd() * 12)) + pick(['', 'e', '\u0130', 's']));
    for (const k of keys) assert.equal(isValueWrapperKey(k), VALUE_WRAPPER_KEYS.has(k.toLowerCase()), JSON.stringify(k));
  });
});

/** The regular-expression definition `splitKeyWords` replaced. */
function splitKeyWordsReference(name: string): string[] {
  const spaced = name
    .slice(0, 200)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

describe('splitKeyWords', () => {
  it('splits like the regular-expression definition', () => {
    const pieces = ['a', 'B', 'ab', 'AB', 'Ab', 'aB', '1', '12', 'A1', 'a1B', '_', '-', '.', ' ', '$', '\u212A', 'é', 'HTTP', 'Server', 'KEY', 'Key', 'key'];
    const names = ['AZURE_OPENAI_API_KEY', 'clientSecret', 'Ocp-Apim-Subscription-Key', 'x.y z', 'HTTPServerKey', 'ABCdEFg', 'aBCDe', 'X'.repeat(199) + 'Key', 'a'.repeat(199) + 'KEy', ''];
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 8);
      for (let j = 0; j < n; j++) s += pick(pieces);
      if (rnd() < 0.02) s = 'q'.repeat(190 + Math.floor(rnd() * 15)) + s;
      names.push(s);
    }
    for (const name of names) assert.deepEqual(splitKeyWords(name), splitKeyWordsReference(name), JSON.stringify(name));
  });
});
