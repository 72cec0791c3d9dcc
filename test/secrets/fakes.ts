/**
 * Fake secrets in the exact real formats, generated at test time from a seeded PRNG so
 * that no real-looking token is committed (GitHub push protection, scanners). Every
 * value is random noise: it authenticates nothing.
 */

export const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B64 = `${B62}+/`;
export const HEX = '0123456789abcdef';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
export const URL_UNRESERVED = `${B62}_~.-`;

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Fakes {
  private readonly rnd: () => number;
  constructor(seed = 20240611) {
    this.rnd = prng(seed);
  }

  /** `n` random characters of `alphabet`, re-drawn until free of runs and sequences that look like placeholders. */
  chars(alphabet: string, n: number): string {
    for (;;) {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet.charAt(Math.floor(this.rnd() * alphabet.length));
      if (!/(.)\1\1/.test(s) && !/xxxx/i.test(s) && !/(abcd|bcde|cdef|0123|1234|2345|3456|4567|5678|6789)/i.test(s)) return s;
    }
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)] as T;
  }

  storageKey(): string {
    return `${this.chars(B64, 86)}==`;
  }
  /** 64-byte identifiable key (Storage `+ASt`, Cosmos `ACDb`): 88 chars, signature at 76. */
  identifiable64(sig: string): string {
    return `${this.chars(B64, 76)}${sig}${this.chars(B64, 5)}${this.pick(['A', 'Q', 'g', 'w'])}==`;
  }
  /** 32-byte identifiable key (`+ASb`, `+AEh`, `+ARm`): 44 chars, signature at 33. */
  identifiable32(sig: string): string {
    return `${this.chars(B64, 33)}${sig}${this.pick([...'ABCDEFGHIJKLMNOP'])}${this.chars(B64, 5)}=`;
  }
  searchKey(): string {
    return `${this.chars(B62, 42)}AzSe${this.pick([...'ABCD'])}${this.chars(B62, 5)}`;
  }
  acrKey(): string {
    return `${this.chars(B64, 42)}+ACR${this.pick([...'ABCD'])}${this.chars(B64, 5)}`;
  }
  /** Common annotated security key: 84 chars, `JQQJ99` at 52, provider signature at 76. */
  cask(provider: string, providerData = 'AAAA', longForm = false): string {
    const body = `${this.chars(B62, 52)}JQQJ99${this.pick([...B62])}${this.pick([...'ABCDEFGHIJKL'])}${'A'.repeat(12)}${providerData}${provider}${this.chars(B62, 4)}`;
    return longForm ? `${body}${this.chars(B62, 2)}==` : body;
  }
  sharedAccessKey(): string {
    return `${this.chars(B64, 43)}=`;
  }
  sasSignature(): string {
    return encodeURIComponent(`${this.chars(B64, 43)}=`);
  }
  entraSecret(): string {
    return `${this.chars(URL_UNRESERVED, 3)}8Q~${this.chars(URL_UNRESERVED, 34)}`;
  }
  entraSecretV7(): string {
    return `${this.chars(URL_UNRESERVED, 3)}7Q~${this.chars(URL_UNRESERVED, 31)}`;
  }
  entraLegacySecret(): string {
    return this.chars(`${B62}[]:@/?=+*-._`, 34);
  }
  hex32(): string {
    return this.chars(HEX, 32);
  }
  searchLegacy(): string {
    return this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32);
  }
  adoLegacyPat(): string {
    return this.chars(BASE32_LOWER, 52);
  }
  githubToken(prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr' = 'ghp'): string {
    return `${prefix}_${this.chars(B62, 36)}`;
  }
  githubFineGrained(): string {
    return `github_pat_${this.chars(B62, 22)}_${this.chars(B62, 59)}`;
  }
  openai(kind: '' | 'proj' | 'svcacct' | 'admin' = 'proj'): string {
    const head = kind ? `sk-${kind}-` : 'sk-';
    return kind ? `${head}${this.chars(`${B62}_-`, 74)}T3BlbkFJ${this.chars(`${B62}_-`, 74)}` : `${head}${this.chars(B62, 20)}T3BlbkFJ${this.chars(B62, 20)}`;
  }
  anthropic(kind: 'api03' | 'admin01' = 'api03'): string {
    return `sk-ant-${kind}-${this.chars(`${B62}_-`, 93)}AA`;
  }
  huggingface(): string {
    return `hf_${this.chars(LETTERS, 34)}`;
  }
  huggingfaceOrg(): string {
    return `api_org_${this.chars(LETTERS, 34)}`;
  }
  databricks(suffix = false): string {
    return `dapi${this.chars(HEX, 32)}${suffix ? '-2' : ''}`;
  }
  password(n = 16): string {
    return this.chars(`${B62}!*^_.-`, n);
  }
  /** A PEM block with a random body (64-char lines). */
  pem(label = 'RSA PRIVATE KEY', eol = '\n', bodyChars = 900): string {
    const body = this.chars(B64, bodyChars);
    const lines = body.match(/.{1,64}/g) ?? [];
    return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(eol);
  }
  jwt(): string {
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: this.chars(B62, 12), iat: 1700000000 + Math.floor(this.rnd() * 1e6) })).toString('base64url');
    return `${header}.${payload}.${this.chars(`${B62}_-`, 43)}`;
  }
}
