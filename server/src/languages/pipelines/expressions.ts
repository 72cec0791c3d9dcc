/**
 * Expression syntaxes inside pipeline YAML strings, located in the source:
 * - GitHub Actions `${{ … }}` (also used by Azure DevOps template expressions),
 *   tokenised just enough to list context references (`github.event.issue.title`) and to
 *   tell whether a reference can reach the result as text or only as a boolean;
 * - Azure DevOps macros `$(name)` and runtime expressions `$[ … ]`.
 * Every scan is a linear pass with bounded counts.
 */
import type { Span } from '../../engine/types';

/** Upper bound on expressions collected from one scalar (hostile inputs). */
const MAX_SITES = 500;

/** A `${{ … }}` occurrence. */
export interface ExpressionSite {
  /** `${{` through `}}` in the source. */
  readonly span: Span;
  /** The text between the braces, unescaped for the scalar's quoting, untrimmed. */
  readonly inner: string;
  /** Context references in `inner`, in order. */
  readonly refs: readonly ContextRef[];
}

/** A context reference such as `github.event.commits[0].message`. */
export interface ContextRef {
  /** Normalised: lower-case, `['x']` → `.x`, other indexes → `.*`. */
  readonly path: string;
  /** As written. */
  readonly raw: string;
  /** Offset of `raw` in the site's `inner`. */
  readonly offset: number;
  /**
   * True when the reference can only influence the expression's result as a boolean: it is
   * an operand of a comparison or of `!`, the left operand of `&&`, or an argument (at any
   * depth) of `contains`, `startsWith` or `endsWith`.
   */
  readonly sanitized: boolean;
}

export type Quoting = 'plain' | 'single' | 'double' | 'block';

function unescapeFor(s: string, quoting: Quoting): string {
  if (quoting === 'single') return s.replace(/''/g, "'");
  if (quoting === 'double') return s.replace(/\\(["\\/])/g, '$1');
  return s;
}

/** Find `${{ … }}` in `text[start, end)`. */
export function findExpressions(text: string, start: number, end: number, quoting: Quoting = 'plain'): ExpressionSite[] {
  const out: ExpressionSite[] = [];
  let i = text.indexOf('${{', start);
  while (i >= 0 && i < end && out.length < MAX_SITES) {
    const close = text.indexOf('}}', i + 3);
    if (close < 0 || close + 2 > end) break;
    const inner = unescapeFor(text.slice(i + 3, close), quoting);
    out.push({ span: { start: i, end: close + 2 }, inner, refs: contextRefs(inner) });
    i = text.indexOf('${{', close + 2);
  }
  return out;
}

/** Find expressions in a decoded string value (no source offsets: spans are into `value`). */
export function findExpressionsInValue(value: string): ExpressionSite[] {
  return findExpressions(value, 0, value.length, 'plain');
}

type Tok =
  | { readonly k: 'ref'; readonly raw: string; readonly path: string; readonly at: number }
  | { readonly k: 'call'; readonly name: string }
  | { readonly k: 'op'; readonly v: string }
  | { readonly k: '(' | ')' | ',' | 'lit' };

const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=']);
const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

/** Tokenise a GitHub expression; unknown characters are skipped. */
function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = Math.min(s.length, 20000);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 39 /* ' */) {
      i++;
      while (i < n) {
        if (s.charCodeAt(i) === 39) {
          if (s.charCodeAt(i + 1) === 39) i += 2;
          else break;
        } else i++;
      }
      i++;
      toks.push({ k: 'lit' });
    } else if ((c >= 48 && c <= 57) || (c === 45 && s.charCodeAt(i + 1) >= 48 && s.charCodeAt(i + 1) <= 57)) {
      i++;
      while (i < n && /[0-9a-fA-FxX.eE+-]/.test(s.charAt(i))) i++;
      toks.push({ k: 'lit' });
    } else if (isIdentStart(c)) {
      const at = i;
      while (i < n && isIdentPart(s.charCodeAt(i))) i++;
      const first = s.slice(at, i);
      // function call?
      let j = i;
      while (j < n && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
      if (s.charCodeAt(j) === 40 /* ( */) {
        toks.push({ k: 'call', name: first.toLowerCase() });
        i = j + 1;
        toks.push({ k: '(' });
        continue;
      }
      if (/^(?:true|false|null)$/i.test(first)) {
        toks.push({ k: 'lit' });
        continue;
      }
      const segs = [first.toLowerCase()];
      while (i < n && segs.length < 1000) {
        if (s.charCodeAt(i) === 46 /* . */) {
          const c2 = s.charCodeAt(i + 1);
          if (c2 === 42 /* * */) {
            segs.push('*');
            i += 2;
          } else if (isIdentStart(c2)) {
            const a = i + 1;
            i = a;
            while (i < n && isIdentPart(s.charCodeAt(i))) i++;
            segs.push(s.slice(a, i).toLowerCase());
          } else break;
        } else if (s.charCodeAt(i) === 91 /* [ */) {
          const m = /^\[\s*'((?:[^']|'')*)'\s*\]/.exec(s.slice(i, i + 300));
          if (m) {
            segs.push((m[1] ?? '').replace(/''/g, "'").toLowerCase());
            i += m[0].length;
          } else {
            // an index or a nested expression: skip to the matching bracket
            let depth = 0;
            let k = i;
            for (; k < n; k++) {
              const ch = s.charCodeAt(k);
              if (ch === 91) depth++;
              else if (ch === 93 && --depth === 0) break;
            }
            segs.push('*');
            i = k + 1; // k <= n: always advances; the loop ends at n
          }
        } else break;
      }
      toks.push({ k: 'ref', raw: s.slice(at, i), path: segs.join('.'), at });
    } else if (c === 40) {
      toks.push({ k: '(' });
      i++;
    } else if (c === 41) {
      toks.push({ k: ')' });
      i++;
    } else if (c === 44) {
      toks.push({ k: ',' });
      i++;
    } else {
      const two = s.slice(i, i + 2);
      if (two === '==' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||') {
        toks.push({ k: 'op', v: two });
        i += 2;
      } else if (c === 60 || c === 62 || c === 33) {
        toks.push({ k: 'op', v: s.charAt(i) });
        i++;
      } else i++;
    }
  }
  return toks;
}

