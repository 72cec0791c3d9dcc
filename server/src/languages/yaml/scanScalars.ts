/**
 * A linear-time, error-tolerant scanner that emits one `StringScalar` per YAML string
 * scalar, for files too large for the full `yaml` parse (see `limits.fullParseKb`).
 *
 * Events: every string value (quoted, block, and plain scalars the core schema does not
 * read as null, bool or number; tags such as `!!str`/`!!int` are honoured), plus every
 * quoted key (isKey; plain keys are names only). `key` is the nearest mapping key (items
 * of a sequence inherit it), `path` the key route from the document root with sequence
 * indices as numbers and '?' for a key that is not a scalar; a quoted key's own event has
 * its mapping's key and path. `span` is the literal (quotes included; a block scalar runs
 * from its `|`/`>` to the end of its last content line, line break included, as the
 * library's range). `valueStart` is set when the value stands verbatim at the literal's
 * start (after the quote). `interpolated` is always false.
 *
 * It builds no tree. It is a char-code loop that follows the `yaml` library's lexer
 * (scalar boundaries, indentation thresholds, block-scalar extents) and a small
 * indentation stack that follows the library's parser (which key a value belongs to),
 * so on valid YAML its events equal `walkYamlScalars`'s on the same text. On broken
 * input it keeps going where the library gives up, and differs on purpose:
 * - a lone CR is a line break (the library treats it as content);
 * - a quoted scalar that is never closed ends at the first line that does not continue
 *   it (less indented), not at the end of the file;
 * - after a structure error the library may drop the rest of a document; this keeps
 *   reading it;
 * - a flow collection used as a key is only recognised (and its scalars dropped) when
 *   it fits on one line within 1024 characters, as the spec requires of implicit keys;
 * - paths deeper than MAX_PATH_DEPTH are truncated.
 * Nesting is kept on explicit stacks (no recursion); every loop advances.
 */
import type { StringScalar } from '../../engine/hooks';
import { pathLink, YamlScalar, type PathLink } from './walk';

/** Emitted paths are cut at this many elements (10,000-level nesting stays linear). */
export const MAX_PATH_DEPTH = 256;

const TAB = 9;
const LF = 10;
const CR = 13;
const SP = 32;
const BANG = 33;
const DQ = 34;
const HASH = 35;
const PCT = 37;
const AMP = 38;
const SQ = 39;
const STAR = 42;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GT = 62;
const QMARK = 63;
const LBRACK = 91;
const BSLASH = 92;
const RBRACK = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;
const BOM = 0xfeff;

const MAP = 0;
const SEQ = 1;

/** Pair / item states. */
const ST_KEY = 0; // flow map: expecting a key; flow seq pair: expecting the pair's key
const ST_KEYSEEN = 1; // a key is there, its `:` is not (explicit `?` keys, flow keys)
const ST_VALUE = 2; // the value is pending
const ST_DONE = 3; // the value is there

/** What a node is, where it stands. */
const R_VALUE = 0;
const R_KEY = 1;
const R_SKIP = 2;

/** Scalar types of the core schema (and of explicit tags). */
const T_STR = 0;
const T_NULL = 1;
const T_BOOL = 2;
const T_INT = 3;
const T_INT_OCT = 4;
const T_INT_HEX = 5;
const T_NANINF = 6;
const T_FLOAT = 7;
const T_OTHER = 8;

const STOP: unique symbol = Symbol('stop');

