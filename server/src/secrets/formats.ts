/**
 * Character classes and fixed-position checks shared by the format detectors.
 * Positions and signatures of Microsoft's identifiable keys:
 * - 64-byte keys (Storage `+ASt`, Cosmos DB `ACDb`): 88 base64 chars, signature at 76–79,
 *   then 5 base64 chars, one of `A Q g w`, and `==`.
 * - 32-byte keys (Service Bus `+ASb`, Event Hubs `+AEh`, Relay `+ARm`): 44 base64 chars,
 *   signature at 33–36, then `A`–`P`, 5 base64 chars and `=`.
 * - 39-byte URL keys: AI Search `AzSe` (52 base62 chars) and Container Registry `+ACR`
 *   (52 base64 chars), signature at 42–45, then `A`–`D` and 5 more chars.
 * - Common annotated security keys (CASK, 84 chars, base62): `JQQJ9` at 52–56, `9`/`D`/`H`
 *   at 57, a year char, a month `A`–`L`, 12 platform chars, 4 provider-data chars, a
 *   4-char provider signature at 76–79 (`AZDO` Azure DevOps, `ACOG` Cognitive Services /
 *   Azure OpenAI), 4 checksum chars; an 88-char long form appends 2 chars and `==`.
 */

export function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

export function isBase62Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export function isBase64UrlChar(c: number): boolean {
  return isBase62Char(c) || c === 45 /* - */ || c === 95 /* _ */;
}

/** Characters that may continue a key-like token: any base64 / base64url char or `=`. */
export function isTokenChar(c: number): boolean {
  return isBase64Char(c) || c === 45 || c === 95 || c === 61;
}

export function allChars(s: string, from: number, to: number, test: (c: number) => boolean): boolean {
  if (from < 0 || to > s.length) return false;
  for (let i = from; i < to; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

export function charIn(s: string, i: number, set: string): boolean {
  return i >= 0 && i < s.length && set.includes(s.charAt(i));
}

/** True when the characters just outside `[start, end)` do not continue a token. */
export function isBounded(s: string, start: number, end: number, cont: (c: number) => boolean = isTokenChar): boolean {
  if (start > 0 && cont(s.charCodeAt(start - 1))) return false;
  if (end < s.length && cont(s.charCodeAt(end))) return false;
  return true;
}

/** Every index of `needle` in `hay` (non-overlapping, left to right). */
export function indexesOf(hay: string, needle: string, limit = 10_000): number[] {
  const out: number[] = [];
  let i = hay.indexOf(needle);
  while (i >= 0 && out.length < limit) {
    out.push(i);
    i = hay.indexOf(needle, i + needle.length);
  }
  return out;
}

export const UPPER_A_TO_P = 'ABCDEFGHIJKLMNOP';
export const UPPER_A_TO_D = 'ABCD';
export const UPPER_A_TO_L = 'ABCDEFGHIJKL';

/** 88-char identifiable 64-byte key with `sig` at 76. Returns the start or -1. */
export function identifiable64At(s: string, sigIndex: number): number {
  const start = sigIndex - 76;
  const end = start + 88;
  if (start < 0 || end > s.length) return -1;
  if (!allChars(s, start, sigIndex, isBase64Char)) return -1;
  if (!allChars(s, sigIndex + 4, sigIndex + 9, isBase64Char)) return -1;
  if (!charIn(s, sigIndex + 9, 'AQgw')) return -1;
  if (s.charAt(end - 2) !== '=' || s.charAt(end - 1) !== '=') return -1;
  if (!isBounded(s, start, end)) return -1;
  return start;
}

/** 44-char identifiable 32-byte key with `sig` at 33. */
export function identifiable32At(s: string, sigIndex: number): number {
  const start = sigIndex - 33;
  const end = start + 44;
  if (start < 0 || end > s.length) return -1;
  if (!allChars(s, start, sigIndex, isBase64Char)) return -1;
  if (!charIn(s, sigIndex + 4, UPPER_A_TO_P)) return -1;
  if (!allChars(s, sigIndex + 5, sigIndex + 10, isBase64Char)) return -1;
  if (s.charAt(end - 1) !== '=') return -1;
  if (!isBounded(s, start, end)) return -1;
  return start;
}

/** 52-char identifiable 39-byte key with `sig` at 42; `alphabet` is base62 (Search) or base64 (ACR). */
export function identifiable52At(s: string, sigIndex: number, alphabet: (c: number) => boolean): number {
  const start = sigIndex - 42;
  const end = start + 52;
  if (start < 0 || end > s.length) return -1;
  if (!allChars(s, start, sigIndex, alphabet)) return -1;
  if (!charIn(s, sigIndex + 4, UPPER_A_TO_D)) return -1;
  if (!allChars(s, sigIndex + 5, end, alphabet)) return -1;
  if (!isBounded(s, start, end)) return -1;
  return start;
}

export interface CaskKey {
  readonly start: number;
  readonly end: number;
  /** 4-char provider signature at 76–79. */
  readonly provider: string;
  /** 4-char provider data at 72–75 (Cognitive Services: `AAA` + service letter). */
  readonly providerData: string;
  /** `9` standard, `D` derived, `H` hashed. */
  readonly kindChar: string;
}

/** A common annotated security key whose `JQQJ9` signature starts at `sigIndex`. */
export function caskAt(s: string, sigIndex: number): CaskKey | undefined {
  const start = sigIndex - 52;
  if (start < 0 || start + 84 > s.length) return undefined;
  if (!allChars(s, start, sigIndex, isBase62Char)) return undefined;
  const kindChar = s.charAt(sigIndex + 5);
  if (!'9DH'.includes(kindChar) || kindChar === '') return undefined;
  if (!isBase62Char(s.charCodeAt(sigIndex + 6))) return undefined; // year
  if (!charIn(s, sigIndex + 7, UPPER_A_TO_L)) return undefined; // month
  if (!allChars(s, start + 60, start + 76, isBase62Char)) return undefined;
  const p0 = s.charCodeAt(start + 76);
  if (!((p0 >= 65 && p0 <= 90) || (p0 >= 97 && p0 <= 122))) return undefined;
  if (!allChars(s, start + 77, start + 84, isBase62Char)) return undefined;
  let end = start + 84;
  // long form: two more base62 chars and '=='
  if (
    end + 4 <= s.length &&
    allChars(s, end, end + 2, isBase62Char) &&
    s.charAt(end + 2) === '=' &&
    s.charAt(end + 3) === '='
  ) {
    end += 4;
  }
  if (!isBounded(s, start, end)) return undefined;
  return {
    start,
    end,
    provider: s.slice(start + 76, start + 80),
    providerData: s.slice(start + 72, start + 76),
    kindChar,
  };
}

/** Lower-case ASCII letters only, so offsets in the result match offsets in `s`. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
