/**
 * The value half of `cannotHoldSecret` (scan.ts) in one pass over the characters, without
 * lower-casing a copy: can anything in the library report something in this ASCII value?
 *
 * It answers exactly what the detectors' own gates answer on the lower-cased value:
 * - a keyword that one format pre-filter needs alone (identifiable-key signatures, CASK
 *   `jqqj9`, token prefixes, `accountkey=` / `sharedaccesskey`, `sig=`, `eyj`);
 * - a pair that a two-keyword pre-filter needs (`-----begin` + `private key`, `://` + `@`,
 *   `curl` + `-u`, `basic` / `bearer` / `token` + `authorization` in the value or as the key);
 * - a `NAME_HINTS` word together with what `scanEmbedded` needs before it looks at names
 *   (10 characters or more, and a `:`, `=` or `-`).
 * Keep in step with `FORMAT_SCANNERS` (detectors.ts), `NAME_HINTS` and `scanEmbedded`
 * (named.ts); test/secrets/prefilter.test.ts checks the answers against the detectors.
 */

/** Nothing can be reported in the value (the key may still name a secret). */
export const CANNOT = 0;
/** A detector may report something: scan it. */
export const MAY = 1;
/** Not ASCII: lower-casing may turn other characters into ASCII letters; decide the long way. */
export const NOT_ASCII = 2;
/** `basic` / `bearer` / `token` and nothing else: a detector may report something only when the key is `Authorization`. */
export const IF_AUTHORIZATION_KEY = 3;
export type ValueVerdict = typeof CANNOT | typeof MAY | typeof NOT_ASCII | typeof IF_AUTHORIZATION_KEY;

const F_HINT = 1; // a NAME_HINTS word
const F_SEP = 2; // ':', '=' or '-'
const F_BEGIN = 4; // '-----begin'
const F_PRIVATE_KEY = 8; // 'private key'
const F_SCHEME = 16; // '://'
const F_AT = 32; // '@'
const F_CURL = 64; // 'curl'
const F_DASH_U = 128; // '-u'
const F_AUTHORIZATION = 256; // 'authorization'
const F_AUTH_SCHEME = 512; // 'basic', 'bearer', 'token'

