/**
 * The library's entry points: scan one string value and return where secrets sit in it.
 *
 *   scanValue(value, ctx)   every match, known formats first, overlaps resolved
 *   scanKnown(value, ctx)   only recognised formats (the `hardcoded-secret` rule)
 *   scanGeneric(value, ctx) only keyword + entropy matches that no known format covers
 */
import { DETECTOR_BY_ID, FORMAT_SCANNERS, type RawMatch, type ScanInput } from './detectors';
import { asciiLower } from './formats';
import { classifyKeyName, VALUE_WRAPPER_KEYS, type KeyNameInfo } from './keyNames';
import { isInterestingName, NAME_HINTS, scanByKey, scanEmbedded } from './named';
import { CANNOT, IF_AUTHORIZATION_KEY, NOT_ASCII, valueVerdict } from './prefilter';
import type { ScanContext, SecretKind, SecretMatch } from './types';

/** Values longer than this are scanned only in their first MAX_SCAN_LENGTH characters. */
export const MAX_SCAN_LENGTH = 1_000_000;

function makeInput(value: string, ctx: ScanContext): ScanInput {
  const v = value.length > MAX_SCAN_LENGTH ? value.slice(0, MAX_SCAN_LENGTH) : value;
  const native = v.toLowerCase();
  // offsets must line up with `value`: fall back to ASCII-only lowering when a character changes length
  const lower = native.length === v.length ? native : asciiLower(v);
  let hints: string | undefined;
  return {
    value: v,
    lower,
    ctx,
    keyInfo: keyInfoFor(ctx.key, ctx.generic?.extraSecretNames),
    // computed on first use: only name-gated formats and a few labels look at the surroundings
    get hintsLower(): string {
      if (hints === undefined) {
        const raw = typeof ctx.nearby === 'function' ? ctx.nearby() : (ctx.nearby ?? '');
        const nearby = raw ? asciiLower(raw.slice(0, 20_000)) : '';
        hints = nearby ? `${nearby}\n${lower.length > 20_000 ? lower.slice(0, 20_000) : lower}` : lower;
      }
      return hints;
    },
  };
}

const keyInfoCache = new Map<string, KeyNameInfo>();

/**
 * Key names repeat across documents: classify each once (bounded cache; extra names bypass it).
 * Long keys bypass it too: 5,000 entries of 40 KB keys kept 200 MB alive (found by scripts/fuzz.ts).
 */
function keyInfoFor(key: string | undefined, extra: readonly string[] | undefined): KeyNameInfo {
  if (key === undefined || key.length > 256 || (extra && extra.length > 0)) return classifyKeyName(key, extra);
  let info = keyInfoCache.get(key);
  if (!info) {
    if (keyInfoCache.size >= 5000) keyInfoCache.clear();
    info = classifyKeyName(key);
    keyInfoCache.set(key, info);
  }
  return info;
}

function kindOf(id: string): SecretKind {
  return DETECTOR_BY_ID.get(id)?.kind ?? 'known-format';
}

/**
 * One keyword of every format pre-filter (for the two-keyword ones, one of the two), on the
 * lower-cased value: when none is there, no pre-filter can pass. Keep in step with
 * `FORMAT_SCANNERS` (detectors.ts); test/secrets/prefilter.test.ts checks it.
 */
export const FORMAT_PREFILTER_GUARD =
  /\+a(?:st|sb|eh|rm|cr)|acdb|azse|jqqj9|gh[pousr]_|github_pat_|t3blbkfj|sk-ant-|hf_|api_org_|dapi|[78]q~|-----begin|accountkey|sharedaccesskey|sig=|eyj|basic|bearer|token|:\/\/|curl/;

function collect(input: ScanInput, which: 'known' | 'all'): RawMatch[] {
  const disabled = input.ctx.disabledDetectors;
  const raw: RawMatch[] = [];
  if (FORMAT_PREFILTER_GUARD.test(input.lower)) {
    for (const scanner of FORMAT_SCANNERS) {
      if (disabled && scanner.ids.every((id) => disabled.includes(id))) continue;
      if (!scanner.prefilter(input)) continue;
      raw.push(...scanner.find(input));
    }
  }
  raw.push(...scanByKey(input), ...scanEmbedded(input));
  if (raw.length === 0) return raw;
  const filtered = raw.filter((m) => {
    if (disabled?.includes(m.detectorId)) return false;
    if (which === 'known' && kindOf(m.detectorId) === 'generic') return false;
    return m.end > m.start;
  });
  return resolveOverlaps(filtered);
}