/** The context references of an expression, with whether each is sanitised (see `ContextRef`). */
export function contextRefs(inner: string): ContextRef[] {
  const toks = tokenize(inner);
  const out: ContextRef[] = [];
  // stack of open parens: the call name that opened each (or '' for grouping)
  const stack: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.k === '(') {
      const prev = toks[i - 1];
      stack.push(prev && prev.k === 'call' ? prev.name : '');
      continue;
    }
    if (t.k === ')') {
      stack.pop();
      continue;
    }
    if (t.k !== 'ref') continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    let sanitized = stack.some((name) => BOOLEAN_FUNCTIONS.has(name));
    if (prev && prev.k === 'op' && (COMPARISON.has(prev.v) || prev.v === '!')) sanitized = true;
    if (next && next.k === 'op' && (COMPARISON.has(next.v) || next.v === '&&')) sanitized = true;
    out.push({ path: t.path, raw: t.raw, offset: t.at, sanitized });
    if (out.length >= 200) break;
  }
  return out;
}

/** An Azure DevOps `$(name)` macro, `$[ … ]` runtime expression or `${{ … }}` template expression. */
export interface AdoReference {
  readonly syntax: 'macro' | 'runtime' | 'template';
  /** The whole reference in the source (or value). */
  readonly span: Span;
  /** Macro: the variable name as written (`Build.SourceBranchName`); otherwise the inner text. */
  readonly name: string;
  /** Variables referenced: for a macro its name; for expressions `variables.x` / `variables['x']` and `parameters.x`. */
  readonly variables: readonly string[];
  readonly parameters: readonly string[];
}

/** Find `$(name)`, `$[ … ]` and `${{ … }}` in `text[start, end)`. */
export function findAdoReferences(text: string, start: number, end: number): AdoReference[] {
  const out: AdoReference[] = [];
  let noBracket = false;
  let noBraces = false;
  let i = text.indexOf('$', start);
  while (i >= 0 && i < end && out.length < MAX_SITES) {
    const c = text.charCodeAt(i + 1);
    if (c === 40 /* ( */) {
      const m = /^\$\(([A-Za-z_][\w.-]{0,200})\)/.exec(text.slice(i, Math.min(end, i + 210)));
      if (m) {
        const name = m[1] as string;
        out.push({ syntax: 'macro', span: { start: i, end: i + m[0].length }, name, variables: [name], parameters: [] });
        i = text.indexOf('$', i + m[0].length);
        continue;
      }
    } else if ((c === 91 /* [ */ && !noBracket) || (c === 123 && text.charCodeAt(i + 2) === 123 && !noBraces) /* {{ */) {
      const closeTok = c === 91 ? ']' : '}}';
      const close = c === 91 ? matchingBracket(text, i + 1, end) : text.indexOf(closeTok, i + 2);
      // no closer after here means none after any later position either: stop looking (keeps the scan linear)
      if (close < 0 || close + closeTok.length > end) {
        if (c === 91) noBracket = true;
        else noBraces = true;
      }
      if (close >= 0 && close + closeTok.length <= end) {
        const inner = text.slice(i + (c === 91 ? 2 : 3), close);
        const { variables, parameters } = adoExpressionNames(inner);
        out.push({ syntax: c === 91 ? 'runtime' : 'template', span: { start: i, end: close + closeTok.length }, name: inner.trim(), variables, parameters });
        i = text.indexOf('$', close + closeTok.length);
        continue;
      }
    }
    i = text.indexOf('$', i + 1);
  }
  return out;
}

/** The index of the `]` matching the `[` at `open` (nested brackets and quoted strings skipped), or -1 before `end`. */
function matchingBracket(text: string, open: number, end: number): number {
  let depth = 0;
  let quoted = false;
  for (let k = open; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (quoted) {
      if (ch === 39) quoted = false;
    } else if (ch === 39) quoted = true;
    else if (ch === 91) depth++;
    else if (ch === 93 && --depth === 0) return k;
  }
  return -1;
}

/** The variable and parameter names an ADO expression mentions (`variables.a`, `variables['a.b']`, `parameters.p`). */
export function adoExpressionNames(inner: string): { variables: string[]; parameters: string[] } {
  const variables: string[] = [];
  const parameters: string[] = [];
  const s = inner.length > 5000 ? inner.slice(0, 5000) : inner;
  const re = /\b(variables|parameters)(?:\.([A-Za-z_][\w.-]{0,200})|\[\s*'([^']{1,200})'\s*\])/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const name = (m[2] ?? m[3] ?? '').trim();
    if (!name) continue;
    (m[1] === 'variables' ? variables : parameters).push(name);
  }
  return { variables, parameters };
}
