/**
 * Small, general text edits on YAML sources that keep the file valid and its layout intact.
 * They work on the parsed tree of ./parse.ts (nodes keep their source ranges) and return a
 * single `TextEdit` each, or `undefined` when the edit cannot be made safely (flow
 * collections, odd layouts). Rules use them to build quick fixes.
 *
 * Conventions
 * - An *entry* is a YAML fragment written at column 0 with two spaces per nesting level and
 *   `\n` line breaks, without a trailing newline, e.g. `'permissions:\n  contents: read'`.
 *   The helpers re-indent it to the target map's column and to the file's indentation unit
 *   (see `indentUnit`), and convert line breaks to the file's own (`eolOf`).
 * - "Block map" means a mapping written one key per line (`key: value`), possibly as the
 *   item of a block sequence (`- key: value`). Flow maps (`{ a: 1 }`) are left alone, except
 *   that an empty `{}` value can be replaced by a block map (`insertIntoKeyEdit`).
 * - Offsets are UTF-16 indices into `text`, as everywhere in the engine.
 */
import { isMap, isPair, isScalar } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { TextEdit } from '../../engine/types';
import { pairKeyName } from './parse';

/** The line break a text uses: `\r\n` when its first line break is one, else `\n`. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Offset of the start of the line after the one holding `offset`, or `text.length` on the last line. */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The file's indentation unit: the most common positive step between a `key:` line that
 * opens a nested mapping and the first line of that mapping. Defaults to two spaces.
 */
export function indentUnit(text: string): string {
  const counts = new Map<number, number>();
  const lines = text.split(/\r?\n|\r/, 2000);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    if (line.length > 300) continue;
    const hash = line.indexOf(' #');
    const body = (hash >= 0 ? line.slice(0, hash) : line).trimEnd();
    const lead = /^ */.exec(body)?.[0].length ?? 0;
    const first = body.charAt(lead);
    if (!body.endsWith(':') || first === '' || first === '#' || first === '-') continue;
    let j = i + 1;
    while (j < lines.length && /^\s*(?:#.*)?$/.test(lines[j] as string)) j++;
    const next = lines[j];
    if (next === undefined || /^\s*-(?:\s|$)/.test(next)) continue;
    const step = (/^ */.exec(next)?.[0].length ?? 0) - lead;
    if (step > 0 && step <= 8) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) {
      best = step;
      bestCount = count;
    }
  }
  return ' '.repeat(best);
}

/**
 * Re-indent an entry (see the module comment): every line gets `base`, then one `unit` per
 * two leading spaces it had; each line ends with `eol`.
 */
export function reindent(entry: string, base: string, unit: string, eol: string): string {
  let out = '';
  for (const line of entry.split('\n')) {
    const lead = /^ */.exec(line)?.[0].length ?? 0;
    out += (line.length ? base + unit.repeat(lead >> 1) + ' '.repeat(lead & 1) + line.slice(lead) : '') + eol;
  }
  return out;
}

/** The first key's column as spaces, i.e. the indentation of the map's keys; undefined for flow or empty maps. */
export function blockMapIndent(text: string, map: YAMLMap): string | undefined {
  if (!isMap(map) || map.flow) return undefined;
  const first = map.items.find((p) => isPair(p) && (p.key as Node | null)?.range);
  const start = (first?.key as Node | undefined)?.range?.[0];
  if (start === undefined) return undefined;
  return ' '.repeat(start - lineStartAt(text, start));
}

function keyStart(pair: Pair): number | undefined {
  return (pair.key as Node | null)?.range?.[0];
}

/**
 * Offset just after the last non-blank character a pair occupies (its value, or its key
 * when the value is empty). Block scalars kept with `|+` / `>+` end after their kept blank lines.
 */
export function pairContentEnd(text: string, pair: Pair): number {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  let end = key?.range?.[1] ?? 0;
  const vr = value?.range;
  if (vr && vr[1] > end) end = vr[1];
  if (isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') && vr) {
    const header = text.slice(vr[0], Math.min(vr[0] + 4, text.length));
    if (/^[|>][0-9]?\+/.test(header)) return vr[1];
  }
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) end--;
    else break;
  }
  return end;
}

