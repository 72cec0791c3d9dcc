/**
 * Secrets recognised by the name they are assigned to: the scalar's key, or a
 * `name=value` / `name: value` / `--flag value` inside a longer string. First the
 * name-gated formats (legacy client secrets, legacy ADO PATs, 32-hex AI keys, 32-char
 * Search keys, 88-char Storage / Cosmos keys, ACR admin passwords), then the generic
 * keyword + entropy judgement.
 */
import type { Confidence } from '../engine/types';
import type { GenericOptions } from './types';
import { P_GENERIC, P_NAMED, type RawMatch, type ScanInput } from './detectors';
import { charClassCount, shannonEntropy } from './entropy';
import {
  classifyKeyName,
  splitKeyWords,
  isAdoPatName,
  isAiKeyName,
  isClientSecretName,
  isCosmosName,
  isSearchKeyName,
  isStorageKeyName,
  type KeyNameInfo,
  type SecretNameClass,
} from './keyNames';
import { isGuid, isNotASecret } from './placeholders';

const GENERIC_NAMES: Readonly<Record<SecretNameClass, string>> = {
  password: 'Password',
  'client-secret': 'Client secret',
  'api-key': 'API key',
  token: 'Token',
  secret: 'Secret',
  'account-key': 'Account key',
  'connection-string': 'Connection string credential',
  credential: 'Credential',
  'private-key': 'Private key material',
};

const AI_ENDPOINT_HINTS = ['.openai.azure.com', '.cognitiveservices.azure.com', 'api.cognitive.microsoft.com', '.services.ai.azure.com', '.cognitive.microsoft.com'];

/** True when a name deserves a look at all (any class, or a name-gated format's name). */
export function isInterestingName(info: KeyNameInfo): boolean {
  return info.secretClass !== undefined || isClientSecretName(info) || isAdoPatName(info) || isBareKeyName(info);
}

/** `key`, `key1`, `primaryKey`: a key of something, judged only together with an endpoint hint. */
function isBareKeyName(info: KeyNameInfo): boolean {
  const last = info.words[info.words.length - 1] ?? '';
  return last === 'key' || last === 'key1' || last === 'key2' || last === 'keys';
}

/** Values that are plainly not credentials whatever their name. */
export function looksLikeNonSecretValue(v: string): boolean {
  if (/^(true|false|yes|no|on|off|null|none|enabled|disabled|required|optional)$/i.test(v)) return true;
  if (/^[+-]?\d+(\.\d+)?$/.test(v)) return true;
  if (isGuid(v)) return true;
  if (/^[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//.test(v)) return true; // URL (credentials are the URL detector's job)
  if (/^(\.{1,2}[\\/]|~[\\/]|[A-Za-z]:\\|\\\\)/.test(v)) return true; // relative / home / Windows path
  if (/^\/[\w.-]+(\/[\w.-]*)*$/.test(v) && !/[+=]/.test(v)) return true; // absolute POSIX path
  if (/\.(pem|key|pfx|p12|json|txt|env|crt|cer|ya?ml|jks|keystore|conf|cfg|ini|xml|properties|kdbx)$/i.test(v)) return true;
  if (/^(sha1|sha256|sha384|sha512|md5)[:-]/i.test(v)) return true; // digests, SRI hashes
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-|sk-ssh-)/.test(v)) return true; // public keys
  if (v.includes('-----')) return true; // PEM markers: the private-key detector's job
  if (/^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v)) return true; // e-mail address
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+([:/]\S*)?$/i.test(v) && /\.(com|net|io|org|azure|windows|microsoft|local|internal|dev)\b/i.test(v)) {
    return true; // host names, image references
  }
  if (/^[a-z]+([_.-][a-z]+)*$/.test(v)) return true; // lower-case words: my-secret-name
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)) return true; // ENV_VAR_NAME
  if (/^azureml:/i.test(v)) return true;
  if (/^[\w./-]{1,200}@\d{4}-\d{2}-\d{2}(-[A-Za-z0-9]+)?$/.test(v)) return true; // ARM / Bicep resource type with API version
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return true; // dates, API versions
  if (/^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9]+)+$/.test(v)) return true; // resource types: Microsoft.Storage/storageAccounts
  if (/^(br|ts)[:/]/.test(v)) return true; // Bicep registry / template spec module references
  if (/^[\w./-]{1,300}\.(bicep|bicepparam|json|jsonc|ps1|psm1|sh|bash|py|ipynb|js|ts|md|txt|zip|tgz|tar\.gz|whl|csv|parquet)$/i.test(v)) return true; // file names
  if (/^(HKEY_|HKLM|HKCU)/.test(v)) return true; // Windows registry paths
  if (/^[A-Za-z]+([-_.][A-Za-z]+)*$/.test(v) && isWordLike(v)) return true; // mySecretName, Get-AzKeyVaultSecret, FUNCTION-KEY
  if (/^[A-Z][A-Z0-9]*([-_][A-Z0-9]+)+$/.test(v)) return true; // CONSTANT-NAMES
  return false;
}

