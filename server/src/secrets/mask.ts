/**
 * Masking: the only form in which a secret may leave the library. At most the first
 * four characters are shown (two for secrets shorter than 12, none below 6), followed
 * by an ellipsis and the length.
 */

/** How many leading characters of a secret of `length` may be shown. */
export function visiblePrefixLength(length: number): number {
  if (length >= 12) return 4;
  if (length >= 6) return 2;
  return 0;
}

/** The shown part of a secret: at most its first 4 characters, then `…`. Backticks are dropped. */
export function secretPrefix(secret: string): string {
  const shown = secret.slice(0, visiblePrefixLength(secret.length)).replace(/[`\r\n\t]/g, '');
  return `${shown}…`;
}

/** `Xk3J… (88 chars)`. */
export function maskSecret(secret: string): string {
  return `${secretPrefix(secret)} (${secret.length} chars)`;
}
