/**
 * Fake secrets in real formats, generated from a seed at test time so that no
 * real-looking token is committed. Deterministic: the same seed gives the same values.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function randomFrom(alphabet: string, length: number, rnd: () => number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rnd() * alphabet.length)];
  return out;
}

/** An 88-character base64 Azure Storage account key (64 random bytes). */
export function fakeStorageKey(seed = 1): string {
  return randomFrom(B64, 86, seededRandom(seed)) + '==';
}

export function fakeStorageConnectionString(seed = 1, account = 'contosodata'): string {
  return `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${fakeStorageKey(seed)};EndpointSuffix=core.windows.net`;
}