/** Characters allowed in a tag shorthand (as the `yaml` lexer reads them). */
const TAG_CHARS = new Uint8Array(128);
for (const ch of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()") TAG_CHARS[ch.charCodeAt(0)] = 1;

interface Frame {
  kind: number;
  flow: boolean;
  /** Block collections: the parser's indentation of the collection. */
  indent: number;
  state: number;
  /** Block maps: the current pair has an explicit `?` key still waiting for its `:`. */
  explicit: boolean;
  /** Maps: the current pair's key; flow sequences: the key of the current single-pair item. */
  key: string | undefined;
  /** Flow sequences: the current item is a single-pair mapping (`[a: b]`). */
  pair: boolean;
  /** Flow sequences: the current item has started. */
  itemOpen: boolean;
  index: number;
  /** Inside a mapping key: nothing under it is emitted. */
  suppressed: boolean;
  /** The nearest key above this collection. */
  containerKey: string | undefined;
  /** Flow collections: `pending.length` when it opened (dropped if it turns out to be a key); -1 when not buffering. */
  bufMark: number;
  /** Flow collections: opened as an item value of a flow sequence (may still become a pair key). */
  seqItem: boolean;
  /**
   * The route through this frame's segments, and what it was built from: still valid while
   * these equal the frame's fields and the route of the frame below (see `routeLink`).
   */
  link: PathLink | undefined;
  linkParent: PathLink | undefined;
  linkKind: number;
  linkKey: string | undefined;
  linkIndex: number;
  linkPair: boolean;
}

function isBreak(c: number): boolean {
  return c === LF || c === CR;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE;
}

/**
 * Calls `onScalar` for each string scalar of `text` (all documents), in document order
 * (the scalars of a one-line flow collection arrive when it closes). `shouldStop` is
 * polled every 1024 steps; when it returns true the scan ends quietly. Exceptions thrown
 * by `onScalar` (a cancellation) propagate unchanged. Never throws on its own.
 */
export function scanYamlScalars(text: string, onScalar: (s: StringScalar) => void, shouldStop?: () => boolean): void {
  const scanner = new Scanner(text, onScalar, shouldStop);
  try {
    scanner.run();
  } catch (e) {
    if (e !== STOP) throw e;
  }
}

class Scanner {
  private readonly n: number;
  private pos = 0;
  private lineStart = 0;
  /** The lexer's indentation of the current line (spaces, then block indicators). */
  private indentValue = 0;
  /** The lexer's minimum indentation for a scalar to continue on the next line. */
  private indentNext = 0;
  /** The parser's indentation of the current line (spaces and block indicators). */
  private lineInd = 0;
  private firstOnLine = true;
  /** A flow collection ended on this line: further nodes on it are junk (the library drops them). */
  private lineJunk = false;
  private inDoc = false;
  private rootDone = false;
  /** The open collections, innermost last: `frames[0..depth)` (objects are reused). */
  private readonly frames: Frame[] = [];
  private depth = 0;
  private flowDepth = 0;
  private flowKey = false;
  /**
   * Events of a flow collection that may still turn out to be a mapping key (`[a, b]: c`).
   * Implicit keys fit on one line of at most 1024 characters, so buffering stops (and the
   * buffer is flushed) at the first line break or 1024 characters after the collection opened.
   */
  private readonly pending: StringScalar[] = [];
  private buffering = false;
  private flowStartPos = 0;
  private tag: string | undefined = undefined;
  private steps = 0;
  // results of the last scalar scan
  private scanMulti = false;
  private scanClosed = false;
  private scanEscaped = false;
  private scanContentEnd = 0;
  private scanLastLineStart = -1;
  // the frame state before the last role decision (undone when a flow collection turns out to be a key)
  private sFrame: Frame | undefined = undefined;
  private sState = 0;
  private sIndex = 0;
  private sKey: string | undefined = undefined;
  private sExplicit = false;
  private sRootDone = false;
  private flowKeyAtLS = false;

  constructor(
    private readonly text: string,
    private readonly onScalar: (s: StringScalar) => void,
    private readonly shouldStop: (() => boolean) | undefined,
  ) {
    this.n = text.length;
  }

  run(): void {
    if (this.text.charCodeAt(0) === BOM) this.pos = 1;
    while (this.pos < this.n) {
      this.tick();
      const before = this.pos;
      this.line();
      if (this.pos <= before) this.pos = this.nextLine(before);
    }
    this.endDocument();
  }

  private tick(): void {
    if ((++this.steps & 1023) === 0 && this.shouldStop !== undefined && this.shouldStop()) throw STOP;
  }

  /** Whitespace, a line break or the end of the text. */
  private isEmptyAt(i: number): boolean {
    if (i >= this.n) return true;
    const c = this.text.charCodeAt(i);
    return c === SP || c === TAB || c === LF || c === CR;
  }

  private isMarker(p: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c !== DASH && c !== DOT) return false;
    return t.charCodeAt(p + 1) === c && t.charCodeAt(p + 2) === c && this.isEmptyAt(p + 3);
  }

  /** Offset just after the line break at `p` (CRLF counts once). */
  private afterBreak(p: number): number {
    return this.text.charCodeAt(p) === CR && this.text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
  }

  private lineEnd(p: number): number {
    const t = this.text;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === LF || c === CR) return p;
      p++;
    }
    return n;
  }

  private nextLine(p: number): number {
    const e = this.lineEnd(p);
    return e >= this.n ? this.n : this.afterBreak(e);
  }

  private skipBlanks(p: number): number {
    const t = this.text;
    let c = t.charCodeAt(p);
    while (c === SP || c === TAB) c = t.charCodeAt(++p);
    return p;
  }

  // ---------------------------------------------------------------- lines (block context)

  private line(): void {
    let p = this.pos;
    this.lineStart = p;
    this.firstOnLine = true;
    this.lineJunk = false;
    let c = this.text.charCodeAt(p);
    if (!this.inDoc) {
      if (c === PCT) {
        this.pos = this.nextLine(p);
        return;
      }
      const q = this.skipBlanks(p);
      const d = this.text.charCodeAt(q);
      if (q >= this.n || d === LF || d === CR || d === HASH) {
        this.pos = this.nextLine(q);
        return;
      }
      this.inDoc = true;
    }
    if ((c === DASH || c === DOT) && this.isMarker(p)) {
      this.endDocument();
      this.pos = p + 3;
      this.indentValue = 0;
      this.indentNext = 0;
      this.lineInd = 0;
      if (c === DASH) {
        this.doc();
      } else {
        this.inDoc = false;
        this.pos = this.nextLine(p + 3);
      }
      return;
    }
    let sp = 0;
    while (this.text.charCodeAt(p) === SP) {
      p++;
      sp++;
    }
    this.indentValue = sp;
    if (this.indentNext > sp && !this.isEmptyAt(p + 1)) this.indentNext = sp;
    this.lineInd = sp;
    for (;;) {
      c = this.text.charCodeAt(p);
      if ((c === DASH || c === QMARK || c === COLON) && this.isEmptyAt(p + 1)) {
        const col = this.lineInd;
        if (c === DASH) this.seqIndicator(col);
        else if (c === QMARK) this.explicitKey(col);
        else this.valueIndicator(col);
        this.indentNext = this.indentValue + 1;
        const ws = p + 1;
        const q = this.skipBlanks(ws);
        this.indentValue += q - p;
        this.lineInd += 1 + (this.text.charCodeAt(ws) === SP ? q - ws : 0);
        p = q;
        continue;
      }
      break;
    }
    this.pos = p;
    this.doc();
  }

  /** The rest of a line in block context; returns at the start of the next line to read. */
  private doc(): void {
    for (;;) {
      this.tick();
      const p = this.skipBlanks(this.pos);
      this.pos = p;
      if (p >= this.n) return;
      const c = this.text.charCodeAt(p);
      if (c === LF || c === CR) {
        this.pos = this.afterBreak(p);
        return;
      }
      if (c === BANG) {
        this.readTag();
        continue;
      }
      if (c === AMP) {
        this.pos = this.skipAnchor(p + 1);
        continue;
      }
      if ((c === DASH || c === QMARK || c === COLON) && this.isEmptyAt(p + 1)) {
        this.indentNext = this.indentValue + 1;
        const col = p - this.lineStart;
        if (c === COLON) {
          this.handleKey(this.lineInd, undefined, this.firstOnLine);
        } else if (c === DASH) this.seqIndicator(col);
        else this.explicitKey(col);
        this.firstOnLine = false;
        this.pos = p + 1;
        continue;
      }
      switch (c) {
        case HASH:
          this.pos = this.lineEnd(p);
          continue;
        case LBRACE:
        case LBRACK:
          if (this.flowStart()) return;
          continue;
        case RBRACE:
        case RBRACK:
          this.pos = p + 1;
          continue;
        case STAR:
          this.blockAlias();
          continue;
        case PIPE:
        case GT:
          this.blockScalar();
          return;
        case DQ:
        case SQ:
        default:
          this.blockFlowScalar(c === DQ || c === SQ);
          if (this.pos <= p) this.pos = p + 1;
          continue;
      }
    }
  }

  private readTag(): void {
    const t = this.text;
    const n = this.n;
    const start = this.pos;
    let i = start + 1;
    if (t.charCodeAt(i) === 60 /* < */) {
      while (i < n && !this.isEmptyAt(i) && t.charCodeAt(i) !== GT) i++;
      if (t.charCodeAt(i) === GT) i++;
    } else {
      while (i < n) {
        const ch = t.charCodeAt(i);
        if (ch < 128 && TAG_CHARS[ch] === 1) i++;
        else if (ch === PCT && isHex(t.charCodeAt(i + 1)) && isHex(t.charCodeAt(i + 2))) i += 3;
        else break;
      }
    }
    this.tag = t.slice(start, i);
    this.pos = i;
  }

  private skipAnchor(p: number): number {
    const t = this.text;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === SP || c === TAB || c === LF || c === CR || isFlowIndicator(c)) break;
      p++;
    }
    return p;
  }

  /** `:` + blank after `from` on the same line (skipping spaces): its offset, or -1. */
  private blockColonAfter(from: number): number {
    const q = this.skipBlanks(from);
    return this.text.charCodeAt(q) === COLON && this.isEmptyAt(q + 1) ? q : -1;
  }

  private consumeBlockColon(colon: number): void {
    this.pos = colon + 1;
    this.indentNext = this.indentValue + 1;
  }

  private blockAlias(): void {
    const p = this.pos;
    this.tag = undefined;
    const atLS = this.firstOnLine;
    this.firstOnLine = false;
    this.pos = this.skipAnchor(p + 1);
    const colon = this.blockColonAfter(this.pos);
    if (colon >= 0) {
      this.handleKey(this.lineInd, undefined, atLS);
      this.consumeBlockColon(colon);
    } else {
      this.handleValue(this.lineInd, atLS);
    }
  }

  /** A plain or quoted scalar in block context: a key (when `:` follows) or a value. */
  private blockFlowScalar(quoted: boolean): void {
    const start = this.pos;
    const tag = this.tag;
    this.tag = undefined;
    const atLS = this.firstOnLine;
    this.firstOnLine = false;
    const end = quoted ? this.scanQuoted() : this.scanPlain(false);
    this.pos = end;
    const multi = this.scanMulti;
    if (multi && this.scanLastLineStart >= 0) this.lineStart = this.scanLastLineStart;
    const colon = this.blockColonAfter(end);
    if (colon >= 0) {
      const value = this.scalarValue(start, end, quoted);
      const type = scalarType(value, !quoted, tag);
      this.handleKey(this.lineInd, keyName(value, type), atLS);
      if (quoted && type === T_STR) this.emitScalar(value, start, end, this.quotedValueStart(start, value), true);
      this.consumeBlockColon(colon);
      return;
    }
    const role = this.handleValue(this.lineInd, atLS);
    if (role === R_SKIP) return;
    const value = this.scalarValue(start, end, quoted);
    const type = scalarType(value, !quoted, tag);
    if (role === R_KEY) {
      const f = this.top();
      if (f !== undefined) f.key = keyName(value, type);
      if (quoted && type === T_STR) this.emitScalar(value, start, end, this.quotedValueStart(start, value), true);
      return;
    }
    if (type !== T_STR) return;
    const vs = quoted ? this.quotedValueStart(start, value) : multi ? undefined : start;
    this.emitScalar(value, start, end, vs, false);
  }

  /** `start + 1` when the value stands verbatim between the quotes (even with an inert escape like `\\q`). */
  private quotedValueStart(start: number, value: string): number | undefined {
    if (!this.scanClosed || this.scanContentEnd - start - 1 !== value.length) return undefined;
    if (!this.scanEscaped && !this.scanMulti) return start + 1;
    return this.text.startsWith(value, start + 1) ? start + 1 : undefined;
  }

  private scalarValue(start: number, end: number, quoted: boolean): string {
    if (!quoted) return this.scanMulti ? this.unfold(start, end) : this.text.slice(start, end);
    const s = start + 1;
    const e = this.scanContentEnd;
    if (!this.scanEscaped && !this.scanMulti) return this.text.slice(s, e);
    if (this.text.charCodeAt(start) === DQ) return this.decodeDouble(s, e, end);
    const v = this.scanMulti ? this.unfold(s, e) : this.text.slice(s, e);
    return this.scanEscaped ? v.replaceAll("''", "'") : v;
  }

  // ---------------------------------------------------------------- scalar lexing

  /**
   * The lexer's `continueScalar`: for the line starting at `offset`, the offset where a
   * continuing scalar resumes, or -1 when the line does not continue it.
   */
  private continueScalar(offset: number): number {
    const t = this.text;
    if (this.indentNext > 0) {
      let i = offset;
      while (t.charCodeAt(i) === SP) i++;
      const ch = t.charCodeAt(i);
      if (ch === CR) return t.charCodeAt(i + 1) === LF ? i + 1 : i;
      return ch === LF || i - offset >= this.indentNext ? i : -1;
    }
    if (this.isMarker(offset)) return -1;
    return offset;
  }

  /** A plain scalar from `this.pos`; returns its end (exclusive). Sets scanMulti. */
  private scanPlain(inFlow: boolean): number {
    const t = this.text;
    const n = this.n;
    const start = this.pos;
    let end = start - 1;
    let i = start - 1;
    let firstBreak = -1;
    let lastLineStart = -1;
    for (;;) {
      i++;
      if (i >= n) break;
      let ch = t.charCodeAt(i);
      if (ch > COLON) {
        if (inFlow && (ch === LBRACK || ch === RBRACK || ch === LBRACE || ch === RBRACE)) break;
        end = i;
        continue;
      }
      if (ch === COLON) {
        const nx = t.charCodeAt(i + 1);
        if (i + 1 >= n || nx === SP || nx === TAB || nx === LF || nx === CR || (inFlow && isFlowIndicator(nx))) break;
        end = i;
      } else if (ch === SP || ch === TAB || ch === LF || ch === CR) {
        let nx = t.charCodeAt(i + 1);
        if (ch === CR) {
          if (nx === LF) {
            i++;
            nx = t.charCodeAt(i + 1);
          }
          ch = LF;
        }
        if (nx === HASH || (inFlow && isFlowIndicator(nx))) break;
        if (ch === LF) {
          const cs = this.continueScalar(i + 1);
          if (cs === -1) break;
          if (firstBreak < 0) firstBreak = i;
          lastLineStart = i + 1;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && ch === COMMA) break;
        end = i;
      }
    }
    this.scanMulti = firstBreak >= 0 && end > firstBreak;
    this.scanLastLineStart = this.scanMulti ? lastLineStart : -1;
    if (end < start) end = start; // cannot happen for a well-started scalar; never stall
    return end + 1;
  }

  /** A quoted scalar from `this.pos`; returns its end. Sets scanClosed/Escaped/Multi/ContentEnd. */
  private scanQuoted(): number {
    const t = this.text;
    const n = this.n;
    const q = t.charCodeAt(this.pos);
    let i = this.pos + 1;
    let escaped = false;
    let multi = false;
    let lastLineStart = -1;
    for (;;) {
      if (i >= n) {
        this.scanClosed = false;
        this.scanContentEnd = n;
        i = n;
        break;
      }
      const ch = t.charCodeAt(i);
      if (ch === q) {
        if (q === SQ && t.charCodeAt(i + 1) === SQ) {
          escaped = true;
          i += 2;
          continue;
        }
        this.scanClosed = true;
        this.scanContentEnd = i;
        i++;
        break;
      }
      if (ch === BSLASH && q === DQ) {
        escaped = true;
        const nx = t.charCodeAt(i + 1);
        i += nx === LF || nx === CR ? 1 : 2;
        continue;
      }
      if (ch === LF || ch === CR) {
        let b = i;
        if (ch === CR && t.charCodeAt(i + 1) === LF) i++;
        const cs = this.continueScalar(i + 1);
        if (cs === -1) {
          // unterminated: ends before the line that does not continue it
          this.scanClosed = false;
          if (t.charCodeAt(b) === LF && t.charCodeAt(b - 1) === CR) b--;
          this.scanContentEnd = b;
          i = b;
          break;
        }
        multi = true;
        lastLineStart = i + 1;
        i = cs;
        continue;
      }
      i++;
    }
    this.scanEscaped = escaped;
    this.scanMulti = multi;
    this.scanLastLineStart = lastLineStart;
    return i;
  }

  /** Line folding of plain and single-quoted scalars (the library's `unfoldLines`). */
  private unfold(s: number, e: number): string {
    const t = this.text;
    let br = s;
    while (br < e && !isBreak(t.charCodeAt(br))) br++;
    if (br >= e) return t.slice(s, e);
    let res = t.slice(s, trimEndAt(t, s, br));
    let sep = ' ';
    let ls = this.afterBreak(br);
    for (;;) {
      let le = ls;
      while (le < e && !isBreak(t.charCodeAt(le))) le++;
      if (le >= e) break;
      let a = ls;
      while (a < le && isBlank(t.charCodeAt(a))) a++;
      const b = trimEndAt(t, a, le);
      if (a === b) {
        if (sep === '\n') res += '\n';
        else sep = '\n';
      } else {
        res += sep + t.slice(a, b);
        sep = ' ';
      }
      ls = this.afterBreak(le);
    }
    let a = ls;
    while (a < e && isBlank(t.charCodeAt(a))) a++;
    return res + sep + t.slice(a, e);
  }

  /** The library's `doubleQuotedValue` over the content `[s, e)`; `tokEnd` bounds escapes. */
  private decodeDouble(s: number, e: number, tokEnd: number): string {
    const t = this.text;
    const out = BUILDER;
    out.reset();
    let chunk = s;
    for (let i = s; i < e; i++) {
      const ch = t.charCodeAt(i);
      if (ch === CR && t.charCodeAt(i + 1) === LF) {
        out.range(t, chunk, i);
        chunk = i + 1;
        continue;
      }
      if (ch === LF || ch === CR) {
        out.range(t, chunk, i);
        let fold = '';
        let j = i;
        let c2 = t.charCodeAt(j + 1);
        while (j + 1 < e && (c2 === SP || c2 === TAB || c2 === LF || c2 === CR)) {
          if (c2 === LF || (c2 === CR && t.charCodeAt(j + 2) !== LF)) fold += '\n';
          j++;
          c2 = t.charCodeAt(j + 1);
        }
        out.str(fold === '' ? ' ' : fold);
        i = j;
        chunk = i + 1;
      } else if (ch === BSLASH) {
        out.range(t, chunk, i);
        i++;
        const nx = t.charCodeAt(i);
        const simple = i < tokEnd ? escapeChar(nx) : undefined;
        if (simple !== undefined) out.str(simple);
        else if (nx === LF || nx === CR) {
          if (nx === CR && t.charCodeAt(i + 1) === LF) i++;
          let c2 = t.charCodeAt(i + 1);
          while (i + 1 < e && (c2 === SP || c2 === TAB)) c2 = t.charCodeAt(++i + 1);
        } else if (nx === 120 /* x */ || nx === 117 /* u */ || nx === 85 /* U */) {
          const len = nx === 120 ? 2 : nx === 117 ? 4 : 8;
          const hex = t.slice(i + 1, Math.min(i + 1 + len, tokEnd));
          let ok = hex.length === len;
          for (let k = 0; ok && k < hex.length; k++) ok = isHex(hex.charCodeAt(k));
          const cp = ok ? parseInt(hex, 16) : NaN;
          if (ok && cp <= 0x10ffff) out.str(String.fromCodePoint(cp));
          else out.range(t, i - 1, Math.min(i + 1 + len, tokEnd));
          i += len;
        } else {
          out.range(t, i - 1, Math.min(i + 1, tokEnd));
        }
        chunk = i + 1;
      } else if (ch === SP || ch === TAB) {
        let j = i;
        let c2 = t.charCodeAt(j + 1);
        while (j + 1 < e && (c2 === SP || c2 === TAB)) c2 = t.charCodeAt(++j + 1);
        if (j + 1 < e && (c2 === LF || c2 === CR)) {
          out.range(t, chunk, i);
          chunk = j + 1;
        }
        i = j;
      }
    }
    if (chunk < e) out.range(t, chunk, e);
    return out.done();
  }

  // ---------------------------------------------------------------- block scalars

  private blockScalar(): void {
    const t = this.text;
    const n = this.n;
    const hs = this.pos;
    const tag = this.tag;
    this.tag = undefined;
    const atLS = this.firstOnLine;
    this.firstOnLine = false;
    const role = this.handleValue(this.lineInd, atLS);
    const top = this.top();
    const parentIndent = top !== undefined && !top.flow ? top.indent : 0;
    // header, as the lexer reads it
    let keep = false;
    let lexIndent = -1;
    for (let i = hs + 1; ; i++) {
      const ch = t.charCodeAt(i);
      if (ch === PLUS) keep = true;
      else if (ch > 48 && ch <= 57) lexIndent = ch - 49;
      else if (ch !== DASH) break;
    }
    let he = hs + 1;
    while (he < n && !this.isEmptyAt(he) && t.charCodeAt(he) !== HASH) he++;
    // header, as the composer reads it
    let chomp = 0; // 0 clip, 1 strip, 2 keep
    let hIndent = 0;
    for (let i = hs + 1; i < he; i++) {
      const ch = t.charCodeAt(i);
      if (chomp === 0 && (ch === DASH || ch === PLUS)) chomp = ch === DASH ? 1 : 2;
      else if (hIndent === 0 && ch > 48 && ch <= 57) hIndent = ch - 48;
    }
    const le = this.lineEnd(he);
    const bodyStart = le >= n ? n : this.afterBreak(le);
    // the body's extent (the lexer's parseBlockScalar)
    let nl = bodyStart - 1;
    let indent = 0;
    for (let j = bodyStart; j < n; j++) {
      const ch = t.charCodeAt(j);
      if (ch === SP) indent++;
      else if (ch === LF) {
        nl = j;
        indent = 0;
      } else if (ch === CR) {
        if (t.charCodeAt(j + 1) === LF) continue;
        nl = j;
        indent = 0;
      } else break;
    }
    if (indent >= this.indentNext) {
      this.indentNext = lexIndent === -1 ? indent : lexIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      for (;;) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1) break;
        let k = cs;
        while (k < n && !isBreak(t.charCodeAt(k))) k++;
        if (k >= n) {
          nl = n;
          break;
        }
        nl = t.charCodeAt(k) === CR && t.charCodeAt(k + 1) === LF ? k + 1 : k;
        this.tick();
      }
    }
    {
      let k = nl + 1;
      let ch = t.charCodeAt(k);
      while (ch === SP) ch = t.charCodeAt(++k);
      if (ch === TAB) {
        while (ch === TAB || ch === SP || ch === CR || ch === LF) ch = t.charCodeAt(++k);
        nl = k - 1;
      } else if (!keep) {
        for (;;) {
          let m = nl - 1;
          if (t.charCodeAt(nl) === LF && t.charCodeAt(m) === CR) m--;
          const lastChar = m;
          let c2 = t.charCodeAt(m);
          while (c2 === SP) c2 = t.charCodeAt(--m);
          if ((c2 === LF || c2 === CR) && m >= bodyStart && m + 1 + indent > lastChar) nl = m;
          else break;
        }
      }
    }
    const bodyEnd = Math.min(Math.max(nl + 1, bodyStart), n);
    this.pos = bodyEnd;
    if (role === R_SKIP) return;
    const f = this.top();
    const wanted = role === R_KEY || (f === undefined || !f.suppressed);
    if (!wanted) return;
    const value = this.blockValue(bodyStart, bodyEnd, t.charCodeAt(hs) === GT, chomp, parentIndent + hIndent, hIndent);
    const type = scalarType(value, false, tag);
    if (role === R_KEY) {
      if (f !== undefined) f.key = keyName(value, type);
      return;
    }
    if (type === T_STR) this.emitScalar(value, hs, bodyEnd, undefined, false);
  }

  /** The library's `resolveBlockScalar` over the body `[s, e)`. */
  private blockValue(s: number, e: number, folded: boolean, chomp: number, trim: number, explicitIndent: number): string {
    const t = this.text;
    if (e <= s) return '';
    const ind: number[] = [];
    const cs: number[] = [];
    const ce: number[] = [];
    let p = s;
    for (;;) {
      const ls = p;
      while (p < e && t.charCodeAt(p) === SP) p++;
      const c0 = p;
      while (p < e && !isBreak(t.charCodeAt(p))) p++;
      ind.push(c0 - ls);
      cs.push(c0);
      ce.push(p);
      if (p >= e) break;
      p = this.afterBreak(p);
      if (p >= e) {
        ind.push(0);
        cs.push(e);
        ce.push(e);
        break;
      }
    }
    const L = ind.length;
    let chompStart = L;
    for (let i = L - 1; i >= 0; i--) {
      if (ce[i] === cs[i]) chompStart = i;
      else break;
    }
    if (chompStart === 0) return chomp === 2 && L > 0 ? '\n'.repeat(Math.max(1, L - 1)) : '';
    let trimIndent = trim;
    let contentStart = 0;
    for (let i = 0; i < chompStart; i++) {
      const il = ind[i] as number;
      if (ce[i] === cs[i]) {
        if (explicitIndent === 0 && il > trimIndent) trimIndent = il;
      } else {
        if (explicitIndent === 0) trimIndent = il;
        contentStart = i;
        break;
      }
    }
    for (let i = L - 1; i >= chompStart; i--) {
      if ((ind[i] as number) > trimIndent) {
        chompStart = i + 1;
        break;
      }
    }
    const extra = (i: number): string => {
      const il = ind[i] as number;
      return il > trimIndent ? t.slice((cs[i] as number) - il + trimIndent, cs[i] as number) : '';
    };
    const out: string[] = [];
    let sep = '';
    let prevMoreIndented = false;
    for (let i = 0; i < contentStart; i++) out.push(extra(i), '\n');
    for (let i = contentStart; i < chompStart; i++) {
      const a = cs[i] as number;
      const b = ce[i] as number;
      const content = t.slice(a, b);
      const lessIndented = a < b && (ind[i] as number) < trimIndent;
      const pad = lessIndented ? '' : extra(i);
      if (!folded) {
        out.push(sep, pad, content);
        sep = '\n';
      } else if ((!lessIndented && (ind[i] as number) > trimIndent) || (a < b && t.charCodeAt(a) === TAB)) {
        if (sep === ' ') sep = '\n';
        else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
        out.push(sep, pad, content);
        sep = '\n';
        prevMoreIndented = true;
      } else if (a === b) {
        if (sep === '\n') out.push('\n');
        else sep = '\n';
      } else {
        out.push(sep, content);
        sep = ' ';
        prevMoreIndented = false;
      }
    }
    if (chomp === 2) for (let i = chompStart; i < L; i++) out.push('\n', extra(i));
    else if (chomp === 0) out.push('\n');
    const value = out.join('');
    return chomp === 2 && value.charCodeAt(value.length - 1) !== LF ? value + '\n' : value;
  }

  // ---------------------------------------------------------------- flow collections

  /** A flow collection in block context. Returns true when it ended at a line start (error end). */
  private flowStart(): boolean {
    const p = this.pos;
    this.tag = undefined;
    const atLS = this.firstOnLine;
    this.flowKeyAtLS = atLS;
    this.firstOnLine = false;
    const role = this.handleValue(this.lineInd, atLS);
    const parent = this.top();
    this.pushFrame(this.text.charCodeAt(p) === LBRACE ? MAP : SEQ, true, -1, parent, role !== R_VALUE, false);
    this.flowDepth = 1;
    this.flowKey = false;
    this.buffering = true;
    this.flowStartPos = p;
    (this.top() as Frame).bufMark = 0;
    this.pos = p + 1;
    return this.flowLoop();
  }

  private flowLoop(): boolean {
    const t = this.text;
    const n = this.n;
    for (;;) {
      this.tick();
      let p = this.pos;
      let indent = -1;
      for (;;) {
        const c = t.charCodeAt(p);
        if (c === LF || c === CR) {
          if (this.buffering) this.stopBuffering();
          p = this.afterBreak(p);
          this.lineStart = p;
          let sp = 0;
          while (t.charCodeAt(p) === SP) {
            p++;
            sp++;
          }
          indent = sp;
          this.indentValue = sp;
        } else if (c === SP || c === TAB) p++;
        else break;
      }
      this.pos = p;
      if (p >= n) {
        this.closeAllFlow();
        return false;
      }
      let c = t.charCodeAt(p);
      if ((indent !== -1 && indent < this.indentNext && c !== HASH) || (indent === 0 && this.isMarker(p))) {
        const atEndMarker = indent === this.indentNext - 1 && this.flowDepth === 1 && (c === RBRACK || c === RBRACE);
        if (!atEndMarker) {
          this.closeAllFlow();
          this.pos = this.lineStart;
          return true;
        }
      }
      while (c === COMMA) {
        this.flowComma();
        p = this.skipBlanks(p + 1);
        this.flowKey = false;
        c = t.charCodeAt(p);
      }
      this.pos = p;
      // properties and indicators
      for (;;) {
        c = t.charCodeAt(p);
        if (c === BANG) {
          this.readTag();
          p = this.skipBlanks(this.pos);
          continue;
        }
        if (c === AMP) {
          p = this.skipBlanks(this.skipAnchor(p + 1));
          continue;
        }
        if ((c === DASH || c === QMARK || c === COLON) && (this.isEmptyAt(p + 1) || isFlowIndicator(t.charCodeAt(p + 1)))) {
          this.flowKey = false;
          if (c === COLON) this.flowColon();
          else if (c === QMARK) this.flowExplicit();
          p = this.skipBlanks(p + 1);
          continue;
        }
        break;
      }
      this.pos = p;
      if (p >= n) continue;
      switch (c) {
        case LF:
        case CR:
          continue;
        case HASH:
          this.pos = this.lineEnd(p);
          continue;
        case LBRACE:
        case LBRACK:
          this.flowOpen(c === LBRACE ? MAP : SEQ);
          continue;
        case RBRACE:
        case RBRACK:
          this.pos = p + 1;
          this.flowKey = true;
          if (this.flowClose()) return false;
          continue;
        case STAR: {
          this.tag = undefined;
          this.pos = this.skipAnchor(p + 1);
          const role = this.flowNode(this.flowColonAfter(this.pos, false));
          if (role === R_KEY) this.setFlowKey(undefined);
          continue;
        }
        case COLON:
          if (this.flowKey || this.isEmptyAt(p + 1) || t.charCodeAt(p + 1) === COMMA) {
            this.flowKey = false;
            this.flowColon();
            this.pos = p + 1;
            continue;
          }
          this.flowKey = false;
          this.flowScalar(false);
          continue;
        case DQ:
        case SQ:
          this.flowKey = true;
          this.flowScalar(true);
          continue;
        default:
          this.flowKey = false;
          this.flowScalar(false);
          if (this.pos <= p) this.pos = p + 1;
      }
    }
  }

  /** In a flow collection: `:` after `from` on the same line that would make the node a key. */
  private flowColonAfter(from: number, adjacentOk: boolean): boolean {
    const q = this.skipBlanks(from);
    if (this.text.charCodeAt(q) !== COLON) return false;
    if (adjacentOk) return true;
    const nx = this.text.charCodeAt(q + 1);
    return this.isEmptyAt(q + 1) || isFlowIndicator(nx);
  }

  private flowScalar(quoted: boolean): void {
    const start = this.pos;
    const tag = this.tag;
    this.tag = undefined;
    const end = quoted ? this.scanQuoted() : this.scanPlain(true);
    this.pos = end;
    if (this.scanMulti && this.scanLastLineStart >= 0) this.lineStart = this.scanLastLineStart;
    const role = this.flowNode(this.flowColonAfter(end, quoted));
    if (role === R_SKIP) return;
    const f = this.top();
    if (f === undefined) return;
    const value = this.scalarValue(start, end, quoted);
    const type = scalarType(value, !quoted, tag);
    if (role === R_KEY) {
      this.setFlowKey(keyName(value, type));
      if (quoted && type === T_STR && !f.suppressed) this.emitScalar(value, start, end, this.quotedValueStart(start, value), true);
      return;
    }
    if (type !== T_STR || f.suppressed) return;
    const vs = quoted ? this.quotedValueStart(start, value) : this.scanMulti ? undefined : start;
    this.emitScalar(value, start, end, vs, false);
  }

  private setFlowKey(name: string | undefined): void {
    const f = this.top();
    if (f !== undefined) f.key = name;
  }

  /** The role of a node in the innermost flow collection (and the collection's new state). */
  private flowNode(colonFollows: boolean): number {
    const f = this.top();
    if (f === undefined) return R_SKIP;
    if (f.kind === MAP) {
      switch (f.state) {
        case ST_KEY:
          f.state = ST_KEYSEEN;
          return R_KEY;
        case ST_VALUE:
          f.state = ST_DONE;
          return R_VALUE;
        default:
          return R_SKIP;
      }
    }
    if (f.pair) {
      if (f.state === ST_KEY) {
        f.state = ST_KEYSEEN;
        return R_KEY;
      }
      if (f.state === ST_VALUE) {
        f.state = ST_DONE;
        return R_VALUE;
      }
      return R_SKIP;
    }
    if (f.itemOpen) return R_SKIP;
    f.index++;
    f.itemOpen = true;
    if (colonFollows) {
      f.pair = true;
      f.key = undefined;
      f.state = ST_KEYSEEN;
      return R_KEY;
    }
    f.state = ST_DONE;
    return R_VALUE;
  }

  private flowColon(): void {
    const f = this.top();
    if (f === undefined) return;
    if (f.kind === MAP) {
      if (f.state === ST_KEY) {
        f.key = undefined;
        f.state = ST_VALUE;
      } else if (f.state === ST_KEYSEEN) f.state = ST_VALUE;
      return;
    }
    if (f.pair) {
      if (f.state === ST_KEY || f.state === ST_KEYSEEN) f.state = ST_VALUE;
      return;
    }
    if (!f.itemOpen) {
      f.index++;
      f.itemOpen = true;
    }
    f.pair = true;
    f.key = undefined;
    f.state = ST_VALUE;
  }

  private flowExplicit(): void {
    const f = this.top();
    if (f === undefined || f.kind === MAP) return;
    if (f.itemOpen) return;
    f.index++;
    f.itemOpen = true;
    f.pair = true;
    f.key = undefined;
    f.state = ST_KEY;
  }

  private flowComma(): void {
    const f = this.top();
    if (f === undefined) return;
    if (f.kind === MAP) {
      f.state = ST_KEY;
      f.key = undefined;
      return;
    }
    f.itemOpen = false;
    f.pair = false;
    f.key = undefined;
    f.state = ST_VALUE;
  }

  private flowOpen(kind: number): void {
    this.tag = undefined;
    const parent = this.top();
    const role = this.flowNode(false);
    const seqItem = parent !== undefined && parent.kind === SEQ && !parent.pair && role === R_VALUE;
    this.pushFrame(kind, true, -1, parent, role !== R_VALUE, seqItem);
    this.flowDepth++;
    this.flowKey = false;
    this.pos++;
  }

  /** Closes the innermost flow collection; true when that leaves flow context. */
  private flowClose(): boolean {
    const f = this.top();
    if (f !== undefined) this.depth--;
    this.flowDepth--;
    if (f === undefined) {
      this.flowDepth = 0;
      return true;
    }
    if (this.flowDepth <= 0) {
      this.flowDepth = 0;
      const colon = this.blockColonAfter(this.pos);
      if (colon >= 0) {
        // the collection was a mapping key: drop what it emitted, redo the structure
        if (this.buffering && f.bufMark >= 0) this.pending.length = f.bufMark;
        this.undoRole();
        this.handleKey(this.lineInd, undefined, this.flowKeyAtLS);
        this.consumeBlockColon(colon);
      } else {
        this.lineJunk = true;
      }
      this.buffering = false;
      this.flushPending();
      return true;
    }
    const parent = this.top();
    if (f.seqItem && parent !== undefined && parent.kind === SEQ && !parent.pair && this.flowColonAfter(this.pos, true)) {
      if (this.buffering && f.bufMark >= 0) this.pending.length = f.bufMark;
      parent.pair = true;
      parent.key = undefined;
      parent.state = ST_KEYSEEN;
    }
    return false;
  }

  private closeAllFlow(): void {
    while (this.depth > 0 && (this.frames[this.depth - 1] as Frame).flow) this.depth--;
    this.flowDepth = 0;
    this.buffering = false;
    this.flushPending();
  }

  // ---------------------------------------------------------------- block structure

  private top(): Frame | undefined {
    return this.depth > 0 ? this.frames[this.depth - 1] : undefined;
  }

  private pushFrame(kind: number, flow: boolean, indent: number, parent: Frame | undefined, keyPosition: boolean, seqItem: boolean): Frame {
    let f = this.frames[this.depth];
    if (f === undefined) {
      f = {
        kind,
        flow,
        indent,
        state: 0,
        explicit: false,
        key: undefined,
        pair: false,
        itemOpen: false,
        index: 0,
        suppressed: false,
        containerKey: undefined,
        bufMark: 0,
        seqItem,
        link: undefined,
        linkParent: undefined,
        linkKind: -1,
        linkKey: undefined,
        linkIndex: 0,
        linkPair: false,
      };
      this.frames.push(f);
    }
    f.kind = kind;
    f.flow = flow;
    f.indent = indent;
    f.state = kind === MAP ? (flow ? ST_KEY : ST_VALUE) : ST_VALUE;
    f.explicit = false;
    f.key = undefined;
    f.pair = false;
    f.itemOpen = false;
    f.index = flow ? -1 : 0;
    f.suppressed = keyPosition || (parent !== undefined && parent.suppressed);
    f.containerKey = parent === undefined ? undefined : effectiveKey(parent);
    f.bufMark = this.buffering ? this.pending.length : -1;
    f.seqItem = seqItem;
    this.depth++;
    return f;
  }

  private pushBlock(kind: number, indent: number, key: string | undefined, explicit: boolean): void {
    const parent = this.top();
    const keyPosition = parent !== undefined && parent.kind === MAP && parent.state === ST_KEYSEEN;
    const f = this.pushFrame(kind, false, indent, parent, keyPosition, false);
    if (kind === MAP) {
      f.key = key;
      f.explicit = explicit;
      f.state = explicit ? ST_KEYSEEN : ST_VALUE;
    }
  }

  private snapshot(f: Frame | undefined): void {
    this.sFrame = f;
    this.sRootDone = this.rootDone;
    if (f !== undefined) {
      this.sState = f.state;
      this.sIndex = f.index;
      this.sKey = f.key;
      this.sExplicit = f.explicit;
    }
  }

  private undoRole(): void {
    const f = this.sFrame;
    this.rootDone = this.sRootDone;
    if (f === undefined || this.top() !== f) return;
    f.state = this.sState;
    f.index = this.sIndex;
    f.key = this.sKey;
    f.explicit = this.sExplicit;
  }

  /** The role of a node (scalar, alias, block scalar, flow collection) in block context. */
  private handleValue(ind: number, atLS: boolean): number {
    if (this.lineJunk) {
      this.snapshot(this.top());
      return R_SKIP;
    }
    for (;;) {
      const f = this.top();
      if (f === undefined) {
        this.snapshot(undefined);
        if (this.rootDone) return R_SKIP;
        this.rootDone = true;
        return R_VALUE;
      }
      if (f.kind === SEQ) {
        if (ind <= f.indent) {
          this.depth--;
          continue;
        }
        this.snapshot(f);
        if (f.state === ST_VALUE) {
          f.state = ST_DONE;
          return R_VALUE;
        }
        if (!atLS) return R_SKIP;
        f.index++;
        return R_VALUE;
      }
      if (ind < f.indent) {
        this.depth--;
        continue;
      }
      this.snapshot(f);
      if (atLS && ind === f.indent) {
        f.key = undefined;
        f.state = ST_VALUE;
        f.explicit = false;
        return R_KEY;
      }
      if (f.state === ST_VALUE) {
        f.state = ST_DONE;
        return R_VALUE;
      }
      if (f.state === ST_KEYSEEN && f.explicit) return R_KEY;
      if (!atLS) return R_SKIP;
      f.key = undefined;
      f.state = ST_VALUE;
      f.explicit = false;
      return R_KEY;
    }
  }

  /**
   * An implicit key (its `:` follows) at parser indentation `ind`. A key later on a line
   * (`a: b: c`) nests a mapping at the line's indentation, as the library's parser does.
   */
  private handleKey(ind: number, name: string | undefined, atLS: boolean): void {
    this.tag = undefined;
    const t = this.top();
    if (!atLS && t !== undefined && t.kind === MAP && t.state === ST_VALUE) {
      t.state = ST_DONE;
      this.pushBlock(MAP, ind, name, false);
      return;
    }
    for (;;) {
      const f = this.top();
      if (f === undefined) {
        this.rootDone = true;
        this.pushBlock(MAP, ind, name, false);
        return;
      }
      if (f.kind === SEQ) {
        if (ind <= f.indent) {
          this.depth--;
          continue;
        }
        if (f.state !== ST_VALUE) f.index++;
        f.state = ST_DONE;
        this.pushBlock(MAP, ind, name, false);
        return;
      }
      if (ind < f.indent) {
        this.depth--;
        continue;
      }
      if (ind > f.indent) {
        if (f.state === ST_VALUE) {
          f.state = ST_DONE;
          this.pushBlock(MAP, ind, name, false);
          return;
        }
        if (f.state === ST_KEYSEEN && f.explicit) {
          this.pushBlock(MAP, ind, name, false);
          return;
        }
      }
      f.key = name;
      f.state = ST_VALUE;
      f.explicit = false;
      return;
    }
  }

  /** `- ` at column `c`. */
  private seqIndicator(c: number): void {
    this.tag = undefined;
    for (;;) {
      const f = this.top();
      if (f === undefined) {
        if (this.rootDone) {
          this.pushFrame(SEQ, false, c, undefined, true, false);
          return;
        }
        this.rootDone = true;
        this.pushBlock(SEQ, c, undefined, false);
        return;
      }
      if (f.indent > c) {
        this.depth--;
        continue;
      }
      if (f.kind === SEQ) {
        if (f.indent === c) {
          f.index++;
          f.state = ST_VALUE;
          return;
        }
        if (f.state !== ST_VALUE) f.index++;
        f.state = ST_DONE;
        this.pushBlock(SEQ, c, undefined, false);
        return;
      }
      if (f.state === ST_VALUE) {
        f.state = ST_DONE;
        this.pushBlock(SEQ, c, undefined, false);
        return;
      }
      // a sequence where a key stands (explicit key, or broken input): nothing under it is a value
      this.pushFrame(SEQ, false, c, f, true, false);
      return;
    }
  }

  /** `? ` at column `c`. */
  private explicitKey(c: number): void {
    this.tag = undefined;
    const f = this.blockMapOwner(c, true);
    if (f === undefined) return;
    if (f.indent < c && (f.state === ST_VALUE || (f.state === ST_KEYSEEN && f.explicit))) {
      if (f.state === ST_VALUE) f.state = ST_DONE;
      this.pushBlock(MAP, c, undefined, true);
      return;
    }
    f.key = undefined;
    f.state = ST_KEYSEEN;
    f.explicit = true;
  }

  /**
   * Unwind to the block mapping that owns an indicator (`? ` or `: `) at column `c`. When
   * there is none (document root, or a sequence item), a new mapping is opened and
   * undefined is returned: the indicator is handled.
   */
  private blockMapOwner(c: number, explicit: boolean): Frame | undefined {
    for (;;) {
      const f = this.top();
      if (f === undefined) {
        this.rootDone = true;
        this.pushBlock(MAP, c, undefined, explicit);
        return undefined;
      }
      if (f.indent > c) {
        this.depth--;
        continue;
      }
      if (f.kind === SEQ) {
        if (f.indent === c) {
          this.depth--;
          continue;
        }
        if (f.state !== ST_VALUE) f.index++;
        f.state = ST_DONE;
        this.pushBlock(MAP, c, undefined, explicit);
        return undefined;
      }
      return f;
    }
  }

  /** `: ` at the start of a line (after an explicit key, or a null key) at column `c`. */
  private valueIndicator(c: number): void {
    this.tag = undefined;
    const f = this.blockMapOwner(c, false);
    if (f === undefined) return;
    if (f.state === ST_KEYSEEN && f.explicit) {
      f.state = ST_VALUE;
      f.explicit = false;
      return;
    }
    if (f.indent < c && f.state === ST_VALUE) {
      f.state = ST_DONE;
      this.pushBlock(MAP, c, undefined, false);
      return;
    }
    f.key = undefined;
    f.state = ST_VALUE;
    f.explicit = false;
  }

  private endDocument(): void {
    if (this.flowDepth > 0) this.closeAllFlow();
    this.flushPending();
    this.depth = 0;
    this.rootDone = false;
    this.tag = undefined;
  }

  // ---------------------------------------------------------------- emission

  private emitScalar(value: string, start: number, end: number, valueStart: number | undefined, isKey: boolean): void {
    const f = this.top();
    if (f !== undefined && f.suppressed) return;
    let key: string | undefined;
    if (f === undefined) key = undefined;
    else if (isKey) key = f.containerKey;
    else key = effectiveKey(f);
    const s: StringScalar = new YamlScalar(value, { start, end }, valueStart, key, isKey, this.routeLink(isKey), MAX_PATH_DEPTH);
    if (this.buffering && this.flowDepth > 0) {
      if (start - this.flowStartPos > 1024 || this.scanMulti) this.stopBuffering();
      else {
        this.pending.push(s);
        return;
      }
    }
    this.onScalar(s);
  }

  /**
   * The route of a scalar emitted now (for a key: its mapping's route), as a `PathLink` whose
   * first MAX_PATH_DEPTH segments are the path. Frame `k` contributes its sequence index (and
   * the key of a single-pair item) or its mapping key ('?' when it has none); a key event
   * leaves out the key of its own mapping and the pair key of its own sequence item. Links
   * are kept on the frames and rebuilt only where a frame changed, so a scalar costs no
   * array and, next to a sibling, no allocation.
   */
  private routeLink(forKey: boolean): PathLink | undefined {
    const fr = this.frames;
    const d = this.depth;
    // every frame adds at least one segment: frames past MAX_PATH_DEPTH are cut off anyway
    const full = d > MAX_PATH_DEPTH ? MAX_PATH_DEPTH : forKey ? d - 1 : d;
    let parent: PathLink | undefined;
    for (let k = 0; k < full; k++) {
      const f = fr[k] as Frame;
      if (f.link === undefined || f.linkParent !== parent || f.linkKind !== f.kind || f.linkKey !== f.key || f.linkIndex !== f.index || f.linkPair !== f.pair) {
        let l: PathLink;
        if (f.kind === SEQ) {
          l = pathLink(parent, f.index);
          if (f.pair) l = pathLink(l, f.key ?? '?');
        } else l = pathLink(parent, f.key ?? '?');
        f.link = l;
        f.linkParent = parent;
        f.linkKind = f.kind;
        f.linkKey = f.key;
        f.linkIndex = f.index;
        f.linkPair = f.pair;
      }
      parent = f.link;
    }
    if (forKey && d > 0 && d <= MAX_PATH_DEPTH) {
      const top = fr[d - 1] as Frame;
      if (top.kind === SEQ && top.pair) return pathLink(parent, top.index);
    }
    return parent;
  }

  private stopBuffering(): void {
    this.buffering = false;
    this.flushPending();
  }

  private flushPending(): void {
    const list = this.pending;
    if (list.length === 0) return;
    const copy = list.slice();
    list.length = 0;
    for (const s of copy) this.onScalar(s);
  }
}