/** Letters that read as words (`mySecretName`), not as random letters (`OhYUhYSHNtquSi`). */
export function isWordLike(v: string): boolean {
  const words = splitKeyWords(v);
  if (words.length === 0) return false;
  let letters = 0;
  for (const w of words) {
    if ((w.length < 2 && w !== 'a' && w !== 'i') || !/[aeiouy]/.test(w)) return false;
    letters += w.length;
  }
  return letters / words.length >= 3;
}

/** `FUNCTION_KEY: 'FUNCTION-KEY'`: the value only repeats the name. */
export function echoesName(value: string, name: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  const v = norm(value);
  return v.length > 0 && (v === norm(name) || norm(name).endsWith(v));
}

/** The generic judgement: long enough, mixed enough, random enough. */
export function passesGenericEntropy(v: string, opts: GenericOptions | undefined): boolean {
  const minLength = opts?.minLength ?? 8;
  const minEntropy = opts?.minEntropy ?? 3.0;
  if (v.length < minLength || v.length > 1000) return false;
  const h = shannonEntropy(v);
  const required = Math.min(minEntropy, 0.85 * Math.log2(v.length));
  if (h < required) return false;
  if (charClassCount(v) >= 2) return true;
  return v.length >= 20 && h >= 3.5;
}

function hintsInclude(hints: string, needles: readonly string[]): boolean {
  return needles.some((n) => hints.includes(n));
}

/**
 * Judge `candidate` (already trimmed; at `start` in the scanned value) assigned to a name.
 * Returns at most one match: a name-gated format or a generic finding.
 */
export function classifyNamedValue(
  info: KeyNameInfo,
  label: string,
  start: number,
  candidate: string,
  input: ScanInput,
  passwordFlag = false,
): RawMatch | undefined {
  if (candidate.length === 0 || /\s/.test(candidate)) return undefined;
  if (isNotASecret(candidate) || looksLikeNonSecretValue(candidate) || echoesName(candidate, label)) return undefined;
  const hints = input.hintsLower;
  const end = start + candidate.length;
  const at = (detectorId: string, confidence: Confidence, name?: string): RawMatch => ({
    detectorId,
    start,
    end,
    confidence,
    label,
    priority: P_NAMED,
    ...(name ? { name } : {}),
  });

  if (isClientSecretName(info) && candidate.length >= 30 && candidate.length <= 48 && shannonEntropy(candidate) >= 3.5 && charClassCount(candidate) >= 2) {
    return at('azure-entra-client-secret', 'medium');
  }
  if (isAdoPatName(info) && /^[a-z2-7]{52}$/.test(candidate) && shannonEntropy(candidate) >= 3.5) {
    return at('azure-devops-pat', 'high');
  }
  if (/^[A-Za-z0-9]{32}$/.test(candidate) && shannonEntropy(candidate) >= 3.0) {
    const searchHint = hints.includes('.search.windows.net');
    if (isSearchKeyName(info) || (searchHint && (info.secretClass === 'api-key' || isBareKeyName(info)))) {
      return at('azure-search-key', searchHint ? 'high' : 'medium');
    }
    if (/^[0-9a-fA-F]{32}$/.test(candidate)) {
      const ai = isAiKeyName(info);
      const endpoint = hintsInclude(hints, AI_ENDPOINT_HINTS);
      if (ai || (endpoint && info.secretClass !== 'password' && (info.secretClass !== undefined || isBareKeyName(info)))) {
        return at('azure-openai-key', ai?.azureSpecific || endpoint ? 'high' : 'medium');
      }
    }
  }
  if (/^[A-Za-z0-9+/]{86}==$/.test(candidate) && shannonEntropy(candidate) >= 4.5) {
    if (isCosmosName(info) || hints.includes('documents.azure.com')) return at('azure-cosmos-key', 'high');
    if (isStorageKeyName(info) || hints.includes('.core.windows.net')) return at('azure-storage-key', isStorageKeyName(info) ? 'high' : 'medium');
  }
  if ((info.secretClass === 'password' || passwordFlag) && hints.includes('.azurecr.io') && /^[A-Za-z0-9+/=]{32,}$/.test(candidate)) {
    return at('azure-container-registry-password', 'medium');
  }

  const cls = passwordFlag ? 'password' : info.secretClass;
  if (!cls) return undefined;
  if (!passesGenericEntropy(candidate, input.ctx.generic)) return undefined;
  if (candidate.includes(';') && candidate.includes('=')) return undefined; // a connection string: its parts are judged one by one
  return {
    detectorId: cls === 'password' ? 'generic-password' : 'generic-secret',
    name: GENERIC_NAMES[cls],
    start,
    end,
    confidence: 'medium',
    label,
    priority: P_GENERIC,
  };
}

