/**
 * A tolerant, linear-time JSON (and JSON-with-comments) scanner that emits a
 * `stringScalar` event per string value and per key, with key context and path.
 * It does not build a tree: value-level rules (secrets) are all JSON needs.
 */
import type { StringScalar } from '../../engine/hooks';

interface Container {
  readonly kind: 'object' | 'array';
  readonly path: readonly (string | number)[];
  readonly key: string | undefined;
  index: number;
  pendingKey: string | undefined;
  expectKey: boolean;
}

export interface JsonSyntaxError {
  readonly message: string;
  readonly span: { start: number; end: number };
}

/**
 * Paths are copied per container and per value, so they are capped: past this depth a value's path
 * is its ancestor's. Without the cap, 10,000 nested arrays took seconds and hundreds of MB
 * (quadratic; found by scripts/fuzz.ts). Real documents are far shallower.
 */
const MAX_PATH_DEPTH = 64;

function extend(path: readonly (string | number)[], seg: string | number): readonly (string | number)[] {
  return path.length >= MAX_PATH_DEPTH ? path : [...path, seg];
}

export function scanJson(text: string, onScalar: (s: StringScalar) => void, shouldStop: () => boolean): JsonSyntaxError[] {
  const errors: JsonSyntaxError[] = [];
  const stack: Container[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let steps = 0;
  const top = () => stack[stack.length - 1];
  while (i < n) {
    if ((++steps & 4095) === 0 && shouldStop()) return errors;
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        errors.push({ message: 'unterminated comment', span: { start: i, end: n } });
        return errors;
      }
      i = close + 2;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const parent = top();
      const key = parent?.kind === 'object' ? parent.pendingKey : parent?.key;
      const seg = parent ? extend(parent.path, parent.kind === 'object' ? parent.pendingKey ?? '?' : parent.index) : [];
      stack.push({ kind: c === 123 ? 'object' : 'array', path: seg, key, index: 0, pendingKey: undefined, expectKey: c === 123 });
      i++;
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      if (!stack.length) errors.push({ message: `unexpected '${text[i]}'`, span: { start: i, end: i + 1 } });
      stack.pop();
      i++;
      continue;
    }
    if (c === 44 /* , */) {
      const t = top();
      if (t) {
        if (t.kind === 'array') t.index++;
        else {
          t.expectKey = true;
          t.pendingKey = undefined;
        }
      }
      i++;
      continue;
    }
    if (c === 58 /* : */) {
      const t = top();
      if (t) t.expectKey = false;
      i++;
      continue;
    }
    if (c === 34 /* " */) {
      const start = i;
      let j = i + 1;
      let escaped = false;
      let out = '';
      let segStart = j;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 34) break;
        if (d === 10 || d === 13) break;
        if (d === 92 /* \ */) {
          escaped = true;
          out += text.slice(segStart, j);
          const e = text[j + 1];
          j++;
          switch (e) {
            case 'n':
              out += '\n';
              break;
            case 't':
              out += '\t';
              break;
            case 'r':
              out += '\r';
              break;
            case 'b':
              out += '\b';
              break;
            case 'f':
              out += '\f';
              break;
            case 'u': {
              const hex = text.slice(j + 1, j + 5);
              if (/^[0-9a-fA-F]{4}$/.test(hex)) {
                out += String.fromCharCode(parseInt(hex, 16));
                j += 4;
              }
              break;
            }
            default:
              out += e ?? '';
          }
          segStart = j + 1;
        }
      }
      const closed = text.charCodeAt(j) === 34;
      if (!closed) errors.push({ message: 'unterminated string', span: { start, end: j } });
      const value = escaped ? out + text.slice(segStart, j) : text.slice(start + 1, j);
      const end = closed ? j + 1 : j;
      i = end;
      const t = top();
      if (t?.kind === 'object' && t.expectKey) {
        t.pendingKey = value;
        onScalar({ value, span: { start, end }, valueStart: escaped ? undefined : start + 1, key: t.key, path: t.path, interpolated: false, isKey: true });
      } else {
        const key = t?.kind === 'object' ? t.pendingKey : t?.key;
        const path = t ? extend(t.path, t.kind === 'object' ? t.pendingKey ?? '?' : t.index) : [];
        onScalar({ value, span: { start, end }, valueStart: escaped ? undefined : start + 1, key, path, interpolated: false, isKey: false });
      }
      continue;
    }
    // numbers, true/false/null, or garbage: skip the token
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || d === 58 || d === 34) break;
      j++;
    }
    i = j;
  }
  if (stack.length) errors.push({ message: `unclosed ${top()?.kind === 'array' ? "'['" : "'{'"}`, span: { start: Math.max(0, n - 1), end: n } });
  return errors;
}