/** Builds a string from UTF-16 code units without one allocation per piece (lone surrogates kept). */
class Utf16Builder {
  private buf = new Uint16Array(1024);
  private len = 0;
  private readonly parts: string[] = [];

  reset(): void {
    this.len = 0;
    this.parts.length = 0;
  }

  private flush(): void {
    const CHUNK = 8192;
    for (let k = 0; k < this.len; k += CHUNK) {
      this.parts.push(String.fromCharCode.apply(null, this.buf.subarray(k, Math.min(k + CHUNK, this.len)) as unknown as number[]));
    }
    this.len = 0;
  }

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    if (this.buf.length < 65536) {
      const bigger = new Uint16Array(Math.max(this.buf.length * 2, this.len + extra, 1024));
      bigger.set(this.buf.subarray(0, this.len));
      this.buf = bigger;
      if (this.len + extra <= this.buf.length) return;
    }
    this.flush();
  }

  /** Appends `t[a, b)`. */
  range(t: string, a: number, b: number): void {
    while (a < b) {
      this.ensure(Math.min(b - a, 65536));
      const buf = this.buf;
      const stop = Math.min(b, a + buf.length - this.len);
      let len = this.len;
      for (let i = a; i < stop; i++) buf[len++] = t.charCodeAt(i);
      this.len = len;
      a = stop;
    }
  }

  str(s: string): void {
    this.range(s, 0, s.length);
  }

  done(): string {
    if (this.parts.length === 0) {
      const s = this.len <= 8192 ? String.fromCharCode.apply(null, this.buf.subarray(0, this.len) as unknown as number[]) : (this.flush(), this.parts.join(''));
      this.len = 0;
      return s;
    }
    this.flush();
    const s = this.parts.join('');
    this.parts.length = 0;
    return s;
  }
}

