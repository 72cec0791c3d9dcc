/**
 * Bicep lexer: a single pass over the char codes of the text, producing a flat token
 * stream (parallel number arrays, no per-token objects), plus comments, diagnostic
 * pragmas and lexical errors. Newlines are tokens (a run of line breaks, with the
 * blank/comment-only lines between them, is one `NewLine` token), because Bicep is
 * newline-sensitive. String interpolation is lexed modally, as the official lexer
 * does: `'a${` is a left piece, `}b${` a middle piece and `}c'` a right piece, with
 * the hole's tokens in between. Multi-line strings `'''…'''` and interpolated
 * multi-line strings `$'''…${x}…'''` / `$$'''…$${x}…'''` are supported.
 *
 * Linear time: every loop advances `pos`; no regular expressions.
 */

export const Tok = {
  EOF: 0,
  NewLine: 1,
  Identifier: 2,
  Integer: 3,
  True: 4,
  False: 5,
  Null: 6,
  StringComplete: 7,
  StringLeft: 8,
  StringMiddle: 9,
  StringRight: 10,
  LBrace: 11,
  RBrace: 12,
  LParen: 13,
  RParen: 14,
  LSquare: 15,
  RSquare: 16,
  Comma: 17,
  Dot: 18,
  Question: 19,
  DoubleQuestion: 20,
  Colon: 21,
  DoubleColon: 22,
  Semicolon: 23,
  Assign: 24,
  Plus: 25,
  Minus: 26,
  Asterisk: 27,
  Slash: 28,
  Modulo: 29,
  Exclamation: 30,
  Lt: 31,
  Gt: 32,
  Le: 33,
  Ge: 34,
  Eq: 35,
  Ne: 36,
  EqI: 37,
  NeI: 38,
  And: 39,
  Or: 40,
  Arrow: 41,
  Pipe: 42,
  At: 43,
  Hat: 44,
  Ellipsis: 45,
  Unrecognized: 46,
} as const;
export type TokKind = (typeof Tok)[keyof typeof Tok];

/** Human-readable token names, for messages and dumps. */
export const TOKEN_TEXT: readonly string[] = [
  'end of file',
  'new line',
  'identifier',
  'integer',
  'true',
  'false',
  'null',
  'string',
  'string',
  'string',
  'string',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '?',
  '??',
  ':',
  '::',
  ';',
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '<',
  '>',
  '<=',
  '>=',
  '==',
  '!=',
  '=~',
  '!~',
  '&&',
  '||',
  '=>',
  '|',
  '@',
  '^',
  '...',
  'unrecognized character',
];

/** Flags on string tokens. */
export const StrFlag = {
  /** The closing delimiter (`'`, `'''`, `${`) was found. */
  Terminated: 1,
  /** Single-line string containing at least one escape sequence (value is not verbatim). */
  HasEscapes: 2,
  /** `'''` multi-line string (interpolated or not). */
  Multiline: 4,
  /** Shift for the count of `$` before an interpolated multi-line string's `'''`. */
  DollarShift: 3,
} as const;

export interface LexError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface Comment {
  readonly start: number;
  readonly end: number;
  /** `/* *\/` rather than `//`. */
  readonly block: boolean;
}

export type PragmaKind = 'disable-next-line' | 'disable-diagnostics' | 'restore-diagnostics';

export interface Pragma {
  readonly kind: PragmaKind;
  readonly start: number;
  readonly end: number;
  /** The diagnostic / rule ids listed after the keyword. */
  readonly ids: readonly string[];
  readonly idSpans: readonly { readonly start: number; readonly end: number }[];
}

export interface TokenStream {
  readonly text: string;
  readonly count: number;
  /** Token kinds (Tok); arrays may be longer than `count`. */
  readonly kinds: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** String-token flags (see StrFlag); 0 for other tokens. */
  readonly flags: Int32Array;
  readonly comments: Comment[];
  readonly pragmas: Pragma[];
  readonly errors: LexError[];
}

