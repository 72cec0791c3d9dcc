/**
 * Known-format detectors. Each has a cheap pre-filter (a keyword or signature looked up
 * in the lower-cased value) and a finder that returns the secret's `[start, end)`.
 * All loops and regexes are linear in the input: regexes use bounded repetition and
 * start behind a look-behind boundary; longer structures (PEM blocks, JWTs, SAS query
 * strings) are walked by hand.
 */
import type { Confidence } from '../engine/types';
import type { DetectorInfo, ScanContext } from './types';
import type { KeyNameInfo } from './keyNames';
import { charClassCount, shannonEntropy } from './entropy';
import {
  caskAt,
  identifiable32At,
  identifiable52At,
  identifiable64At,
  indexesOf,
  isBase62Char,
  isBase64Char,
  isBase64UrlChar,
  isTokenChar,
} from './formats';
import { isNotASecret, isPlaceholder, isReference } from './placeholders';

export interface ScanInput {
  readonly value: string;
  readonly lower: string;
  readonly ctx: ScanContext;
  readonly keyInfo: KeyNameInfo;
  /** Lower-cased `ctx.nearby` plus the value: where context hints are looked up. */
  readonly hintsLower: string;
}

export interface RawMatch {
  readonly detectorId: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
  /** Overrides the detector's default name. */
  readonly name?: string;
  readonly label?: string;
  /** Lower runs first when candidates overlap. */
  readonly priority: number;
}

export interface Scanner {
  /** Detector ids this scanner can report. */
  readonly ids: readonly string[];
  prefilter(input: ScanInput): boolean;
  find(input: ScanInput): RawMatch[];
}