/** Lower-case code of `s[i]` for ASCII letters; other codes unchanged; NaN past the end. */
function lc(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** `s` has the lower-case ASCII `word` at `i` (case-insensitively), its first character already matched. */
function rest(s: string, i: number, word: string): boolean {
  const n = word.length;
  if (i + n > s.length) return false;
  for (let k = 1; k < n; k++) if (lc(s, i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Flags meaning "a format keyword is there": stop looking. */
const F_FORMAT = 1 << 20;

/**
 * Pairs of lower-case ASCII codes (first << 7 | second) where a keyword may start: only
 * there is the value looked at more closely. `-`, `:`, `=` and `@` count whatever follows.
 */
const PAIRS = (() => {
  const t = new Uint8Array(128 * 128);
  const starts = [
    'pa', 'pw', 'pr', 'se', 'sa', 'si', 'sk', 'sh', 'to', 't3', 'ke', 'cr', 'co', 'cu', 'lo', '+a', 'ac', 'az', 'ap', 'au',
    'jq', 'gh', 'gi', 'hf', 'da', '8q', '7q', 'ey', 'ba', 'be',
  ];
  for (const p of starts) t[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] = 1;
  for (const c of '-:=@') t.fill(1, c.charCodeAt(0) << 7, (c.charCodeAt(0) + 1) << 7);
  return t;
})();

/** What starts at `value[i]` (lower-case code `l0`): flags, or `F_FORMAT` for a format keyword. */
function probe(value: string, i: number, l0: number): number {
  let flags = 0;
  switch (l0) {
    case 112 /* p */: {
      const c1 = lc(value, i + 1);
      if (c1 === 97 /* a */) {
        if (rest(value, i, 'pass') || rest(value, i, 'pat')) flags |= F_HINT;
      } else if (c1 === 119 /* w */) {
        if (rest(value, i, 'pwd')) flags |= F_HINT;
      } else if (c1 === 114 /* r */ && rest(value, i, 'private key')) flags |= F_PRIVATE_KEY;
      break;
    }
    case 115 /* s */: {
      const c1 = lc(value, i + 1);
      if (c1 === 101 /* e */) {
        if (rest(value, i, 'secret')) flags |= F_HINT;
      } else if (c1 === 97 /* a */) {
        if (rest(value, i, 'sas')) flags |= F_HINT;
      } else if (c1 === 105 /* i */) {
        if (rest(value, i, 'sig=')) return F_FORMAT;
      } else if (c1 === 107 /* k */) {
        if (rest(value, i, 'sk-ant-')) return F_FORMAT;
      } else if (c1 === 104 /* h */) {
        if (rest(value, i, 'sharedaccesskey')) return F_FORMAT;
      }
      break;
    }
    case 116 /* t */:
      if (rest(value, i, 'token')) flags |= F_HINT | F_AUTH_SCHEME;
      else if (rest(value, i, 't3blbkfj')) return F_FORMAT;
      break;
    case 107 /* k */:
      if (rest(value, i, 'key')) flags |= F_HINT;
      break;
    case 99 /* c */: {
      const c1 = lc(value, i + 1);
      if (c1 === 114 /* r */) {
        if (rest(value, i, 'cred')) flags |= F_HINT;
      } else if (c1 === 111 /* o */) {
        if (rest(value, i, 'conn')) flags |= F_HINT;
      } else if (c1 === 117 /* u */ && rest(value, i, 'curl')) flags |= F_CURL;
      break;
    }
    case 108 /* l */:
      if (rest(value, i, 'login')) flags |= F_HINT;
      break;
    case 43 /* + */:
      if (lc(value, i + 1) === 97 /* a */) {
        const c2 = lc(value, i + 2);
        const c3 = lc(value, i + 3);
        if (
          (c2 === 115 /* s */ && (c3 === 116 /* t */ || c3 === 98) /* b */) ||
          (c2 === 101 /* e */ && c3 === 104) /* h */ ||
          (c2 === 114 /* r */ && c3 === 109) /* m */ ||
          (c2 === 99 /* c */ && c3 === 114) /* r */
        ) {
          return F_FORMAT;
        }
      }
      break;
    case 97 /* a */: {
      const c1 = lc(value, i + 1);
      if (c1 === 99 /* c */) {
        if (rest(value, i, 'acdb') || rest(value, i, 'accountkey')) return F_FORMAT;
      } else if (c1 === 122 /* z */) {
        if (rest(value, i, 'azse')) return F_FORMAT;
      } else if (c1 === 112 /* p */) {
        if (rest(value, i, 'api_org_')) return F_FORMAT;
      } else if (c1 === 117 /* u */ && rest(value, i, 'authorization')) flags |= F_AUTHORIZATION;
      break;
    }
    case 106 /* j */:
      if (rest(value, i, 'jqqj9')) return F_FORMAT;
      break;
    case 103 /* g */:
      if (lc(value, i + 1) === 104 /* h */) {
        const c2 = lc(value, i + 2);
        if (
          (c2 === 112 /* p */ || c2 === 111 /* o */ || c2 === 117 /* u */ || c2 === 115 /* s */ || c2 === 114) /* r */ &&
          value.charCodeAt(i + 3) === 95 /* _ */
        ) {
          return F_FORMAT;
        }
      }
      if (rest(value, i, 'github_pat_')) return F_FORMAT;
      break;
    case 104 /* h */:
      if (rest(value, i, 'hf_')) return F_FORMAT;
      break;
    case 100 /* d */:
      if (rest(value, i, 'dapi')) return F_FORMAT;
      break;
    case 56 /* 8 */:
    case 55 /* 7 */:
      if (lc(value, i + 1) === 113 /* q */ && value.charCodeAt(i + 2) === 126 /* ~ */) return F_FORMAT;
      break;
    case 101 /* e */:
      if (rest(value, i, 'eyj')) return F_FORMAT;
      break;
    case 98 /* b */:
      if (rest(value, i, 'basic') || rest(value, i, 'bearer')) flags |= F_AUTH_SCHEME;
      break;
    case 45 /* - */:
      flags |= F_SEP;
      if (lc(value, i + 1) === 117 /* u */) flags |= F_DASH_U;
      else if (rest(value, i, '-----begin')) flags |= F_BEGIN;
      break;
    case 58 /* : */:
      flags |= F_SEP;
      if (value.charCodeAt(i + 1) === 47 && value.charCodeAt(i + 2) === 47) flags |= F_SCHEME;
      break;
    case 61 /* = */:
      flags |= F_SEP;
      break;
    case 64 /* @ */:
      flags |= F_AT;
      break;
    default:
      break;
  }
  return flags;
}

/** The verdict on `value` (at most `MAX_SCAN_LENGTH` characters). */
export function valueVerdict(value: string): ValueVerdict {
  const n = value.length;
  let flags = 0;
  let ascii = true;
  let c = n > 0 ? value.charCodeAt(0) : 0;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? value.charCodeAt(i + 1) : 0;
    if (c >= 128) {
      ascii = false;
    } else {
      const l0 = c >= 65 && c <= 90 ? c + 32 : c;
      const l1 = next >= 65 && next <= 90 ? next + 32 : next < 128 ? next : 0;
      if (PAIRS[(l0 << 7) | l1] === 1) {
        const f = probe(value, i, l0);
        if (f === F_FORMAT) return MAY;
        flags |= f;
      }
    }
    c = next;
  }
  if (flags === 0) return ascii ? CANNOT : NOT_ASCII;
  if ((flags & (F_HINT | F_SEP)) === (F_HINT | F_SEP) && n >= 10) return MAY;
  if ((flags & (F_BEGIN | F_PRIVATE_KEY)) === (F_BEGIN | F_PRIVATE_KEY)) return MAY;
  if ((flags & (F_SCHEME | F_AT)) === (F_SCHEME | F_AT)) return MAY;
  if ((flags & (F_CURL | F_DASH_U)) === (F_CURL | F_DASH_U)) return MAY;
  if (!ascii) return NOT_ASCII;
  if (flags & F_AUTH_SCHEME) return flags & F_AUTHORIZATION ? MAY : IF_AUTHORIZATION_KEY;
  return CANNOT;
}
