/**
 * The library's entry points: scan one string value and return where secrets sit in it.
 *
 *   scanValue(value, ctx)   every match, known formats first, overlaps resolved
 *   scanKnown(value, ctx)   only recognised formats (the `hardcoded-secret` rule)
 *   scanGeneric(value, ctx) only keyword + entropy matches that no known format covers
 */
import { DETECTOR_BY_ID, FORMAT_SCANNERS, type RawMatch, type ScanInput } from './detectors';
import { asciiLower } from './formats';
import { classifyKeyName } from './keyNames';
import { scanByKey, scanEmbedded } from './named';
import type { ScanContext, SecretKind, SecretMatch } from './types';

/** Values longer than this are scanned only in their first MAX_SCAN_LENGTH characters. */
export const MAX_SCAN_LENGTH = 1_000_000;

function makeInput(value: string, ctx: ScanContext): ScanInput {
  const v = value.length > MAX_SCAN_LENGTH ? value.slice(0, MAX_SCAN_LENGTH) : value;
  const lower = asciiLower(v);
  const nearby = ctx.nearby ? asciiLower(ctx.nearby.slice(0, 20_000)) : '';
  return {
    value: v,
    lower,
    ctx,
    keyInfo: classifyKeyName(ctx.key, ctx.generic?.extraSecretNames),
    hintsLower: nearby ? `${nearby}\n${lower.length > 20_000 ? lower.slice(0, 20_000) : lower}` : lower,
  };
}

function kindOf(id: string): SecretKind {
  return DETECTOR_BY_ID.get(id)?.kind ?? 'known-format';
}

function collect(input: ScanInput, which: 'known' | 'all'): RawMatch[] {
  const disabled = input.ctx.disabledDetectors;
  const raw: RawMatch[] = [];
  for (const scanner of FORMAT_SCANNERS) {
    if (disabled && scanner.ids.every((id) => disabled.includes(id))) continue;
    if (!scanner.prefilter(input)) continue;
    raw.push(...scanner.find(input));
  }
  raw.push(...scanByKey(input), ...scanEmbedded(input));
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