const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_BANG = 33;
const CH_HASH = 35;
const CH_DOLLAR = 36;
const CH_PERCENT = 37;
const CH_AMP = 38;
const CH_QUOTE = 39;
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_STAR = 42;
const CH_PLUS = 43;
const CH_COMMA = 44;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_SLASH = 47;
const CH_0 = 48;
const CH_9 = 57;
const CH_COLON = 58;
const CH_SEMI = 59;
const CH_LT = 60;
const CH_EQ = 61;
const CH_GT = 62;
const CH_QUESTION = 63;
const CH_AT = 64;
const CH_LSQUARE = 91;
const CH_BACKSLASH = 92;
const CH_RSQUARE = 93;
const CH_HAT = 94;
const CH_LBRACE = 123;
const CH_PIPE = 124;
const CH_RBRACE = 125;
const CH_TILDE = 126;
const CH_BOM = 0xfeff;

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
export function isIdentPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= CH_0 && c <= CH_9);
}
function isHex(c: number): boolean {
  return (c >= CH_0 && c <= CH_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Template stack entry for an object brace opened inside an interpolation hole. */
const TPL_BRACE = -1;

const PRAGMA_KEYWORDS: readonly PragmaKind[] = ['disable-next-line', 'disable-diagnostics', 'restore-diagnostics'];

export function lex(text: string): TokenStream {
  const n = text.length;
  // typed arrays (off-heap, no GC scanning), grown by doubling
  let cap = (n >> 3) + 64;
  let kinds = new Uint8Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let flags = new Int32Array(cap);
  let count = 0;
  const comments: Comment[] = [];
  const pragmas: Pragma[] = [];
  const errors: LexError[] = [];
  /** Entries: TPL_BRACE, 0 (single-line string hole) or n >= 1 (multi-line string hole with n `$`). */
  const templates: number[] = [];
  let pos = 0;
  if (n > 0 && text.charCodeAt(0) === CH_BOM) pos = 1;

  const grow = (): void => {
    cap *= 2;
    const k2 = new Uint8Array(cap);
    k2.set(kinds);
    kinds = k2;
    const s2 = new Int32Array(cap);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(cap);
    e2.set(ends);
    ends = e2;
    const f2 = new Int32Array(cap);
    f2.set(flags);
    flags = f2;
  };
  const push = (kind: number, s: number, e: number, f: number): void => {
    if (count === cap) grow();
    kinds[count] = kind;
    starts[count] = s;
    ends[count] = e;
    flags[count] = f;
    count++;
  };

  /** Scan a single-line string segment from `pos` (just after `'` or `}`); returns kind and flags. */
  const scanStringSegment = (first: boolean): void => {
    const s = first ? pos - 1 : pos - 1;
    let f = 0;
    for (;;) {
      if (pos >= n) {
        errors.push({ message: 'The string is not terminated.', start: s, end: pos });
        push(first ? Tok.StringComplete : Tok.StringRight, s, pos, f);
        if (!first) templates.pop();
        return;
      }
      const c = text.charCodeAt(pos);
      if (c === CH_LF || c === CH_CR) {
        errors.push({ message: 'The string is not terminated before the end of the line.', start: s, end: pos });
        push(first ? Tok.StringComplete : Tok.StringRight, s, pos, f);
        if (!first) templates.pop();
        return;
      }
      pos++;
      if (c === CH_QUOTE) {
        push(first ? Tok.StringComplete : Tok.StringRight, s, pos, f | StrFlag.Terminated);
        if (!first) templates.pop();
        return;
      }
      if (c === CH_DOLLAR && pos < n && text.charCodeAt(pos) === CH_LBRACE) {
        pos++;
        push(first ? Tok.StringLeft : Tok.StringMiddle, s, pos, f | StrFlag.Terminated);
        if (first) templates.push(0);
        return;
      }
      if (c !== CH_BACKSLASH) continue;
      f |= StrFlag.HasEscapes;
      const escStart = pos - 1;
      if (pos >= n) continue; // reported as unterminated on the next iteration
      const e = text.charCodeAt(pos);
      if (e === CH_LF || e === CH_CR) continue;
      pos++;
      if (e === 117 /* u */) {
        if (pos < n && text.charCodeAt(pos) === CH_LBRACE) {
          pos++;
          const hexStart = pos;
          while (pos < n && isHex(text.charCodeAt(pos)) && pos - hexStart < 16) pos++;
          const hexLen = pos - hexStart;
          if (hexLen > 0 && pos < n && text.charCodeAt(pos) === CH_RBRACE) {
            pos++;
            const cp = parseInt(text.slice(hexStart, hexStart + hexLen), 16);
            if (cp <= 0x10ffff) continue;
          }
        }
        errors.push({ message: 'Invalid Unicode escape: use \\u{hex digits} with a code point up to 10FFFF.', start: escStart, end: pos });
        continue;
      }
      if (e === 110 || e === 114 || e === 116 || e === CH_BACKSLASH || e === CH_QUOTE || e === CH_DOLLAR) continue;
      errors.push({
        message: "Unrecognized escape sequence; valid escapes are \\$ \\' \\\\ \\n \\r \\t \\u{...}.",
        start: escStart,
        end: pos,
      });
    }
  };

  /** Scan a multi-line string segment from `pos` (after the opening `'''` or the `}` of a hole). */
  const scanMultilineSegment = (s: number, first: boolean, dollars: number): void => {
    const base = StrFlag.Multiline | (dollars << StrFlag.DollarShift);
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === CH_DOLLAR) {
        let run = 0;
        while (pos < n && text.charCodeAt(pos) === CH_DOLLAR) {
          pos++;
          run++;
        }
        if (dollars > 0 && run >= dollars && pos < n && text.charCodeAt(pos) === CH_LBRACE) {
          pos++;
          push(first ? Tok.StringLeft : Tok.StringMiddle, s, pos, base | StrFlag.Terminated);
          if (first) templates.push(dollars);
          return;
        }
        continue;
      }
      if (c === CH_QUOTE) {
        let run = 0;
        while (pos < n && text.charCodeAt(pos) === CH_QUOTE) {
          pos++;
          run++;
        }
        if (run >= 3) {
          push(first ? Tok.StringComplete : Tok.StringRight, s, pos, base | StrFlag.Terminated);
          if (!first) templates.pop();
          return;
        }
        continue;
      }
      pos++;
    }
    errors.push({ message: "The multi-line string is not terminated with '''.", start: s, end: pos });
    push(first ? Tok.StringComplete : Tok.StringRight, s, pos, base);
    if (!first) templates.pop();
  };

  const scanPragma = (hashPos: number): boolean => {
    // only whitespace between line start and '#'
    let b = hashPos - 1;
    while (b >= 0) {
      const c = text.charCodeAt(b);
      if (c === CH_SPACE || c === CH_TAB || c === CH_BOM) b--;
      else break;
    }
    if (b >= 0) {
      const c = text.charCodeAt(b);
      if (c !== CH_LF && c !== CH_CR) return false;
    }
    let kind: PragmaKind | undefined;
    for (const k of PRAGMA_KEYWORDS) {
      if (text.startsWith(k, hashPos + 1)) {
        const after = hashPos + 1 + k.length;
        const c = after < n ? text.charCodeAt(after) : CH_LF;
        if (c === CH_SPACE || c === CH_TAB || c === CH_LF || c === CH_CR) {
          kind = k;
          break;
        }
      }
    }
    if (!kind) return false;
    let p = hashPos + 1 + kind.length;
    let end = p;
    const ids: string[] = [];
    const idSpans: { start: number; end: number }[] = [];
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === CH_SPACE || c === CH_TAB) {
        p++;
        continue;
      }
      if (isIdentPart(c) || c === CH_MINUS) {
        const idStart = p;
        while (p < n) {
          const d = text.charCodeAt(p);
          if (isIdentPart(d) || d === CH_MINUS) p++;
          else break;
        }
        ids.push(text.slice(idStart, p));
        idSpans.push({ start: idStart, end: p });
        end = p;
        continue;
      }
      break;
    }
    if (ids.length === 0) {
      errors.push({
        message: `Expected at least one diagnostic code after #${kind}, e.g. "#${kind} rule-id".`,
        start: hashPos,
        end,
      });
    }
    pragmas.push({ kind, start: hashPos, end, ids, idSpans });
    pos = end;
    return true;
  };

  while (pos < n) {
    const c = text.charCodeAt(pos);
    // ---- trivia
    if (c === CH_SPACE || c === CH_TAB) {
      pos++;
      continue;
    }
    if (c === CH_SLASH) {
      const d = pos + 1 < n ? text.charCodeAt(pos + 1) : 0;
      if (d === CH_SLASH) {
        const s = pos;
        pos += 2;
        while (pos < n) {
          const e = text.charCodeAt(pos);
          if (e === CH_LF || e === CH_CR) break;
          pos++;
        }
        comments.push({ start: s, end: pos, block: false });
        continue;
      }
      if (d === CH_STAR) {
        const s = pos;
        pos += 2;
        let closed = false;
        while (pos < n) {
          if (text.charCodeAt(pos) === CH_STAR && pos + 1 < n && text.charCodeAt(pos + 1) === CH_SLASH) {
            pos += 2;
            closed = true;
            break;
          }
          pos++;
        }
        if (!closed) errors.push({ message: 'The block comment is not terminated with */.', start: s, end: pos });
        comments.push({ start: s, end: pos, block: true });
        continue;
      }
    }
    if (c === CH_HASH && templates.length === 0 && scanPragma(pos)) continue;

    const s = pos;
    pos++;
    switch (c) {
      case CH_LF:
      case CH_CR: {
        if (templates.length > 0) {
          // a newline inside an interpolation hole ends the string with an error
          pos = s;
          errors.push({ message: 'The string is not terminated before the end of the line.', start: s, end: s });
          push(Tok.StringRight, s, s, 0);
          templates.length = 0;
          continue;
        }
        while (pos < n) {
          const e = text.charCodeAt(pos);
          if (e === CH_LF || e === CH_CR) pos++;
          else break;
        }
        const last = count - 1;
        if (last >= 0 && kinds[last] === Tok.NewLine) ends[last] = pos;
        else push(Tok.NewLine, s, pos, 0);
        continue;
      }
      case CH_LBRACE:
        if (templates.length > 0) templates.push(TPL_BRACE);
        push(Tok.LBrace, s, pos, 0);
        continue;
      case CH_RBRACE: {
        if (templates.length > 0) {
          const top = templates[templates.length - 1] as number;
          if (top === TPL_BRACE) {
            templates.pop();
          } else if (top === 0) {
            scanStringSegment(false);
            continue;
          } else {
            scanMultilineSegment(s, false, top);
            continue;
          }
        }
        push(Tok.RBrace, s, pos, 0);
        continue;
      }
      case CH_LPAREN:
        push(Tok.LParen, s, pos, 0);
        continue;
      case CH_RPAREN:
        push(Tok.RParen, s, pos, 0);
        continue;
      case CH_LSQUARE:
        push(Tok.LSquare, s, pos, 0);
        continue;
      case CH_RSQUARE:
        push(Tok.RSquare, s, pos, 0);
        continue;
      case CH_AT:
        push(Tok.At, s, pos, 0);
        continue;
      case CH_COMMA:
        push(Tok.Comma, s, pos, 0);
        continue;
      case CH_DOT:
        if (text.charCodeAt(pos) === CH_DOT && text.charCodeAt(pos + 1) === CH_DOT) {
          pos += 2;
          push(Tok.Ellipsis, s, pos, 0);
        } else push(Tok.Dot, s, pos, 0);
        continue;
      case CH_QUESTION:
        if (text.charCodeAt(pos) === CH_QUESTION) {
          pos++;
          push(Tok.DoubleQuestion, s, pos, 0);
        } else push(Tok.Question, s, pos, 0);
        continue;
      case CH_COLON:
        if (text.charCodeAt(pos) === CH_COLON) {
          pos++;
          push(Tok.DoubleColon, s, pos, 0);
        } else push(Tok.Colon, s, pos, 0);
        continue;
      case CH_SEMI:
        push(Tok.Semicolon, s, pos, 0);
        continue;
      case CH_PLUS:
        push(Tok.Plus, s, pos, 0);
        continue;
      case CH_MINUS:
        push(Tok.Minus, s, pos, 0);
        continue;
      case CH_PERCENT:
        push(Tok.Modulo, s, pos, 0);
        continue;
      case CH_STAR:
        push(Tok.Asterisk, s, pos, 0);
        continue;
      case CH_SLASH:
        push(Tok.Slash, s, pos, 0);
        continue;
      case CH_HAT:
        push(Tok.Hat, s, pos, 0);
        continue;
      case CH_BANG: {
        const d = text.charCodeAt(pos);
        if (d === CH_EQ) {
          pos++;
          push(Tok.Ne, s, pos, 0);
        } else if (d === CH_TILDE) {
          pos++;
          push(Tok.NeI, s, pos, 0);
        } else push(Tok.Exclamation, s, pos, 0);
        continue;
      }
      case CH_LT:
        if (text.charCodeAt(pos) === CH_EQ) {
          pos++;
          push(Tok.Le, s, pos, 0);
        } else push(Tok.Lt, s, pos, 0);
        continue;
      case CH_GT:
        if (text.charCodeAt(pos) === CH_EQ) {
          pos++;
          push(Tok.Ge, s, pos, 0);
        } else push(Tok.Gt, s, pos, 0);
        continue;
      case CH_EQ: {
        const d = text.charCodeAt(pos);
        if (d === CH_EQ) {
          pos++;
          push(Tok.Eq, s, pos, 0);
        } else if (d === CH_TILDE) {
          pos++;
          push(Tok.EqI, s, pos, 0);
        } else if (d === CH_GT) {
          pos++;
          push(Tok.Arrow, s, pos, 0);
        } else push(Tok.Assign, s, pos, 0);
        continue;
      }
      case CH_AMP:
        if (text.charCodeAt(pos) === CH_AMP) {
          pos++;
          push(Tok.And, s, pos, 0);
        } else {
          errors.push({ message: "Unrecognized token '&'; did you mean '&&'?", start: s, end: pos });
          push(Tok.Unrecognized, s, pos, 0);
        }
        continue;
      case CH_PIPE:
        if (text.charCodeAt(pos) === CH_PIPE) {
          pos++;
          push(Tok.Or, s, pos, 0);
        } else push(Tok.Pipe, s, pos, 0);
        continue;
      case CH_QUOTE:
        if (text.charCodeAt(pos) === CH_QUOTE && text.charCodeAt(pos + 1) === CH_QUOTE) {
          pos += 2;
          scanMultilineSegment(s, true, 0);
        } else {
          scanStringSegment(true);
        }
        continue;
      case CH_DOLLAR: {
        let dollars = 1;
        while (pos < n && text.charCodeAt(pos) === CH_DOLLAR) {
          pos++;
          dollars++;
        }
        if (text.charCodeAt(pos) === CH_QUOTE && text.charCodeAt(pos + 1) === CH_QUOTE && text.charCodeAt(pos + 2) === CH_QUOTE) {
          pos += 3;
          scanMultilineSegment(s, true, dollars);
        } else {
          errors.push({ message: "Unrecognized token '$': an interpolated multi-line string starts with $'''.", start: s, end: pos });
          push(Tok.Unrecognized, s, pos, 0);
        }
        continue;
      }
      default:
        if (c >= CH_0 && c <= CH_9) {
          while (pos < n) {
            const d = text.charCodeAt(pos);
            if (d >= CH_0 && d <= CH_9) pos++;
            else break;
          }
          push(Tok.Integer, s, pos, 0);
          continue;
        }
        if (isIdentStart(c)) {
          while (pos < n && isIdentPart(text.charCodeAt(pos))) pos++;
          const len = pos - s;
          let kind: number = Tok.Identifier;
          if (len === 4) {
            if (text.startsWith('true', s)) kind = Tok.True;
            else if (text.startsWith('null', s)) kind = Tok.Null;
          } else if (len === 5 && text.startsWith('false', s)) kind = Tok.False;
          push(kind, s, pos, 0);
          continue;
        }
        {
          // unrecognized: keep surrogate pairs together
          if (c >= 0xd800 && c <= 0xdbff && pos < n) {
            const d = text.charCodeAt(pos);
            if (d >= 0xdc00 && d <= 0xdfff) pos++;
          }
          const ch = text.slice(s, pos);
          errors.push({
            message: c === 34 ? 'Strings in Bicep use single quotes, not double quotes.' : `Unrecognized character '${ch}'.`,
            start: s,
            end: pos,
          });
          push(Tok.Unrecognized, s, pos, 0);
        }
        continue;
    }
  }
  push(Tok.EOF, n, n, 0);
  return { text, count, kinds, starts, ends, flags, comments, pragmas, errors };
}