/** Keep the most specific match where candidates overlap: lower priority first, then longer. */
function resolveOverlaps(raw: RawMatch[]): RawMatch[] {
  const sorted = [...raw].sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawMatch[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toMatch(m: RawMatch): SecretMatch {
  const info = DETECTOR_BY_ID.get(m.detectorId);
  return {
    detectorId: m.detectorId,
    name: m.name ?? info?.name ?? m.detectorId,
    start: m.start,
    end: m.end,
    confidence: m.confidence,
    kind: info?.kind ?? 'known-format',
    ...(m.label !== undefined ? { label: m.label } : {}),
  };
}

/**
 * A key name (first 200 characters, separators and non-ASCII characters ignored, as
 * `splitKeyWords` reads it) that contains none of these cannot be a secret-like name:
 * every class, client-secret, PAT and bare-key name ends in one of them. (`constructor`:
 * `CLASS_BY_LAST_WORD` in keyNames.ts is a plain object, so a last word `constructor` finds
 * `Object.prototype.constructor` there and counts as a secret class; kept as it is.)
 */
const KEY_HINT_RE = (() => {
  const sep = '[^A-Za-z0-9]*';
  const spread = (w: string) => [...w].join(sep);
  return new RegExp(['pass', 'pwd', 'secret', 'key', 'token', 'pat', 'cred', 'conn', 'sas', 'constructor'].map(spread).join('|'), 'i');
})();

const WRAPPER_LENGTHS: ReadonlySet<number> = new Set([...VALUE_WRAPPER_KEYS].map((k) => k.length));
const WRAPPER_MAX_LENGTH = Math.max(...WRAPPER_LENGTHS);
/** First characters (either case) of the wrapper keys. */
const WRAPPER_FIRST = (() => {
  const t = new Uint8Array(128);
  for (const k of VALUE_WRAPPER_KEYS) {
    t[k.charCodeAt(0)] = 1;
    t[k.toUpperCase().charCodeAt(0)] = 1;
  }
  return t;
})();

/** `VALUE_WRAPPER_KEYS.has(key.toLowerCase())` without lower-casing most keys. */
export function isValueWrapperKey(key: string): boolean {
  const n = key.length;
  // lower-casing never shortens a string, and changes neither the length nor the letters of an ASCII one
  if (n > WRAPPER_MAX_LENGTH || n === 0) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 128 && WRAPPER_FIRST[c0] !== 1) return false;
  if (!WRAPPER_LENGTHS.has(n)) {
    let ascii = true;
    for (let i = 0; i < n; i++) if (key.charCodeAt(i) > 127) ascii = false;
    if (ascii) return false;
  }
  return VALUE_WRAPPER_KEYS.has(key.toLowerCase());
}

/** `VALUE_WRAPPER_KEYS.has(key.toLowerCase()) || isInterestingName(keyInfoFor(key, extra))`, mostly without classifying the key. */
function keyMayNameSecret(key: string, extra: readonly string[] | undefined): boolean {
  if (extra !== undefined && extra.length > 0) return isValueWrapperKey(key) || isInterestingName(keyInfoFor(key, extra));
  // default names: the same few keys (`name`, `location`, `type`…) come back on every line, so remember answers
  const hit = keyVerdicts.get(key);
  if (hit !== undefined) return hit;
  const verdict = isValueWrapperKey(key) || (KEY_HINT_RE.test(key) && isInterestingName(keyInfoFor(key, undefined)));
  if (key.length <= 64) {
    if (keyVerdicts.size >= 4096) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}

const keyVerdicts = new Map<string, boolean>();

/**
 * A cheap, allocation-free test that `value` cannot hold anything any detector reports:
 * a key that names no secret, no keyword a format detector's pre-filter needs, and no
 * secret-like name where an embedded `name=value` / `--flag value` could be (see
 * prefilter.ts). Callers use it to skip building a scan context for ordinary scalars.
 * Exact for ASCII values; other values are judged by lower-casing a copy.
 */
export function cannotHoldSecret(value: string, key: string | undefined, extraSecretNames?: readonly string[]): boolean {
  if (typeof value !== 'string' || value.length < 4) return true;
  if (key !== undefined && keyMayNameSecret(key, extraSecretNames)) return false;
  if (value.length > MAX_SCAN_LENGTH) return cannotHoldSecretSlow(value, key, extraSecretNames);
  const verdict = valueVerdict(value);
  if (verdict === NOT_ASCII) return cannotHoldSecretSlow(value, key, extraSecretNames);
  if (verdict === IF_AUTHORIZATION_KEY) return keyInfoFor(key, extraSecretNames).compact !== 'authorization';
  return verdict === CANNOT;
}

/** `cannotHoldSecret` for any text: lower-cases a copy and asks every gate. */
function cannotHoldSecretSlow(value: string, key: string | undefined, extraSecretNames?: readonly string[]): boolean {
  const native = value.length > MAX_SCAN_LENGTH ? value.slice(0, MAX_SCAN_LENGTH).toLowerCase() : value.toLowerCase();
  for (const h of NAME_HINTS) if (native.includes(h)) return false;
  const probe: ScanInput = { value, lower: native, ctx: { fileKind: 'yaml' }, keyInfo: keyInfoFor(key, extraSecretNames), hintsLower: native };
  for (const scanner of FORMAT_SCANNERS) if (scanner.prefilter(probe)) return false;
  return true;
}

/** Every secret in `value`, sorted by position, without overlaps. Never throws. */
export function scanValue(value: string, ctx: ScanContext): SecretMatch[] {
  try {
    if (typeof value !== 'string' || value.length < Math.min(8, ctx.generic?.minLength ?? 8)) return [];
    return collect(makeInput(value, ctx), 'all').map(toMatch);
  } catch {
    return [];
  }
}

/** Only recognised formats (`kind: 'known-format'`). */
export function scanKnown(value: string, ctx: ScanContext): SecretMatch[] {
  try {
    if (typeof value !== 'string' || value.length < 8) return [];
    return collect(makeInput(value, ctx), 'known').map(toMatch);
  } catch {
    return [];
  }
}

/** Only generic (keyword + entropy) matches, with known formats taking precedence where they overlap. */
export function scanGeneric(value: string, ctx: ScanContext): SecretMatch[] {
  return scanValue(value, ctx).filter((m) => m.kind === 'generic');
}