/** Registry of every detector id with its default name and strongest confidence. */
export const DETECTORS: readonly DetectorInfo[] = [
  { id: 'azure-storage-key', name: 'Azure Storage account key', confidence: 'high', kind: 'known-format', description: 'Storage account keys: identifiable keys (`+ASt`), `AccountKey=` in connection strings, 88-char base64 keys under storage key names.' },
  { id: 'azure-sas-token', name: 'Azure shared access signature (SAS) token', confidence: 'high', kind: 'known-format', description: 'SAS query strings with a `sig=` signature (`sv=…&…&sig=…`, `?sv=` URLs, `SharedAccessSignature=`).' },
  { id: 'azure-entra-client-secret', name: 'Microsoft Entra ID client secret', confidence: 'high', kind: 'known-format', description: 'App registration client secrets (`…8Q~…`, `…7Q~…`); legacy 32–44 char secrets under client-secret names.' },
  { id: 'azure-openai-key', name: 'Azure OpenAI / AI services key', confidence: 'high', kind: 'known-format', description: 'Cognitive Services keys: 84-char annotated keys (`JQQJ99…ACOG`), 32-hex keys under API-key names or next to an AI endpoint.' },
  { id: 'azure-search-key', name: 'Azure AI Search key', confidence: 'high', kind: 'known-format', description: 'AI Search admin and query keys: identifiable (`AzSe`) or 32 alphanumerics under search key names.' },
  { id: 'azure-cosmos-key', name: 'Azure Cosmos DB key', confidence: 'high', kind: 'known-format', description: 'Cosmos DB keys: identifiable (`ACDb`), `AccountEndpoint=…;AccountKey=…`, 88-char keys under Cosmos names.' },
  { id: 'azure-service-bus-key', name: 'Azure Service Bus shared access key', confidence: 'high', kind: 'known-format', description: '`SharedAccessKey=` in Service Bus / IoT / Relay connection strings; identifiable keys (`+ASb`, `+ARm`).' },
  { id: 'azure-event-hubs-key', name: 'Azure Event Hubs shared access key', confidence: 'high', kind: 'known-format', description: 'Event Hubs identifiable keys (`+AEh`) and Event Hubs connection strings.' },
  { id: 'azure-container-registry-password', name: 'Azure Container Registry password', confidence: 'high', kind: 'known-format', description: 'ACR tokens and admin passwords: identifiable (`+ACR`), or a password next to an `*.azurecr.io` login.' },
  { id: 'azure-devops-pat', name: 'Azure DevOps personal access token', confidence: 'high', kind: 'known-format', description: 'Azure DevOps PATs: 84-char annotated (`JQQJ99…AZDO`), legacy 52-char base32 under PAT names.' },
  { id: 'azure-cask-key', name: 'Azure annotated security key', confidence: 'high', kind: 'known-format', description: 'Other Microsoft common annotated security keys (`JQQJ9` signature).' },
  { id: 'github-token', name: 'GitHub token', confidence: 'high', kind: 'known-format', description: 'GitHub classic PATs and OAuth, user, installation and refresh tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`).' },
  { id: 'github-fine-grained-pat', name: 'GitHub fine-grained personal access token', confidence: 'high', kind: 'known-format', description: '`github_pat_` + 22 + `_` + 59 characters.' },
  { id: 'openai-api-key', name: 'OpenAI API key', confidence: 'high', kind: 'known-format', description: '`sk-`, `sk-proj-`, `sk-svcacct-`, `sk-admin-` keys carrying the `T3BlbkFJ` marker.' },
  { id: 'anthropic-api-key', name: 'Anthropic API key', confidence: 'high', kind: 'known-format', description: '`sk-ant-api03-…` and `sk-ant-admin01-…` keys.' },
  { id: 'huggingface-token', name: 'Hugging Face access token', confidence: 'high', kind: 'known-format', description: '`hf_` + 34 letters; organisation tokens `api_org_` + 34 letters.' },
  { id: 'databricks-token', name: 'Databricks personal access token', confidence: 'high', kind: 'known-format', description: '`dapi` + 32 hex, optionally `-N`.' },
  { id: 'private-key', name: 'Private key', confidence: 'high', kind: 'known-format', description: 'PEM / OpenSSH / PGP private key blocks with a plausible body.' },
  { id: 'jwt', name: 'JSON Web Token', confidence: 'medium', kind: 'known-format', description: 'Three base64url segments whose header decodes to JSON with `alg`.' },
  { id: 'url-credentials', name: 'Password in a URL', confidence: 'medium', kind: 'known-format', description: '`scheme://user:password@host` with a literal password.' },
  { id: 'curl-credentials', name: 'Password passed to curl', confidence: 'medium', kind: 'known-format', description: '`curl -u user:password` / `--user user:password`.' },
  { id: 'authorization-header', name: 'Credential in an Authorization header', confidence: 'medium', kind: 'known-format', description: '`Authorization: Basic …` / `Bearer …` / `token …` with a literal credential.' },
  { id: 'generic-password', name: 'Password', confidence: 'medium', kind: 'generic', description: 'A random-looking literal assigned to a password-like name.' },
  { id: 'generic-secret', name: 'Secret', confidence: 'medium', kind: 'generic', description: 'A random-looking literal assigned to a secret / token / API-key / connection-string name.' },
];

export const DETECTOR_BY_ID: ReadonlyMap<string, DetectorInfo> = new Map(DETECTORS.map((d) => [d.id, d]));

const P_SIGNATURE = 10;
const P_PREFIX = 20;
const P_PEM = 25;
const P_CONNECTION = 30;
const P_SAS = 35;
const P_JWT = 40;
const P_AUTH = 45;
const P_URL = 50;
export const P_NAMED = 60;
export const P_GENERIC = 90;

/** A random-looking body: not a placeholder, enough entropy for its length. */
function randomEnough(body: string, minEntropy: number, allowRuns = false): boolean {
  if (isNotASecret(body, { allowRuns })) return false;
  return shannonEntropy(body) >= minEntropy;
}

// ---------------------------------------------------------------------------------------------
// Microsoft identifiable keys (fixed signatures at fixed positions)

interface SignatureSpec {
  readonly sig: string;
  readonly at: (s: string, i: number) => number;
  readonly id: string;
  readonly name?: string;
  readonly length: number;
}