const BUILDER = new Utf16Builder();

function effectiveKey(f: Frame): string | undefined {
  if (f.kind === MAP || f.pair) return f.key ?? f.containerKey;
  return f.containerKey;
}

function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** End of `[s, e)` with trailing spaces and tabs removed. */
function trimEndAt(t: string, s: number, e: number): number {
  while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
  return e;
}

function escapeChar(c: number): string | undefined {
  switch (c) {
    case 48:
      return '\0';
    case 97:
      return '\x07';
    case 98:
      return '\b';
    case 101:
      return '\x1b';
    case 102:
      return '\f';
    case 110:
      return '\n';
    case 114:
      return '\r';
    case 116:
      return '\t';
    case 118:
      return '\v';
    case 78:
      return '\u0085';
    case 95:
      return '\u00a0';
    case 76:
      return '\u2028';
    case 80:
      return '\u2029';
    case SP:
      return ' ';
    case DQ:
      return '"';
    case 47:
      return '/';
    case BSLASH:
      return '\\';
    case TAB:
      return '\t';
    default:
      return undefined;
  }
}

// ------------------------------------------------------------------ core schema

// The core schema's tests, as the `yaml` library writes them (anchored, linear).
const RE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const RE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const RE_INT_OCT = /^0o[0-7]+$/;
const RE_INT = /^[-+]?[0-9]+$/;
const RE_INT_HEX = /^0x[0-9a-fA-F]+$/;
const RE_NANINF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const RE_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const RE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function intType(v: string): number | undefined {
  if (RE_INT_OCT.test(v)) return T_INT_OCT;
  if (RE_INT.test(v)) return T_INT;
  if (RE_INT_HEX.test(v)) return T_INT_HEX;
  return undefined;
}