/** Offset where a new line should go after a pair: the start of the line after its content. */
function lineAfterPair(text: string, pair: Pair): number {
  const end = pairContentEnd(text, pair);
  return end > 0 && text.charCodeAt(end - 1) === 10 ? end : nextLineStart(text, end);
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) if (isPair(item) && pairKeyName(item) === key) return item;
  return undefined;
}

export interface InsertOptions {
  /** Insert after this key's pair (its whole value); falls back to `before`, then to the end. */
  readonly after?: string | readonly string[];
  /** Insert before this key (only when the key starts its line). */
  readonly before?: string | readonly string[];
  /** Indentation unit; default `indentUnit(text)`. */
  readonly unit?: string;
  /** Line break; default `eolOf(text)`. */
  readonly eol?: string;
}

function asList(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

/** An insertion of `newText` at `offset`, adding a line break first when `offset` is the end of a text lacking one. */
function insertLinesAt(text: string, offset: number, lines: string, eol: string): TextEdit {
  const needsBreak = offset === text.length && offset > 0 && text.charCodeAt(offset - 1) !== 10 && text.charCodeAt(offset - 1) !== 13;
  return { start: offset, end: offset, newText: (needsBreak ? eol : '') + lines };
}

/**
 * Insert an entry as new key(s) of a block map: after the pair of `opts.after` (the first
 * one present), else before `opts.before`, else after the map's last pair.
 * Returns undefined for flow or empty maps.
 */
export function insertPairEdit(text: string, map: YAMLMap, entry: string, opts: InsertOptions = {}): TextEdit | undefined {
  const indent = blockMapIndent(text, map);
  if (indent === undefined) return undefined;
  const eol = opts.eol ?? eolOf(text);
  const lines = reindent(entry, indent, opts.unit ?? indentUnit(text), eol);
  for (const k of asList(opts.after)) {
    const p = findPair(map, k);
    if (p) return insertLinesAt(text, lineAfterPair(text, p), lines, eol);
  }
  for (const k of asList(opts.before)) {
    const p = findPair(map, k);
    const ks = p ? keyStart(p) : undefined;
    if (ks !== undefined) {
      const ls = lineStartAt(text, ks);
      if (/^[ \t]*$/.test(text.slice(ls, ks))) return { start: ls, end: ls, newText: lines };
    }
  }
  const last = [...map.items].reverse().find((p) => isPair(p));
  if (!last) return undefined;
  return insertLinesAt(text, lineAfterPair(text, last), lines, eol);
}

/**
 * Add an entry inside the mapping under `key` of `map`, creating what is missing:
 * - `key:` holds a block map → the entry goes after its last pair;
 * - `key:` is empty (null) or `{}` → the entry becomes its block content;
 * - `key` is absent → `key:` with the entry is inserted into `map` (placement per `opts`).
 * Returns undefined when `key` holds anything else (a scalar, a non-empty flow map, a sequence).
 */
export function insertIntoKeyEdit(text: string, map: YAMLMap, key: string, entry: string, opts: InsertOptions = {}): TextEdit | undefined {
  const unit = opts.unit ?? indentUnit(text);
  const eol = opts.eol ?? eolOf(text);
  const pair = findPair(map, key);
  if (!pair) {
    const nested = entry
      .split('\n')
      .map((l) => (l.length ? '  ' + l : l))
      .join('\n');
    return insertPairEdit(text, map, `${key}:\n${nested}`, { ...opts, unit, eol });
  }
  const value = pair.value as Node | null;
  if (isMap(value) && !value.flow && value.items.length > 0) return insertPairEdit(text, value, entry, { unit, eol });
  const ks = keyStart(pair);
  if (ks === undefined) return undefined;
  const keyIndent = blockMapIndent(text, map);
  if (keyIndent === undefined) return undefined;
  const lines = reindent(entry, keyIndent + unit, unit, eol);
  const emptyValue = value === null || (isScalar(value) && (value.value === null || value.value === undefined) && !(value.source ?? '').length);
  if (emptyValue) {
    const keyEnd = (pair.key as Node).range?.[1] ?? ks;
    const lineEnd = nextLineStart(text, keyEnd);
    return insertLinesAt(text, lineEnd, lines, eol);
  }
  if (isMap(value) && value.flow && value.items.length === 0 && value.range) {
    // `key: {}` → `key:` + block content; keep a trailing comment on the line.
    const [vs, ve] = value.range;
    let s = vs;
    while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
    const lineEnd = nextLineStart(text, ve);
    const rest = text.slice(ve, lineEnd).replace(/\r?\n$|\r$/, '');
    const atEnd = lineEnd === text.length && !/\n$/.test(text.slice(ve, lineEnd));
    return { start: s, end: lineEnd, newText: rest + eol + (atEnd ? lines.slice(0, -eol.length) : lines) };
  }
  return undefined;
}

/** A plain (unquoted) YAML scalar that reads back as the same string. */
export function isPlainSafe(value: string): boolean {
  if (value.length === 0 || value.length > 1000) return false;
  if (!/^[A-Za-z0-9_./$~+(][^\r\n]*$/.test(value)) return false;
  if (/:(\s|$)|\s#|\s$|^\s/.test(value)) return false;
  if (/^(?:true|false|yes|no|on|off|null|~|y|n)$/i.test(value)) return false;
  if (/^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(value) || /^0[xob]/i.test(value) || /^[-+]?\.(?:inf|nan)$/i.test(value)) return false;
  return true;
}

/** The YAML source for `value`: plain when safe, else double-quoted with JSON escapes. */
export function yamlString(value: string): string {
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/**
 * Replace a scalar's value, keeping its quoting style: single- and double-quoted stay so,
 * plain stays plain when the new value reads back as a string (else becomes double-quoted),
 * block scalars become double-quoted. Booleans and numbers are written plain.
 */
export function setScalarEdit(text: string, scalar: Scalar, value: string | number | boolean): TextEdit | undefined {
  const r = scalar.range;
  if (!r) return undefined;
  let src: string;
  if (typeof value !== 'string') src = String(value);
  else if (scalar.type === 'QUOTE_SINGLE') src = `'${value.replace(/'/g, "''")}'`;
  else if (scalar.type === 'QUOTE_DOUBLE') src = JSON.stringify(value);
  else if (scalar.type === 'PLAIN') src = yamlString(value);
  else src = JSON.stringify(value);
  let end = r[1];
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    // keep the line break that ends the block content
    while (end > r[0] && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  }
  return { start: r[0], end, newText: src };
}

/**
 * Replace a pair (key, value and the lines they span) by an entry at the same indentation.
 * When the key follows `- ` on its line, the entry's first line takes its place there.
 */
export function replacePairEdit(text: string, map: YAMLMap, pair: Pair, entry: string, opts: { unit?: string; eol?: string } = {}): TextEdit | undefined {
  if (map.flow || !map.items.includes(pair)) return undefined;
  const ks = keyStart(pair);
  if (ks === undefined) return undefined;
  const indent = ' '.repeat(ks - lineStartAt(text, ks));
  const eol = opts.eol ?? eolOf(text);
  const ls = lineStartAt(text, ks);
  const end = lineAfterPair(text, pair);
  let lines = reindent(entry, indent, opts.unit ?? indentUnit(text), eol);
  const atEnd = end === text.length && !/[\r\n]$/.test(text);
  if (atEnd) lines = lines.slice(0, -eol.length);
  if (/^[ \t]*$/.test(text.slice(ls, ks))) return { start: ls, end, newText: lines };
  return { start: ks, end, newText: lines.slice(indent.length) };
}

/**
 * Remove a pair with the lines it spans (comments on those lines go with it). When the key
 * follows `- ` on its line, the next pair moves up into its place; when it is the only pair
 * of such an item, nothing is done (undefined), since `-` alone would change the sequence.
 */
export function removePairEdit(text: string, map: YAMLMap, pair: Pair): TextEdit | undefined {
  if (map.flow || !map.items.includes(pair)) return undefined;
  const ks = keyStart(pair);
  if (ks === undefined) return undefined;
  const ls = lineStartAt(text, ks);
  const end = lineAfterPair(text, pair);
  if (/^[ \t]*$/.test(text.slice(ls, ks))) return { start: ls, end, newText: '' };
  const i = map.items.indexOf(pair);
  const next = map.items[i + 1];
  const ns = next && isPair(next) ? keyStart(next) : undefined;
  if (ns === undefined) return undefined;
  return { start: ks, end: ns, newText: '' };
}