const SIGNATURES: readonly SignatureSpec[] = [
  { sig: '+ASt', at: identifiable64At, id: 'azure-storage-key', length: 88 },
  { sig: 'ACDb', at: identifiable64At, id: 'azure-cosmos-key', length: 88 },
  { sig: '+ASb', at: identifiable32At, id: 'azure-service-bus-key', length: 44 },
  { sig: '+AEh', at: identifiable32At, id: 'azure-event-hubs-key', length: 44 },
  { sig: '+ARm', at: identifiable32At, id: 'azure-service-bus-key', name: 'Azure Relay shared access key', length: 44 },
  { sig: 'AzSe', at: (s, i) => identifiable52At(s, i, isBase62Char), id: 'azure-search-key', length: 52 },
  { sig: '+ACR', at: (s, i) => identifiable52At(s, i, isBase64Char), id: 'azure-container-registry-password', length: 52 },
];

const identifiableScanner: Scanner = {
  ids: ['azure-storage-key', 'azure-cosmos-key', 'azure-service-bus-key', 'azure-event-hubs-key', 'azure-search-key', 'azure-container-registry-password'],
  prefilter: ({ lower }) =>
    lower.includes('+ast') || lower.includes('acdb') || lower.includes('+asb') || lower.includes('+aeh') ||
    lower.includes('+arm') || lower.includes('azse') || lower.includes('+acr'),
  find({ value }) {
    const out: RawMatch[] = [];
    for (const spec of SIGNATURES) {
      for (const i of indexesOf(value, spec.sig)) {
        const start = spec.at(value, i);
        if (start < 0) continue;
        const body = value.slice(start, start + spec.length);
        if (!randomEnough(body, 4.0)) continue;
        out.push({ detectorId: spec.id, start, end: start + spec.length, confidence: 'high', priority: P_SIGNATURE, ...(spec.name ? { name: spec.name } : {}) });
      }
    }
    return out;
  },
};