const ESCAPES: Record<number, string> = { 110: '\n', 114: '\r', 116: '\t', 92: '\\', 39: "'", 36: '$' };

/** The content range (between delimiters) of a string token. */
export function stringContentRange(ts: TokenStream, i: number): { start: number; end: number } {
  const kind = ts.kinds[i] as number;
  const s = ts.starts[i] as number;
  const e = ts.ends[i] as number;
  const f = ts.flags[i] as number;
  const terminated = (f & StrFlag.Terminated) !== 0;
  if (f & StrFlag.Multiline) {
    const dollars = f >> StrFlag.DollarShift;
    let cs: number;
    if (kind === Tok.StringComplete || kind === Tok.StringLeft) {
      cs = s + dollars + 3;
      // a leading line break right after ''' is not part of the value
      if (ts.text.charCodeAt(cs) === CH_CR) cs++;
      if (ts.text.charCodeAt(cs) === CH_LF) cs++;
    } else cs = s + 1;
    let ce: number;
    if (!terminated) ce = e;
    else if (kind === Tok.StringComplete || kind === Tok.StringRight) ce = e - 3;
    else ce = e - dollars - 1;
    if (ce < cs) ce = cs;
    return { start: Math.min(cs, e), end: Math.max(Math.min(cs, e), ce) };
  }
  const cs = s + 1;
  let ce: number;
  if (!terminated) ce = e;
  else if (kind === Tok.StringComplete || kind === Tok.StringRight) ce = e - 1;
  else ce = e - 2;
  return { start: Math.min(cs, e), end: Math.max(Math.min(cs, e), ce) };
}