function floatType(v: string): number | undefined {
  if (RE_NANINF.test(v)) return T_NANINF;
  if (RE_FLOAT_EXP.test(v) || RE_FLOAT.test(v)) return T_FLOAT;
  return undefined;
}

/** The type a plain scalar resolves to without a tag. */
function coreType(v: string): number {
  if (v.length === 0) return T_NULL;
  const c = v.charCodeAt(0);
  // most strings start with a letter that no null, bool or number starts with
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    if (v.length > 5) return T_STR;
    if (c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return T_STR;
    if (RE_NULL.test(v)) return T_NULL;
    if (RE_BOOL.test(v)) return T_BOOL;
    return T_STR;
  }
  if (c === 126 /* ~ */) return v.length === 1 ? T_NULL : T_STR;
  if ((c >= 48 && c <= 57) || c === PLUS || c === DASH || c === DOT) {
    return intType(v) ?? floatType(v) ?? T_STR;
  }
  return T_STR;
}

/** The full name of a tag as written (`!!str`, `!<tag:…>`, `!local`); '!' for the non-specific tag; undefined if unresolvable. */
function tagName(source: string): string | undefined {
  if (source === '!') return '!';
  if (source.charCodeAt(1) === 60 /* < */) {
    const verbatim = source.slice(2, source.endsWith('>') ? -1 : undefined);
    return verbatim === '!' || verbatim === '!!' ? undefined : verbatim;
  }
  const last = source.lastIndexOf('!');
  const handle = source.slice(0, last + 1);
  const suffix = source.slice(last + 1);
  if (handle === '!!') {
    try {
      return 'tag:yaml.org,2002:' + decodeURIComponent(suffix);
    } catch {
      return undefined;
    }
  }
  if (handle === '!') return source;
  return undefined;
}