/** The scalar's own key: the whole (trimmed) value as a candidate. */
export function scanByKey(input: ScanInput): RawMatch[] {
  const { value, keyInfo, ctx } = input;
  if (!ctx.key || !isInterestingName(keyInfo)) return [];
  const lead = value.length - value.trimStart().length;
  const candidate = value.trim();
  const m = classifyNamedValue(keyInfo, ctx.key, lead, candidate, input);
  return m ? [m] : [];
}

export const NAME_HINTS: readonly string[] = ['pass', 'pwd', 'secret', 'token', 'key', 'sas', 'cred', 'pat', 'conn', 'login'];

// name=value, name: value, "name": "value", $name = "value"
const PAIR_RE =
  /(?<![A-Za-z0-9_.-])["']?([A-Za-z_][A-Za-z0-9_.-]{0,60})["']?[ \t]{0,3}[:=][ \t]{0,3}(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^\s"'`;&,)}\]]{1,300}))/g;
// --flag value, --flag=value, -p value
const FLAG_RE = /(?<![A-Za-z0-9_-])(--?[A-Za-z][A-Za-z0-9-]{0,40})(?:[ \t]{1,5}|=)(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^\s"'`;&|)]{1,300}))/g;

/** The line of `s` around offset `i`, at most `radius` characters each side (bounded: no quadratic scans on long lines). */
function lineAt(s: string, i: number, radius = 300): string {
  const from = Math.max(0, i - radius);
  const before = s.slice(from, i);
  const after = s.slice(i, Math.min(s.length, i + radius));
  const nl = after.indexOf('\n');
  return before.slice(before.lastIndexOf('\n') + 1) + (nl < 0 ? after : after.slice(0, nl));
}

/** Offset of the captured value inside the match. */
function valueOffset(m: RegExpExecArray): { start: number; text: string } | undefined {
  const quoted2 = m[2];
  const quoted3 = m[3];
  const plain = m[4];
  const end = m.index + m[0].length;
  if (quoted2 !== undefined) return { start: end - quoted2.length - 1, text: quoted2 };
  if (quoted3 !== undefined) return { start: end - quoted3.length - 1, text: quoted3 };
  if (plain !== undefined) return { start: end - plain.length, text: plain };
  return undefined;
}

/** `name=value` assignments and `--flag value` options inside a longer string. */
export function scanEmbedded(input: ScanInput): RawMatch[] {
  const { value, lower } = input;
  if (value.length < 10) return [];
  if (!NAME_HINTS.some((h) => lower.includes(h))) return [];
  const out: RawMatch[] = [];
  const extra = input.ctx.generic?.extraSecretNames;
  if (lower.includes(':') || lower.includes('=')) {
    PAIR_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAIR_RE.exec(value)) !== null) {
      const name = m[1] ?? '';
      // a URL scheme (`https://`) or a drive letter is not an assignment
      if (m[4] !== undefined && m[4].startsWith('//')) continue;
      const v = valueOffset(m);
      if (!v) continue;
      const info = classifyKeyName(name, extra);
      const trimmed = v.text.trim();
      const lead = v.text.length - v.text.trimStart().length;
      const found = isInterestingName(info) ? classifyNamedValue(info, name, v.start + lead, trimmed, input) : undefined;
      if (found) out.push(found);
      // `a = f(api_key = "…")`: look for assignments inside a value that was not a secret
      else if (v.start > m.index) PAIR_RE.lastIndex = v.start;
    }
  }
  if (lower.includes('-')) {
    const login = lower.includes('login');
    const secretSet = lower.includes('secret set');
    FLAG_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FLAG_RE.exec(value)) !== null) {
      const flag = m[1] ?? '';
      const bare = flag.replace(/^-+/, '');
      // `docker login -u x -p <password>`, `az login … -p <secret>`: only on a line that logs in
      const passwordFlag = login && (flag === '-p' || flag === '--password') && lineAt(lower, m.index).includes('login');
      // `az keyvault secret set --name n --value <literal>`
      const secretValue = secretSet && flag === '--value' && lineAt(lower, m.index).includes('secret set');
      const info = secretValue ? classifyKeyName('secret') : classifyKeyName(bare, extra);
      if (!passwordFlag && !isInterestingName(info)) continue;
      const v = valueOffset(m);
      if (!v) continue;
      const trimmed = v.text.trim();
      if (trimmed.startsWith('-')) continue; // the next option, not a value
      const lead = v.text.length - v.text.trimStart().length;
      const found = classifyNamedValue(info, flag, v.start + lead, trimmed, input, passwordFlag);
      if (found) out.push(found);
    }
  }
  return out;
}

/** The assignment and option patterns, for the linear-time tests. */
export const NAMED_PATTERNS: readonly { readonly name: string; readonly re: RegExp }[] = [
  { name: 'name=value', re: PAIR_RE },
  { name: '--flag value', re: FLAG_RE },
];