/** Decode the value of a string token's content (escape sequences resolved for single-line strings). */
export function decodeStringToken(ts: TokenStream, i: number): string {
  const { start, end } = stringContentRange(ts, i);
  const f = ts.flags[i] as number;
  const text = ts.text;
  if ((f & StrFlag.HasEscapes) === 0) return text.slice(start, end);
  const parts: string[] = [];
  let runStart = start;
  let p = start;
  while (p < end) {
    if (text.charCodeAt(p) !== CH_BACKSLASH) {
      p++;
      continue;
    }
    if (p > runStart) parts.push(text.slice(runStart, p));
    const e = p + 1 < end ? text.charCodeAt(p + 1) : -1;
    if (e === 117 /* u */ && text.charCodeAt(p + 2) === CH_LBRACE) {
      let q = p + 3;
      while (q < end && isHex(text.charCodeAt(q)) && q - p < 20) q++;
      if (q < end && text.charCodeAt(q) === CH_RBRACE && q > p + 3) {
        const cp = parseInt(text.slice(p + 3, q), 16);
        if (cp <= 0x10ffff) {
          parts.push(String.fromCodePoint(cp));
          p = q + 1;
          runStart = p;
          continue;
        }
      }
      parts.push('\\u');
      p += 2;
      runStart = p;
      continue;
    }
    const rep = ESCAPES[e];
    if (rep !== undefined) {
      parts.push(rep);
      p += 2;
    } else {
      // invalid escape (already reported): keep it literally
      parts.push(text.slice(p, Math.min(p + 2, end)));
      p = Math.min(p + 2, end);
    }
    runStart = p;
  }
  if (runStart < end) parts.push(text.slice(runStart, end));
  return parts.join('');
}