/** What a scalar resolves to: plain scalars by the core schema, any scalar by its tag. */
function scalarType(value: string, plain: boolean, tag: string | undefined): number {
  if (tag !== undefined) {
    const name = tagName(tag);
    if (name !== undefined) {
      if (!name.startsWith('tag:yaml.org,2002:')) return T_STR;
      switch (name.slice(18)) {
        case 'null':
          return RE_NULL.test(value) ? T_NULL : T_STR;
        case 'bool':
          return RE_BOOL.test(value) ? T_BOOL : T_STR;
        case 'int':
          return intType(value) ?? T_STR;
        case 'float':
          return floatType(value) ?? T_STR;
        case 'binary':
        case 'timestamp':
        case 'merge':
          return T_OTHER;
        default:
          return T_STR;
      }
    }
  }
  return plain ? coreType(value) : T_STR;
}

/** A key's name as the walker prints it: `String(value)` of the resolved scalar. */
function keyName(value: string, type: number): string | undefined {
  switch (type) {
    case T_NULL:
      return undefined;
    case T_BOOL:
      return value.charCodeAt(0) === 116 || value.charCodeAt(0) === 84 ? 'true' : 'false';
    case T_INT_OCT:
      return String(parseInt(value.slice(2), 8));
    case T_INT_HEX:
      return String(parseInt(value.slice(2), 16));
    case T_INT: {
      const sign = value.charCodeAt(0);
      const num = parseInt(sign === DASH || sign === PLUS ? value.slice(1) : value, 10);
      return String(sign === DASH ? -1 * num : num);
    }
    case T_NANINF:
      return value.slice(-3).toLowerCase() === 'nan' ? 'NaN' : value.charCodeAt(0) === DASH ? '-Infinity' : 'Infinity';
    case T_FLOAT:
      return String(parseFloat(value));
    default:
      return value;
  }
}