const caskScanner: Scanner = {
  ids: ['azure-devops-pat', 'azure-openai-key', 'azure-cask-key'],
  prefilter: ({ lower }) => lower.includes('jqqj9'),
  find({ value }) {
    const out: RawMatch[] = [];
    for (const i of indexesOf(value, 'JQQJ9')) {
      const k = caskAt(value, i);
      if (!k) continue;
      const random = value.slice(k.start, k.start + 52);
      if (!randomEnough(random, 4.0)) continue;
      if (k.provider === 'AZDO') {
        out.push({ detectorId: 'azure-devops-pat', start: k.start, end: k.end, confidence: 'high', priority: P_SIGNATURE });
      } else if (k.provider === 'ACOG') {
        const service = k.providerData === 'AAAB' ? 'Azure OpenAI key' : k.providerData === 'AAAA' ? 'Azure AI services key' : 'Azure Cognitive Services key';
        out.push({ detectorId: 'azure-openai-key', name: service, start: k.start, end: k.end, confidence: 'high', priority: P_SIGNATURE });
      } else {
        out.push({ detectorId: 'azure-cask-key', start: k.start, end: k.end, confidence: 'high', priority: P_SIGNATURE });
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Prefixed tokens

interface PrefixSpec {
  readonly id: string;
  /** Lower-case; the regex runs only when the value contains one of them. */
  readonly keywords: readonly string[];
  readonly re: RegExp;
  readonly name?: (m: RegExpExecArray) => string | undefined;
  /** Part of the match that must look random (defaults to the whole match). */
  readonly body?: (m: RegExpExecArray) => string;
  readonly minEntropy: number;
}

const GITHUB_NAMES: Readonly<Record<string, string>> = {
  ghp: 'GitHub personal access token (classic)',
  gho: 'GitHub OAuth access token',
  ghu: 'GitHub user-to-server token',
  ghs: 'GitHub installation access token',
  ghr: 'GitHub refresh token',
};

const PREFIXED: readonly PrefixSpec[] = [
  {
    id: 'github-token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    re: /(?<![A-Za-z0-9_])(gh[pousr])_([A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/g,
    name: (m) => GITHUB_NAMES[m[1] ?? ''],
    body: (m) => m[2] ?? '',
    minEntropy: 3.5,
  },
  {
    id: 'github-fine-grained-pat',
    keywords: ['github_pat_'],
    re: /(?<![A-Za-z0-9_])github_pat_([A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
    body: (m) => m[1] ?? '',
    minEntropy: 4.0,
  },
  {
    id: 'openai-api-key',
    keywords: ['t3blbkfj'],
    re: /(?<![A-Za-z0-9_-])sk-(?:(proj|svcacct|admin|None)-)?([A-Za-z0-9_-]{8,300}T3BlbkFJ[A-Za-z0-9_-]{8,300})(?![A-Za-z0-9_-])/g,
    name: (m) => (m[1] === 'admin' ? 'OpenAI admin key' : m[1] === 'svcacct' ? 'OpenAI service account key' : m[1] === 'proj' ? 'OpenAI project API key' : undefined),
    body: (m) => m[2] ?? '',
    minEntropy: 4.0,
  },
  {
    id: 'anthropic-api-key',
    keywords: ['sk-ant-'],
    re: /(?<![A-Za-z0-9_-])sk-ant-(api|admin)(\d{2})-([A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])/g,
    name: (m) => (m[1] === 'admin' ? 'Anthropic admin API key' : undefined),
    body: (m) => m[3] ?? '',
    minEntropy: 4.0,
  },
  {
    id: 'huggingface-token',
    keywords: ['hf_'],
    re: /(?<![A-Za-z0-9_])hf_([A-Za-z]{34})(?![A-Za-z0-9_])/g,
    body: (m) => m[1] ?? '',
    minEntropy: 3.5,
  },
  {
    id: 'huggingface-token',
    keywords: ['api_org_'],
    re: /(?<![A-Za-z0-9_])api_org_([A-Za-z]{34})(?![A-Za-z0-9_])/g,
    name: () => 'Hugging Face organization API token',
    body: (m) => m[1] ?? '',
    minEntropy: 3.5,
  },
  {
    id: 'databricks-token',
    keywords: ['dapi'],
    re: /(?<![A-Za-z0-9_])dapi([0-9a-f]{32})(?:-\d{1,2})?(?![A-Za-z0-9_-])/g,
    body: (m) => m[1] ?? '',
    minEntropy: 3.0,
  },
  {
    id: 'azure-entra-client-secret',
    keywords: ['8q~'],
    re: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{34}(?![A-Za-z0-9_~.-])/g,
    minEntropy: 4.0,
  },
  {
    id: 'azure-entra-client-secret',
    keywords: ['7q~'],
    re: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}7Q~[A-Za-z0-9_~.-]{31}(?![A-Za-z0-9_~.-])/g,
    minEntropy: 4.0,
  },
];

const prefixedScanner: Scanner = {
  ids: [...new Set(PREFIXED.map((p) => p.id))],
  prefilter: ({ lower }) => PREFIXED.some((p) => p.keywords.some((k) => lower.includes(k))),
  find({ value, lower }) {
    const out: RawMatch[] = [];
    for (const spec of PREFIXED) {
      if (!spec.keywords.some((k) => lower.includes(k))) continue;
      spec.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = spec.re.exec(value)) !== null) {
        const body = spec.body ? spec.body(m) : m[0];
        if (!randomEnough(body, spec.minEntropy)) continue;
        const name = spec.name?.(m);
        out.push({ detectorId: spec.id, start: m.index, end: m.index + m[0].length, confidence: 'high', priority: P_PREFIX, ...(name ? { name } : {}) });
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Connection strings: AccountKey= (Storage, Cosmos DB), SharedAccessKey= (Service Bus, Event Hubs, IoT)

/** Read a base64 key value starting at `from`: base64 chars then up to two `=`. Returns its end. */
function readBase64Value(s: string, from: number, max = 200): number {
  let i = from;
  while (i < s.length && i - from < max && isBase64Char(s.charCodeAt(i))) i++;
  let pad = 0;
  while (i < s.length && pad < 2 && s.charCodeAt(i) === 61) {
    i++;
    pad++;
  }
  return i;
}

function skipSpaces(s: string, i: number, max = 3): number {
  let n = 0;
  while (i < s.length && n < max && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) {
    i++;
    n++;
  }
  return i;
}

/** The key value runs on into other token characters (so it is not the whole value). */
function endsInsideToken(s: string, end: number): boolean {
  return end < s.length && isTokenChar(s.charCodeAt(end));
}

const ACCOUNT_KEY_RE = /(?<![A-Za-z0-9])accountkey[ \t]{0,3}=/g;
const SHARED_ACCESS_KEY_RE = /(?<![A-Za-z0-9])sharedaccesskey[ \t]{0,3}=/g;

const connectionStringScanner: Scanner = {
  ids: ['azure-storage-key', 'azure-cosmos-key', 'azure-service-bus-key', 'azure-event-hubs-key'],
  prefilter: ({ lower }) => lower.includes('accountkey') || lower.includes('sharedaccesskey'),
  find({ value, lower, hintsLower, keyInfo }) {
    const out: RawMatch[] = [];
    const cosmosHint =
      lower.includes('accountendpoint=') || hintsLower.includes('documents.azure.com') || keyInfo.compact.includes('cosmos');
    ACCOUNT_KEY_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACCOUNT_KEY_RE.exec(lower)) !== null) {
      const start = skipSpaces(value, m.index + m[0].length);
      const end = readBase64Value(value, start);
      const key = value.slice(start, end);
      if (key.length < 20 || endsInsideToken(value, end)) continue;
      if (!randomEnough(key, 4.0)) continue;
      const label = value.slice(m.index, m.index + 10);
      const exact = key.length === 88 && key.endsWith('==');
      out.push({
        detectorId: cosmosHint ? 'azure-cosmos-key' : 'azure-storage-key',
        start,
        end,
        confidence: exact ? 'high' : 'medium',
        label,
        priority: P_CONNECTION,
      });
    }
    const eventHubHint = hintsLower.includes('eventhub') || keyInfo.compact.includes('eventhub');
    const iotHint = lower.includes('.azure-devices.net') || lower.includes('hostname=');
    SHARED_ACCESS_KEY_RE.lastIndex = 0;
    while ((m = SHARED_ACCESS_KEY_RE.exec(lower)) !== null) {
      const start = skipSpaces(value, m.index + m[0].length);
      const end = readBase64Value(value, start);
      const key = value.slice(start, end);
      if (key.length < 20 || endsInsideToken(value, end)) continue;
      if (!randomEnough(key, 4.0)) continue;
      const label = value.slice(m.index, m.index + 15);
      const sb = lower.includes('sb://') || lower.includes('servicebus.windows.net');
      out.push({
        detectorId: eventHubHint ? 'azure-event-hubs-key' : 'azure-service-bus-key',
        ...(iotHint && !sb ? { name: 'Azure IoT Hub shared access key' } : {}),
        start,
        end,
        confidence: sb || iotHint || key.length === 44 ? 'high' : 'medium',
        label,
        priority: P_CONNECTION,
      });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// SAS tokens: the query string around a `sig=` parameter

function isQueryChar(c: number): boolean {
  // unreserved + sub-delims used in query strings, and '%'
  return (
    isBase62Char(c) || c === 37 /* % */ || c === 38 /* & */ || c === 61 /* = */ || c === 43 /* + */ || c === 47 /* / */ ||
    c === 45 || c === 95 || c === 46 || c === 126 || c === 58 /* : */ || c === 44 /* , */
  );
}

const sasScanner: Scanner = {
  ids: ['azure-sas-token'],
  prefilter: ({ lower }) => lower.includes('sig='),
  find({ value, lower }) {
    const out: RawMatch[] = [];
    let from = 0;
    let guard = 0;
    while (guard++ < 10_000) {
      const i = lower.indexOf('sig=', from);
      if (i < 0) break;
      from = i + 4;
      // `sig` must be a parameter name: start of the string or after ? & ; space
      const before = i > 0 ? value.charCodeAt(i - 1) : 38;
      if (!(before === 38 || before === 63 || before === 59 || before === 32 || before === 9 || before === 34 || before === 39 || before === 10)) continue;
      // the signature value
      let sigEnd = i + 4;
      while (sigEnd < value.length && sigEnd - i < 300) {
        const c = value.charCodeAt(sigEnd);
        if (!(isBase64Char(c) || c === 37 || c === 61 || c === 45 || c === 95)) break;
        sigEnd++;
      }
      const sig = value.slice(i + 4, sigEnd);
      if (sig.length < 16) continue;
      // the whole token: walk left and right over query characters
      let a = i;
      while (a > 0 && i - a < 2000 && isQueryChar(value.charCodeAt(a - 1))) a--;
      let b = sigEnd;
      while (b < value.length && b - sigEnd < 2000 && isQueryChar(value.charCodeAt(b))) b++;
      from = b;
      const token = value.slice(a, b);
      const tokenLower = lower.slice(a, b);
      // `SharedAccessSignature=sv=…` (connection strings): the token starts after the first '='
      let start = a;
      const ssa = tokenLower.indexOf('sharedaccesssignature=');
      if (ssa >= 0 && a + ssa + 22 <= i) start = a + ssa + 22;
      // a URL before the query: keep only the query
      const q = token.lastIndexOf('?', i - a);
      if (q >= 0 && a + q + 1 > start) start = a + q + 1;
      const query = lower.slice(start, b);
      const sasParams = ['sv=', 'sr=', 'skn=', 'se=', 'sp=', 'ss=', 'srt=', 'spr=', 'st='].filter((p) => query.startsWith(p) || query.includes(`&${p}`));
      if (sasParams.length === 0) continue;
      const decoded = sig.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=');
      if (isReference(sig) || isPlaceholder(decoded) || shannonEntropy(decoded) < 3.5) continue;
      const strong = (query.startsWith('sv=') || query.includes('&sv=') || query.includes('skn=')) && /^[A-Za-z0-9+/_-]{40,90}={0,2}$/.test(decoded);
      out.push({ detectorId: 'azure-sas-token', start, end: b, confidence: strong ? 'high' : 'medium', priority: P_SAS });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Private keys

const PRIVATE_LABEL_RE = /^-----BEGIN ((?:[A-Z0-9]{1,12} ){0,3})PRIVATE KEY(?: BLOCK)?-----/;

const privateKeyScanner: Scanner = {
  ids: ['private-key'],
  prefilter: ({ lower }) => lower.includes('-----begin') && lower.includes('private key'),
  find({ value }) {
    const out: RawMatch[] = [];
    let from = 0;
    let nextEnd = -2; // cached index of the next '-----END' at or after `from` (-1: none)
    let guard = 0;
    while (guard++ < 10_000) {
      const i = value.indexOf('-----BEGIN ', from);
      if (i < 0) break;
      from = i + 11;
      const head = PRIVATE_LABEL_RE.exec(value.slice(i, i + 80));
      if (!head) continue;
      const bodyStart = i + head[0].length;
      if (nextEnd !== -1 && nextEnd < bodyStart) nextEnd = value.indexOf('-----END', bodyStart);
      const nextBegin = value.indexOf('-----BEGIN', bodyStart);
      let bodyEnd: number;
      let blockEnd: number;
      if (nextEnd >= 0 && (nextBegin < 0 || nextEnd < nextBegin)) {
        bodyEnd = nextEnd;
        const close = value.indexOf('-----', nextEnd + 8);
        blockEnd = close >= 0 && close - nextEnd < 80 ? close + 5 : nextEnd + 8;
      } else {
        bodyEnd = nextBegin >= 0 ? nextBegin : Math.min(value.length, bodyStart + 20_000);
        blockEnd = bodyEnd;
      }
      if (!plausiblePemBody(value.slice(bodyStart, bodyEnd))) continue;
      // trim trailing whitespace of an unterminated block
      while (blockEnd > bodyStart && /\s/.test(value.charAt(blockEnd - 1))) blockEnd--;
      out.push({ detectorId: 'private-key', start: i, end: blockEnd, confidence: nextEnd >= 0 ? 'high' : 'medium', priority: P_PEM });
      from = Math.max(from, blockEnd);
    }
    return out;
  },
};

/** Base64 with optional `Key: value` headers (encrypted PEM, PGP armor), at least 64 base64 chars. */
function plausiblePemBody(body: string): boolean {
  const lines = body.replace(/\\n/g, '\n').split(/\r?\n|\r/);
  let b64 = 0;
  let other = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (/^[A-Za-z-]{2,40}: ?\S/.test(line)) continue; // Proc-Type:, DEK-Info:, Version:, Comment:
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) continue; // PGP checksum line
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (isBase64Char(c) || c === 61) b64++;
      else if (c !== 32 && c !== 9) other++;
    }
  }
  if (b64 < 64 || other > b64 / 20) return false;
  const compact = body.replace(/[^A-Za-z0-9+/]/g, '');
  return !isPlaceholder(compact.slice(0, 200)) && shannonEntropy(compact.slice(0, 400)) >= 4.5;
}

// ---------------------------------------------------------------------------------------------
// JWT

const jwtScanner: Scanner = {
  ids: ['jwt'],
  prefilter: ({ lower }) => lower.includes('eyj'),
  find({ value }) {
    const out: RawMatch[] = [];
    let from = 0;
    let guard = 0;
    while (guard++ < 10_000) {
      const i = value.indexOf('eyJ', from);
      if (i < 0) break;
      const headerEnd = runEnd(value, i, isBase64UrlChar);
      from = Math.max(headerEnd, i + 3);
      if (i > 0 && (isBase64UrlChar(value.charCodeAt(i - 1)) || value.charCodeAt(i - 1) === 46)) continue;
      if (value.charCodeAt(headerEnd) !== 46 /* . */) continue;
      const payloadEnd = runEnd(value, headerEnd + 1, isBase64UrlChar);
      if (payloadEnd - headerEnd - 1 < 8 || value.charCodeAt(payloadEnd) !== 46) {
        from = Math.max(from, payloadEnd);
        continue;
      }
      const sigEnd = runEnd(value, payloadEnd + 1, isBase64UrlChar);
      from = Math.max(from, sigEnd);
      if (sigEnd < value.length && (value.charCodeAt(sigEnd) === 46 || value.charCodeAt(sigEnd) === 61)) continue;
      const alg = jwtAlg(value.slice(i, headerEnd));
      if (alg === undefined) continue;
      const signature = value.slice(payloadEnd + 1, sigEnd);
      if (alg.toLowerCase() === 'none' || signature.length < 16) continue;
      if (isNotASecret(value.slice(i, sigEnd), { allowRuns: true })) continue;
      out.push({ detectorId: 'jwt', start: i, end: sigEnd, confidence: 'medium', priority: P_JWT });
    }
    return out;
  },
};

function runEnd(s: string, from: number, test: (c: number) => boolean, max = 20_000): number {
  let i = from;
  while (i < s.length && i - from < max && test(s.charCodeAt(i))) i++;
  return i;
}

/** The `alg` of a JWT header segment, or undefined when it does not decode to JSON with `alg`. */
function jwtAlg(header: string): string | undefined {
  if (header.length > 2000) return undefined;
  try {
    const json = Buffer.from(header, 'base64url').toString('utf8');
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object' && typeof (parsed as Record<string, unknown>)['alg'] === 'string') {
      return (parsed as Record<string, string>)['alg'];
    }
  } catch {
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Credentials in URLs, curl -u, Authorization headers

const URL_CRED_RE = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/([^\s:@/?#"'`<>\\]{0,128}):([^\s@/?#"'`<>\\]{1,256})@(?=[A-Za-z0-9[])/g;

const urlCredentialScanner: Scanner = {
  ids: ['url-credentials'],
  prefilter: ({ lower }) => lower.includes('://') && lower.includes('@'),
  find({ value }) {
    const out: RawMatch[] = [];
    URL_CRED_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL_CRED_RE.exec(value)) !== null) {
      const user = m[2] ?? '';
      const pass = m[3] ?? '';
      if (!plausiblePassword(pass) || isReference(user)) continue;
      const start = m.index + (m[1] ?? '').length + 3 + user.length + 1;
      const host = value.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase();
      const strong = /^[a-z0-9.-]*\.(azurecr\.io|dev\.azure\.com|visualstudio\.com|github\.com|database\.windows\.net|redis\.cache\.windows\.net|documents\.azure\.com)/.test(host) || host.startsWith('dev.azure.com') || host.startsWith('github.com');
      out.push({ detectorId: 'url-credentials', start, end: start + pass.length, confidence: strong ? 'high' : 'medium', label: 'URL', priority: P_URL });
    }
    return out;
  },
};

/** A literal password: not a reference or placeholder, at least 4 characters. */
function plausiblePassword(p: string): boolean {
  if (p.length < 4) return false;
  if (isNotASecret(p)) return false;
  return true;
}

const CURL_USER_RE = /(?<![\w-])(?:-u|--user)(?:[ \t]{1,5}|=)(["']?)([^\s:"'$]{1,128}):([^\s"']{1,256})/g;

const curlScanner: Scanner = {
  ids: ['curl-credentials'],
  prefilter: ({ lower }) => lower.includes('curl') && (lower.includes('-u') || lower.includes('--user')),
  find({ value }) {
    const out: RawMatch[] = [];
    CURL_USER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CURL_USER_RE.exec(value)) !== null) {
      const pass = m[3] ?? '';
      if (!plausiblePassword(pass)) continue;
      const start = m.index + m[0].length - pass.length;
      out.push({ detectorId: 'curl-credentials', start, end: start + pass.length, confidence: 'medium', label: 'curl -u', priority: P_URL });
    }
    return out;
  },
};

const AUTH_SCHEME_RE = /(?<![A-Za-z0-9_-])(basic|bearer|token)[ \t]{1,5}([A-Za-z0-9+/=._~-]{8,4096})/gi;

const authorizationScanner: Scanner = {
  ids: ['authorization-header'],
  prefilter: ({ lower, keyInfo }) =>
    (lower.includes('authorization') || keyInfo.compact === 'authorization') &&
    (lower.includes('basic') || lower.includes('bearer') || lower.includes('token')),
  find({ value, lower, keyInfo }) {
    const out: RawMatch[] = [];
    AUTH_SCHEME_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AUTH_SCHEME_RE.exec(value)) !== null) {
      const near = lower.lastIndexOf('authorization', m.index);
      const headerHere = near >= 0 && m.index - near <= 20;
      const wholeValue = keyInfo.compact === 'authorization' && value.slice(0, m.index).trim() === '';
      if (!headerHere && !wholeValue) continue;
      const cred = m[2] ?? '';
      const scheme = (m[1] ?? '').toLowerCase();
      if (isNotASecret(cred) || shannonEntropy(cred) < 3.0 || charClassCount(cred) < 2) continue;
      let confidence: Confidence = 'medium';
      if (scheme === 'basic') {
        const decoded = tryBase64(cred);
        if (decoded === undefined || !decoded.includes(':')) continue;
        const pass = decoded.slice(decoded.indexOf(':') + 1);
        if (!plausiblePassword(pass)) continue;
        confidence = 'high';
      }
      const start = m.index + m[0].length - cred.length;
      out.push({ detectorId: 'authorization-header', start, end: start + cred.length, confidence, label: 'Authorization', priority: P_AUTH });
    }
    return out;
  },
};

function tryBase64(s: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s) || s.length % 4 !== 0) return undefined;
  const text = Buffer.from(s, 'base64').toString('utf8');
  // printable ASCII only
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

/** Every known-format scanner, in the order they run. */
export const FORMAT_SCANNERS: readonly Scanner[] = [
  identifiableScanner,
  caskScanner,
  prefixedScanner,
  privateKeyScanner,
  connectionStringScanner,
  sasScanner,
  jwtScanner,
  authorizationScanner,
  urlCredentialScanner,
  curlScanner,
];

/** Every regular expression the format detectors run, for the linear-time tests. */
export const DETECTOR_PATTERNS: readonly { readonly name: string; readonly re: RegExp }[] = [
  ...PREFIXED.map((p) => ({ name: `${p.id}:${p.keywords[0] ?? ''}`, re: p.re })),
  { name: 'AccountKey=', re: ACCOUNT_KEY_RE },
  { name: 'SharedAccessKey=', re: SHARED_ACCESS_KEY_RE },
  { name: 'PEM label', re: PRIVATE_LABEL_RE },
  { name: 'URL credentials', re: URL_CRED_RE },
  { name: 'curl -u', re: CURL_USER_RE },
  { name: 'Authorization scheme', re: AUTH_SCHEME_RE },
];
