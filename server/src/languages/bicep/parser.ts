/**
 * Error-tolerant recursive-descent parser for Bicep (.bicep) and Bicep parameter
 * (.bicepparam) files. Never throws; on an unexpected token it records an error and
 * resynchronises at the next line break / closing bracket, so every complete
 * statement of a half-typed file is still in the tree.
 *
 * Guarantees: linear time (every loop consumes a token or exits; recovery skips
 * tokens forward only) and bounded recursion (nesting deeper than MAX_DEPTH is
 * reported and skipped iteratively).
 */
import type {
  ArrayExpr,
  ArrayItem,
  BinaryOp,
  CallExpr,
  Decorator,
  Expr,
  ForExpr,
  Identifier,
  IfExpr,
  ImportItem,
  ObjectExpr,
  ObjectItem,
  ObjectProperty,
  ObjectType,
  Program,
  ResourceDecl,
  Skipped,
  SpanLike,
  Statement,
  StringLiteral,
  SyntaxError,
  TupleItem,
  TupleType,
  TypedLambdaExpr,
  TypedLambdaParam,
  TypeExpr,
  TypeProperty,
  UnaryOp,
} from './ast';
import { Tok as TokExport, TOKEN_TEXT, StrFlag as StrFlagExport, lex, decodeStringToken, stringContentRange } from './lexer';
import type { TokenStream } from './lexer';

// local copies: property reads on a module-local object are cheaper than through export bindings
const Tok = { ...TokExport };
const StrFlag = { ...StrFlagExport };

const NO_EXPRS: readonly Expr[] = Object.freeze([]);
const NO_DECORATORS: readonly Decorator[] = Object.freeze([]);

/** Maximum nesting of expressions/types before the parser gives up on a construct. */
export const MAX_DEPTH = 200;

// stop-set bits for recovery
const S_NL = 1;
const S_RBRACE = 2;
const S_RPAREN = 4;
const S_RSQUARE = 8;
const S_COMMA = 16;
const S_COLON = 32;
const S_ASSIGN = 64;
const S_STRPIECE = 128;
const S_LBRACE = 256;
const S_GT = 512;

const STOP_BITS: number[] = [];
for (let k = 0; k <= Tok.Unrecognized; k++) STOP_BITS.push(0);
STOP_BITS[Tok.NewLine] = S_NL;
STOP_BITS[Tok.RBrace] = S_RBRACE;
STOP_BITS[Tok.RParen] = S_RPAREN;
STOP_BITS[Tok.RSquare] = S_RSQUARE;
STOP_BITS[Tok.Comma] = S_COMMA;
STOP_BITS[Tok.Colon] = S_COLON;
STOP_BITS[Tok.Assign] = S_ASSIGN;
STOP_BITS[Tok.StringMiddle] = S_STRPIECE;
STOP_BITS[Tok.StringRight] = S_STRPIECE;
STOP_BITS[Tok.LBrace] = S_LBRACE;
STOP_BITS[Tok.Gt] = S_GT;

const PRECEDENCE: number[] = [];
const BINARY_OP: (BinaryOp | undefined)[] = [];
for (let k = 0; k <= Tok.Unrecognized; k++) {
  PRECEDENCE.push(-1);
  BINARY_OP.push(undefined);
}
function setOp(k: number, prec: number, op: BinaryOp): void {
  PRECEDENCE[k] = prec;
  BINARY_OP[k] = op;
}
setOp(Tok.Modulo, 100, '%');
setOp(Tok.Asterisk, 100, '*');
setOp(Tok.Slash, 100, '/');
setOp(Tok.Plus, 90, '+');
setOp(Tok.Minus, 90, '-');
setOp(Tok.Gt, 80, '>');
setOp(Tok.Ge, 80, '>=');
setOp(Tok.Lt, 80, '<');
setOp(Tok.Le, 80, '<=');
setOp(Tok.Eq, 70, '==');
setOp(Tok.Ne, 70, '!=');
setOp(Tok.EqI, 70, '=~');
setOp(Tok.NeI, 70, '!~');
setOp(Tok.And, 50, '&&');
setOp(Tok.Or, 40, '||');
setOp(Tok.DoubleQuestion, 30, '??');

const BICEP_DECL_KEYWORDS = new Set([
  'targetScope',
  'metadata',
  'type',
  'param',
  'var',
  'func',
  'resource',
  'output',
  'module',
  'test',
  'import',
  'extension',
  'assert',
]);
const PARAMS_DECL_KEYWORDS = new Set(['using', 'extends', 'param', 'var', 'import', 'extensionConfig', 'extension', 'type']);

export interface ParseOptions {
  /** Parse as a .bicepparam file. */
  readonly params?: boolean;
}

export function parse(text: string, options: ParseOptions = {}): Program {
  const ts = lex(text);
  const p = new Parser(ts, options.params === true);
  return p.parseProgram();
}

interface MutableSkipped {
  kind: 'Skipped';
  start: number;
  end: number;
}

class Parser {
  private readonly text: string;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private i = 0;
  private depth = 0;
  private readonly errors: SyntaxError[] = [];
  private lastErrorAt = -1;
  private readonly declKeywords: Set<string>;

  constructor(
    private readonly ts: TokenStream,
    private readonly isParams: boolean,
  ) {
    this.text = ts.text;
    this.kinds = ts.kinds;
    this.starts = ts.starts;
    this.ends = ts.ends;
    this.declKeywords = isParams ? PARAMS_DECL_KEYWORDS : BICEP_DECL_KEYWORDS;
  }

  // ------------------------------------------------------------------ token helpers

  /** Work counter (token look-ups), exposed as Program.steps for linear-time tests. */
  steps = 0;

  private k(offset = 0): number {
    this.steps++;
    const j = this.i + offset;
    return j < this.ts.count ? (this.kinds[j] as number) : Tok.EOF;
  }
  private s(j = this.i): number {
    return this.starts[j] ?? this.text.length;
  }
  private e(j = this.i): number {
    return this.ends[j] ?? this.text.length;
  }
  /** End of the previous token; for a NewLine token, where the line break starts. */
  private prevEnd(): number {
    if (this.i <= 0) return 0;
    return this.kinds[this.i - 1] === Tok.NewLine ? (this.starts[this.i - 1] as number) : (this.ends[this.i - 1] as number);
  }
  private tokText(j = this.i): string {
    return this.text.slice(this.s(j), this.e(j));
  }
  private isKw(word: string, j = this.i): boolean {
    if (this.kinds[j] !== Tok.Identifier) return false;
    const s = this.starts[j] as number;
    return (this.ends[j] as number) - s === word.length && this.text.startsWith(word, s);
  }
  private span(j = this.i): SpanLike {
    return { start: this.s(j), end: this.e(j) };
  }
  private advance(): void {
    if (this.i < this.ts.count - 1) this.i++;
  }
  private skipNewLines(): void {
    while (this.kinds[this.i] === Tok.NewLine) this.i++;
  }
  /** Kind of the next token that is not a NewLine, from offset 0. */
  private kSkipNl(): number {
    let j = this.i;
    while (this.kinds[j] === Tok.NewLine) j++;
    return (this.kinds[j] as number | undefined) ?? Tok.EOF;
  }
  private atLineStart(j = this.i): boolean {
    const s = this.s(j);
    if (s === 0) return true;
    const c = this.text.charCodeAt(s - 1);
    return c === 10 || c === 13;
  }

  /**
   * A declaration keyword at column 0 followed by a name: the start of a new top-level
   * statement. Objects/arrays left open stop there instead of swallowing the rest.
   */
  private atDeclBoundary(includeDecorators: boolean): boolean {
    const kind = this.kinds[this.i];
    if (kind !== Tok.Identifier && !(includeDecorators && kind === Tok.At)) return false;
    if (!this.atLineStart()) return false;
    const next = this.k(1);
    if (kind === Tok.At) return next === Tok.Identifier;
    const word = this.tokText();
    if (!this.declKeywords.has(word)) return false;
    if (word === 'targetScope') return next === Tok.Assign;
    if (word === 'import') return next === Tok.LBrace || next === Tok.Asterisk || next === Tok.StringComplete;
    if (word === 'using' || word === 'extends') return next === Tok.StringComplete || next === Tok.Identifier;
    return next === Tok.Identifier;
  }

  private error(message: string, start: number, end: number): void {
    if (start === this.lastErrorAt) return;
    this.lastErrorAt = start;
    this.errors.push({ message, span: { start, end } });
  }

  /** Report at the current token ("Expected X but found Y"). */
  private errorHere(expected: string): void {
    const kind = this.k();
    if (kind === Tok.Unrecognized) return; // the lexer reported it
    if (kind === Tok.NewLine || kind === Tok.EOF) {
      const at = this.prevEnd();
      this.error(`${expected}.`, at, at);
    } else {
      this.error(`${expected} but found '${this.describe()}'.`, this.s(), this.e());
    }
  }

  private describe(): string {
    const kind = this.k();
    if (kind === Tok.Identifier || kind === Tok.Integer || kind === Tok.Unrecognized) {
      const t = this.tokText();
      return t.length > 40 ? `${t.slice(0, 40)}…` : t;
    }
    if (kind >= Tok.StringComplete && kind <= Tok.StringRight) return 'string';
    return TOKEN_TEXT[kind] ?? '?';
  }

  /** Skip tokens until one in `stops` (or EOF, or a declaration boundary). Returns the skipped node. */
  private skipUntil(stops: number): Skipped | undefined {
    const start = this.i;
    for (;;) {
      const kind = this.kinds[this.i] as number;
      if (kind === Tok.EOF) break;
      if ((STOP_BITS[kind] as number) & stops) break;
      if (this.atDeclBoundary(false)) break;
      this.i++;
    }
    if (this.i === start) return undefined;
    return { kind: 'Skipped', start: this.s(start), end: this.e(this.i - 1) };
  }

  /** Report the unexpected current token and skip to `stops`. */
  private recover(expected: string, stops: number): Skipped | undefined {
    this.errorHere(expected);
    return this.skipUntil(stops);
  }

  /** Nesting too deep: skip the rest of this construct iteratively, keeping bracket balance. */
  private skipDeep(): Skipped {
    const start = this.i;
    this.error(`Nesting is too deep (more than ${MAX_DEPTH} levels); the rest of this expression is ignored.`, this.s(), this.e());
    let balance = 0;
    for (;;) {
      const kind = this.kinds[this.i] as number;
      if (kind === Tok.EOF) break;
      if (kind === Tok.LBrace || kind === Tok.LParen || kind === Tok.LSquare || kind === Tok.StringLeft) balance++;
      else if (kind === Tok.RBrace || kind === Tok.RParen || kind === Tok.RSquare || kind === Tok.StringRight) {
        if (balance === 0) break;
        balance--;
      } else if (kind === Tok.NewLine && balance === 0) break;
      this.i++;
    }
    const endTok = this.i > start ? this.i - 1 : start;
    return { kind: 'Skipped', start: this.s(start), end: this.i > start ? this.e(endTok) : this.s(start) };
  }

  private identifier(): Identifier {
    const s = this.s();
    const e = this.e();
    this.advance();
    return { kind: 'Identifier', start: s, end: e, name: this.text.slice(s, e) };
  }

  private expectIdentifier(what: string): Identifier | undefined {
    if (this.k() === Tok.Identifier) return this.identifier();
    this.errorHere(`Expected ${what}`);
    return undefined;
  }

  private expect(kind: number, text: string): SpanLike | undefined {
    if (this.k() === kind) {
      const sp = this.span();
      this.advance();
      return sp;
    }
    this.errorHere(`Expected '${text}'`);
    return undefined;
  }

  // ------------------------------------------------------------------ program

  parseProgram(): Program {
    const statements: Statement[] = [];
    for (;;) {
      this.skipNewLines();
      if (this.k() === Tok.EOF) break;
      const before = this.i;
      const stmt = this.parseStatement();
      if (stmt) statements.push(stmt);
      // a declaration must be followed by a new line (or EOF)
      const kind = this.k();
      if (kind !== Tok.NewLine && kind !== Tok.EOF && !(this.i > before && this.atLineStart())) {
        this.errorHere('Expected a new line after the declaration');
        const sk = this.skipUntil(S_NL);
        if (sk) statements.push(sk);
      }
      if (this.i === before) {
        // guarantee progress
        const sk: Skipped = { kind: 'Skipped', start: this.s(), end: this.e() };
        this.advance();
        statements.push(sk);
      }
    }
    const errors = this.errors.slice();
    for (const le of this.ts.errors) errors.push({ message: le.message, span: { start: le.start, end: le.end } });
    errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return {
      kind: 'Program',
      start: 0,
      end: this.text.length,
      isParamsFile: this.isParams,
      statements,
      comments: this.ts.comments,
      pragmas: this.ts.pragmas,
      errors,
      tokenCount: this.ts.count,
      steps: this.steps,
    };
  }

  private parseDecorators(): Decorator[] {
    if (this.k() !== Tok.At) return NO_DECORATORS as Decorator[]; // most declarations have none: no array each
    const list: Decorator[] = [];
    while (this.k() === Tok.At) {
      const d = this.parseDecorator();
      list.push(d);
      const kind = this.k();
      if (kind === Tok.NewLine) this.skipNewLines();
      else if (kind !== Tok.EOF && !this.atLineStart()) {
        this.errorHere('Expected a new line after the decorator');
        this.skipUntil(S_NL);
        this.skipNewLines();
      }
    }
    return list;
  }

  private parseDecorator(): Decorator {
    const start = this.s();
    this.advance(); // @
    if (this.k() !== Tok.Identifier) {
      this.errorHere('Expected a decorator name');
      return { kind: 'Decorator', start, end: this.prevEnd(), expr: undefined, name: undefined, namespace: undefined, args: [] };
    }
    let expr: Expr = this.parseIdentifierPrimary(false);
    let name: string | undefined;
    let namespace: string | undefined;
    let args: readonly Expr[] = [];
    if (expr.kind === 'Call') {
      name = expr.name.name;
      args = expr.args;
    } else if (expr.kind === 'Var') name = expr.name;
    while (this.k() === Tok.Dot) {
      const dotStart = this.s();
      this.advance();
      const id = this.k() === Tok.Identifier ? this.identifier() : undefined;
      if (!id) {
        this.errorHere('Expected a decorator name');
        expr = { kind: 'Member', start: expr.start, end: dotStart + 1, object: expr, name: undefined, safe: false };
        break;
      }
      if (this.k() === Tok.LParen) {
        const call = this.parseCallRest(expr, id);
        namespace = name;
        name = id.name;
        args = call.args;
        expr = call;
      } else {
        namespace = name;
        name = id.name;
        args = [];
        expr = { kind: 'Member', start: expr.start, end: id.end, object: expr, name: id, safe: false };
      }
    }
    return { kind: 'Decorator', start, end: expr.end, expr, name, namespace, args };
  }

  private parseStatement(): Statement | undefined {
    const start = this.s();
    const decorators = this.parseDecorators();
    const kind = this.k();
    if (kind === Tok.Identifier) {
      const word = this.tokText();
      if (this.declKeywords.has(word)) return this.parseDeclaration(word, decorators, decorators.length > 0 ? start : this.s());
    }
    if (decorators.length > 0) {
      this.errorHere('Expected a declaration after the decorator');
      const kw = { start: this.prevEnd(), end: this.prevEnd() };
      return { kind: 'MissingDecl', start, end: this.prevEnd(), decorators, keyword: kw };
    }
    if (kind === Tok.EOF || kind === Tok.NewLine) return undefined;
    const expected = this.isParams
      ? "Expected a declaration: 'using', 'extends', 'param', 'var', 'type', 'import', 'extension' or 'extensionConfig'"
      : "Expected a declaration: 'param', 'var', 'resource', 'module', 'output', 'type', 'func', 'import', 'metadata', 'targetScope' or 'extension'";
    this.errorHere(expected);
    const sk = this.skipUntil(S_NL);
    return sk ?? undefined;
  }

  private parseDeclaration(word: string, decorators: Decorator[], start: number): Statement {
    const keyword = this.span();
    this.advance();
    switch (word) {
      case 'param':
        return this.isParams ? this.parseParamAssignment(decorators, start, keyword) : this.parseParam(decorators, start, keyword);
      case 'var':
        return this.parseVar(decorators, start, keyword);
      case 'output':
        return this.parseOutput(decorators, start, keyword);
      case 'resource':
        return this.parseResource(decorators, start, keyword);
      case 'module':
      case 'test':
        return this.parseModuleOrTest(word === 'module' ? 'Module' : 'Test', decorators, start, keyword);
      case 'type': {
        const name = this.expectIdentifier('a type name');
        let value: TypeExpr | undefined;
        if (name && this.expect(Tok.Assign, '=')) value = this.parseTypeOrRecover(false);
        else this.skipUntil(S_NL);
        return { kind: 'TypeDecl', start, end: this.prevEnd(), decorators, keyword, name, value };
      }
      case 'func':
        return this.parseFunc(decorators, start, keyword);
      case 'import':
        return this.parseImport(decorators, start, keyword);
      case 'extension':
        return this.parseExtension(decorators, start, keyword);
      case 'extensionConfig': {
        const name = this.expectIdentifier('an extension alias');
        let config: ObjectExpr | undefined;
        if (name) {
          if (this.isKw('with')) {
            this.advance();
            if (this.k() === Tok.LBrace) config = this.parseObject(false);
            else this.recover("Expected '{'", S_NL);
          } else this.recover("Expected 'with'", S_NL);
        } else this.skipUntil(S_NL);
        return { kind: 'ExtensionConfig', start, end: this.prevEnd(), decorators, keyword, name, config };
      }
      case 'metadata':
      case 'assert': {
        const name = this.expectIdentifier(word === 'metadata' ? 'a metadata name' : 'an assertion name');
        const value = name ? this.parseAssignedValue() : (this.skipUntil(S_NL), undefined);
        return word === 'metadata'
          ? { kind: 'Metadata', start, end: this.prevEnd(), decorators, keyword, name, value }
          : { kind: 'Assert', start, end: this.prevEnd(), decorators, keyword, name, value };
      }
      case 'targetScope': {
        const value = this.parseAssignedValue();
        return { kind: 'TargetScope', start, end: this.prevEnd(), decorators, keyword, value };
      }
      case 'using': {
        let path: StringLiteral | undefined;
        let none = false;
        let config: ObjectExpr | undefined;
        if (this.isKw('none')) {
          none = true;
          this.advance();
        } else if (this.k() === Tok.StringComplete || this.k() === Tok.StringLeft) path = this.parseString();
        else this.recover("Expected a file path string or 'none' after 'using'", S_NL);
        if (this.isKw('with')) {
          this.advance();
          if (this.k() === Tok.LBrace) config = this.parseObject(false);
          else this.recover("Expected '{'", S_NL);
        }
        return { kind: 'Using', start, end: this.prevEnd(), decorators, keyword, path, none, config };
      }
      case 'extends': {
        let path: StringLiteral | undefined;
        if (this.k() === Tok.StringComplete || this.k() === Tok.StringLeft) path = this.parseString();
        else this.recover("Expected a file path string after 'extends'", S_NL);
        return { kind: 'Extends', start, end: this.prevEnd(), decorators, keyword, path };
      }
      default: {
        // unreachable: keyword sets are fixed
        const sk = this.skipUntil(S_NL);
        return sk ?? { kind: 'Skipped', start, end: this.prevEnd() };
      }
    }
  }

  /** `= expr` with recovery. */
  private parseAssignedValue(): Expr | undefined {
    if (!this.expect(Tok.Assign, '=')) {
      this.skipUntil(S_NL);
      return undefined;
    }
    return this.parseExpressionOrRecover(S_NL);
  }

  private parseExpressionOrRecover(stops: number): Expr | undefined {
    const e = this.parseExpression(false);
    if (!e) {
      this.errorHere('Expected an expression');
      this.skipUntil(stops);
    }
    return e;
  }

  private parseTypeOrRecover(allowOptionalResourceString: boolean): TypeExpr | undefined {
    const t = this.parseType(allowOptionalResourceString);
    if (!t) {
      this.errorHere('Expected a type');
      this.skipUntil(S_NL | S_ASSIGN);
    }
    return t;
  }

  private parseParam(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    const name = this.expectIdentifier('a parameter name');
    if (!name) {
      this.skipUntil(S_NL);
      return { kind: 'Param', start, end: this.prevEnd(), decorators, keyword, name, type: undefined, defaultValue: undefined };
    }
    let type: TypeExpr | undefined;
    if (this.k() === Tok.Assign || (this.k() === Tok.NewLine && !this.hasUnionSeparator()) || this.k() === Tok.EOF) this.errorHere('Expected a parameter type');
    else type = this.parseTypeOrRecover(false);
    let defaultValue: Expr | undefined;
    if (this.k() === Tok.Assign) {
      this.advance();
      defaultValue = this.parseExpressionOrRecover(S_NL);
    } else if (this.k() !== Tok.NewLine && this.k() !== Tok.EOF) {
      this.recover("Expected '=' or a new line after the parameter type", S_NL);
    }
    return { kind: 'Param', start, end: this.prevEnd(), decorators, keyword, name, type, defaultValue };
  }

  private parseParamAssignment(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    const name = this.expectIdentifier('a parameter name');
    const value = name ? this.parseAssignedValue() : (this.skipUntil(S_NL), undefined);
    return { kind: 'ParamAssignment', start, end: this.prevEnd(), decorators, keyword, name, value };
  }

  private parseVar(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    const name = this.expectIdentifier('a variable name');
    if (!name) {
      this.skipUntil(S_NL);
      return { kind: 'VarDecl', start, end: this.prevEnd(), decorators, keyword, name, type: undefined, value: undefined };
    }
    let type: TypeExpr | undefined;
    const kind = this.k();
    if (kind !== Tok.Assign && (kind !== Tok.NewLine || this.hasUnionSeparator()) && kind !== Tok.EOF) type = this.parseTypeOrRecover(false);
    const value = this.parseAssignedValue();
    return { kind: 'VarDecl', start, end: this.prevEnd(), decorators, keyword, name, type, value };
  }

  private parseOutput(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    const name = this.expectIdentifier('an output name');
    if (!name) {
      this.skipUntil(S_NL);
      return { kind: 'Output', start, end: this.prevEnd(), decorators, keyword, name, type: undefined, value: undefined };
    }
    let type: TypeExpr | undefined;
    if (this.k() === Tok.Assign) this.errorHere('Expected an output type');
    else type = this.parseTypeOrRecover(true);
    const value = this.parseAssignedValue();
    return { kind: 'Output', start, end: this.prevEnd(), decorators, keyword, name, type, value };
  }

  /** Body of a resource/module: `{…}`, `if (…) {…}` or `[for …]`. */
  private parseDeclBody(allowResources: boolean): Expr | undefined {
    // newlines are allowed between '=' and 'if'
    if (this.k() === Tok.NewLine && this.kSkipNl() === Tok.Identifier) {
      let j = this.i;
      while (this.kinds[j] === Tok.NewLine) j++;
      if (this.isKw('if', j)) this.i = j;
    }
    const kind = this.k();
    if (kind === Tok.LBrace) return this.parseObject(allowResources);
    if (kind === Tok.LSquare) return this.parseFor(true, allowResources);
    if (kind === Tok.Identifier && this.isKw('if')) return this.parseIf(allowResources, false);
    this.recover("Expected '{', 'if' or '[for' to start the body", S_NL);
    return undefined;
  }

  private parseResource(decorators: Decorator[], start: number, keyword: SpanLike): ResourceDecl {
    const name = this.expectIdentifier('a resource symbolic name');
    let typeString: StringLiteral | undefined;
    let existing: SpanLike | undefined;
    let body: Expr | undefined;
    const done = (): ResourceDecl => ({ kind: 'Resource', start, end: this.prevEnd(), decorators, keyword, name, typeString, existing, body });
    if (!name) {
      this.skipUntil(S_NL);
      return done();
    }
    if (this.k() === Tok.StringComplete || this.k() === Tok.StringLeft) typeString = this.parseString();
    else {
      this.recover("Expected a resource type string like 'Microsoft.Storage/storageAccounts@2025-01-01'", S_NL | S_ASSIGN);
      if (this.k() !== Tok.Assign) return done();
    }
    if (this.isKw('existing')) {
      existing = this.span();
      this.advance();
    }
    if (!this.expect(Tok.Assign, '=')) {
      this.skipUntil(S_NL | S_LBRACE);
      if (this.k() !== Tok.LBrace) return done();
    }
    body = this.parseDeclBody(true);
    return done();
  }

  private parseModuleOrTest(kind: 'Module' | 'Test', decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    const name = this.expectIdentifier(kind === 'Module' ? 'a module symbolic name' : 'a test name');
    let path: StringLiteral | undefined;
    let body: Expr | undefined;
    const done = (): Statement => ({ kind, start, end: this.prevEnd(), decorators, keyword, name, path, body });
    if (!name) {
      this.skipUntil(S_NL);
      return done();
    }
    if (this.k() === Tok.StringComplete || this.k() === Tok.StringLeft) path = this.parseString();
    else {
      this.recover("Expected a module path string like './module.bicep' or 'br/public:…'", S_NL | S_ASSIGN);
      if (this.k() !== Tok.Assign) return done();
    }
    if (!this.expect(Tok.Assign, '=')) {
      this.skipUntil(S_NL | S_LBRACE);
      if (this.k() !== Tok.LBrace) return done();
    }
    body = this.parseDeclBody(false);
    return done();
  }

  private parseFunc(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    const name = this.expectIdentifier('a function name');
    let lambda: TypedLambdaExpr | undefined;
    if (name) {
      if (this.k() === Tok.LParen) lambda = this.parseTypedLambda();
      else this.recover("Expected '(' to start the function parameters", S_NL);
    } else this.skipUntil(S_NL);
    return { kind: 'Func', start, end: this.prevEnd(), decorators, keyword, name, lambda };
  }

  private parseTypedLambda(): TypedLambdaExpr {
    const start = this.s();
    this.advance(); // (
    const params: TypedLambdaParam[] = [];
    this.skipNewLines();
    while (this.k() !== Tok.RParen) {
      const kind = this.k();
      if (kind === Tok.EOF || kind === Tok.NewLine) break;
      const before = this.i;
      const ps = this.s();
      const name = this.expectIdentifier('a parameter name');
      let type: TypeExpr | undefined;
      if (name) type = this.parseTypeOrRecover(false);
      params.push({ kind: 'TypedParam', start: ps, end: this.prevEnd(), name, type });
      this.skipNewLines();
      if (this.k() === Tok.Comma) {
        this.advance();
        this.skipNewLines();
      } else if (this.k() !== Tok.RParen) {
        this.recover("Expected ',' or ')'", S_NL | S_RPAREN | S_COMMA);
        if (this.k() === Tok.Comma) this.advance();
        else if (this.i === before) break;
      }
    }
    let returnType: TypeExpr | undefined;
    let body: Expr | undefined;
    if (this.expect(Tok.RParen, ')')) {
      returnType = this.parseTypeOrRecover(false);
      if (this.expect(Tok.Arrow, '=>')) {
        this.skipNewLinesBeforeBody();
        body = this.parseExpressionOrRecover(S_NL);
      } else this.skipUntil(S_NL);
    } else this.skipUntil(S_NL);
    return { kind: 'TypedLambda', start, end: this.prevEnd(), params, returnType, body };
  }

  /** After `=>`, newlines are allowed unless a declaration keyword follows. */
  private skipNewLinesBeforeBody(): void {
    if (this.k() !== Tok.NewLine) return;
    let j = this.i;
    while (this.kinds[j] === Tok.NewLine) j++;
    if (this.kinds[j] === Tok.Identifier && BICEP_DECL_KEYWORDS.has(this.tokText(j))) return;
    this.i = j;
  }

  private parseImport(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    const kind = this.k();
    if (kind === Tok.StringComplete || kind === Tok.StringLeft) {
      // legacy provider syntax: import 'az@1.0.0' [with {…}] [as alias]
      return this.parseExtensionRest(decorators, start, keyword);
    }
    let items: ImportItem[] | undefined;
    let wildcardAlias: Identifier | undefined;
    let wildcard = false;
    let from: StringLiteral | undefined;
    const done = (): Statement => ({ kind: 'Import', start, end: this.prevEnd(), decorators, keyword, items, wildcardAlias, wildcard, from });
    if (kind === Tok.LBrace) {
      items = this.parseImportItems();
    } else if (kind === Tok.Asterisk) {
      wildcard = true;
      this.advance();
      if (this.isKw('as')) {
        this.advance();
        wildcardAlias = this.expectIdentifier('a namespace name');
      } else this.errorHere("Expected 'as'");
    } else {
      this.recover("Expected '{' or '*' after 'import'", S_NL);
      return done();
    }
    if (this.isKw('from')) {
      this.advance();
      if (this.k() === Tok.StringComplete || this.k() === Tok.StringLeft) from = this.parseString();
      else this.recover('Expected a module path string', S_NL);
    } else this.recover("Expected 'from'", S_NL);
    return done();
  }

  private parseImportItems(): ImportItem[] {
    const items: ImportItem[] = [];
    this.advance(); // {
    let expectItem = true;
    for (;;) {
      const kind = this.k();
      if (kind === Tok.RBrace || kind === Tok.EOF) break;
      if (kind === Tok.NewLine) {
        this.skipNewLines();
        expectItem = true;
        continue;
      }
      if (kind === Tok.Comma) {
        this.advance();
        expectItem = true;
        continue;
      }
      if (this.atDeclBoundary(true) && !this.isKw('as', this.i + 1)) {
        this.errorHere("Expected '}' to close the import list");
        return items;
      }
      if (!expectItem) {
        this.recover("Expected ',' or a new line between imported names", S_NL | S_COMMA | S_RBRACE);
        continue;
      }
      if (kind === Tok.Identifier || kind === Tok.StringComplete) {
        const is = this.s();
        const original: Identifier | StringLiteral = kind === Tok.Identifier ? this.identifier() : this.parseString();
        let alias: Identifier | undefined;
        if (this.isKw('as')) {
          this.advance();
          alias = this.expectIdentifier('an alias name');
        } else if (original.kind === 'String') this.error("A quoted import name needs an alias: 'name' as alias.", original.start, original.end);
        const originalName = original.kind === 'Identifier' ? original.name : original.exprs.length === 0 ? original.segments[0] : undefined;
        items.push({ kind: 'ImportItem', start: is, end: this.prevEnd(), original, originalName, alias });
        expectItem = false;
        continue;
      }
      this.recover('Expected an imported name', S_NL | S_COMMA | S_RBRACE);
    }
    this.expect(Tok.RBrace, '}');
    return items;
  }

  private parseExtension(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    return this.parseExtensionRest(decorators, start, keyword);
  }

  private parseExtensionRest(decorators: Decorator[], start: number, keyword: SpanLike): Statement {
    let spec: Identifier | StringLiteral | undefined;
    let config: ObjectExpr | undefined;
    let alias: Identifier | undefined;
    const kind = this.k();
    if (kind === Tok.Identifier) spec = this.identifier();
    else if (kind === Tok.StringComplete || kind === Tok.StringLeft) spec = this.parseString();
    else {
      this.recover('Expected an extension name or reference string', S_NL);
      return { kind: 'Extension', start, end: this.prevEnd(), decorators, keyword, spec, config, alias };
    }
    if (this.isKw('with')) {
      this.advance();
      if (this.k() === Tok.LBrace) config = this.parseObject(false);
      else this.recover("Expected '{'", S_NL);
    }
    if (this.isKw('as')) {
      this.advance();
      alias = this.expectIdentifier('an alias name');
    }
    return { kind: 'Extension', start, end: this.prevEnd(), decorators, keyword, spec, config, alias };
  }

  // ------------------------------------------------------------------ expressions

  /** Returns undefined (consuming nothing) when no expression starts here. */
  parseExpression(_inHole: boolean): Expr | undefined {
    if (this.depth >= MAX_DEPTH) return this.skipDeep();
    this.depth++;
    try {
      const condition = this.parseBinary(0);
      if (!condition) return undefined;
      let kind = this.k();
      if (kind === Tok.NewLine && this.kSkipNl() === Tok.Question) {
        this.skipNewLines();
        kind = this.k();
      }
      if (kind !== Tok.Question) return condition;
      this.advance();
      const then = this.parseExpression(false);
      if (!then) this.recover('Expected an expression after ?', S_COLON | S_NL | S_RBRACE | S_RPAREN | S_RSQUARE | S_STRPIECE);
      if (this.k() === Tok.NewLine && this.kSkipNl() === Tok.Colon) this.skipNewLines();
      let elseExpr: Expr | undefined;
      if (this.k() === Tok.Colon) {
        this.advance();
        elseExpr = this.parseExpression(false);
        if (!elseExpr) this.errorHere('Expected an expression after :');
      } else this.errorHere("Expected ':' in the conditional expression");
      return { kind: 'Ternary', start: condition.start, end: this.prevEnd(), condition, then, else: elseExpr };
    } finally {
      this.depth--;
    }
  }

  private parseBinary(minPrec: number): Expr | undefined {
    let left = this.parseUnary();
    if (!left) return undefined;
    for (;;) {
      const kind = this.k();
      const prec = PRECEDENCE[kind] as number;
      if (prec <= minPrec) break;
      const op = BINARY_OP[kind] as BinaryOp;
      this.advance();
      const right = this.parseBinary(prec);
      if (!right) this.errorHere(`Expected an expression after '${op}'`);
      left = { kind: 'Binary', start: left.start, end: right ? right.end : this.prevEnd(), op, left, right };
    }
    return left;
  }

  private parseUnary(): Expr | undefined {
    const kind = this.k();
    if (kind !== Tok.Exclamation && kind !== Tok.Minus) return this.parsePostfix();
    // collect prefix operators iteratively (no recursion for `!!!!…x`)
    const ops: { op: UnaryOp; start: number }[] = [];
    while (this.k() === Tok.Exclamation || this.k() === Tok.Minus) {
      ops.push({ op: this.k() === Tok.Exclamation ? '!' : '-', start: this.s() });
      this.advance();
    }
    let operand = this.parsePostfix();
    if (!operand) this.errorHere(`Expected an expression after '${ops[ops.length - 1]?.op ?? '!'}'`);
    let result: Expr | undefined = operand;
    for (let j = ops.length - 1; j >= 0; j--) {
      const o = ops[j] as { op: UnaryOp; start: number };
      result = { kind: 'Unary', start: o.start, end: result ? result.end : this.prevEnd(), op: o.op, operand: result };
      operand = result;
    }
    return result;
  }

  private parsePostfix(): Expr | undefined {
    let current = this.parsePrimary();
    if (!current) return undefined;
    for (;;) {
      const kind = this.k();
      if (kind === Tok.LSquare) {
        this.advance();
        let safe = false;
        let fromEnd = false;
        if (this.k() === Tok.Question) {
          safe = true;
          this.advance();
        }
        if (this.k() === Tok.Hat) {
          fromEnd = true;
          this.advance();
        }
        let index: Expr | undefined;
        if (this.k() === Tok.RSquare) this.errorHere('Expected an index expression');
        else {
          index = this.parseExpression(false);
          if (!index) this.recover('Expected an index expression', S_RSQUARE | S_NL);
        }
        if (this.k() === Tok.RSquare) this.advance();
        else this.errorHere("Expected ']'");
        current = { kind: 'Index', start: current.start, end: this.prevEnd(), object: current, index, safe, fromEnd };
        continue;
      }
      if (kind === Tok.Dot) {
        this.advance();
        let safe = false;
        if (this.k() === Tok.Question) {
          safe = true;
          this.advance();
        }
        if (this.k() !== Tok.Identifier) {
          this.errorHere('Expected a property or function name');
          current = { kind: 'Member', start: current.start, end: this.prevEnd(), object: current, name: undefined, safe };
          continue;
        }
        const name = this.identifier();
        if (this.k() === Tok.LParen) {
          if (safe) this.error("'.?' cannot be used before a function call.", name.start, name.end);
          current = this.parseCallRest(current, name);
        } else current = { kind: 'Member', start: current.start, end: name.end, object: current, name, safe };
        continue;
      }
      if (kind === Tok.DoubleColon) {
        this.advance();
        const name = this.k() === Tok.Identifier ? this.identifier() : undefined;
        if (!name) this.errorHere('Expected a nested resource name after ::');
        current = { kind: 'ResourceAccess', start: current.start, end: this.prevEnd(), object: current, name };
        continue;
      }
      if (kind === Tok.Exclamation) {
        this.advance();
        current = { kind: 'NonNull', start: current.start, end: this.prevEnd(), expr: current };
        continue;
      }
      break;
    }
    return current;
  }

  private parsePrimary(): Expr | undefined {
    const kind = this.k();
    const s = this.s();
    switch (kind) {
      case Tok.Integer: {
        const raw = this.tokText();
        this.advance();
        return { kind: 'Integer', start: s, end: s + raw.length, value: Number(raw), raw };
      }
      case Tok.True:
      case Tok.False: {
        const e = this.e();
        this.advance();
        return { kind: 'Boolean', start: s, end: e, value: kind === Tok.True };
      }
      case Tok.Null: {
        const e = this.e();
        this.advance();
        return { kind: 'Null', start: s, end: e };
      }
      case Tok.StringComplete:
      case Tok.StringLeft:
        return this.parseString();
      case Tok.LBrace:
        return this.parseObject(false);
      case Tok.LSquare: {
        // `[for …]` (newlines allowed before `for`)
        let j = this.i + 1;
        while (this.kinds[j] === Tok.NewLine) j++;
        if (this.isKw('for', j)) return this.parseFor(false, false);
        return this.parseArray();
      }
      case Tok.LParen:
        return this.parseParenOrLambda();
      case Tok.Identifier:
        // a declaration at column 0 is never an expression: the enclosing construct is unfinished
        if (this.atLineStart() && this.atDeclBoundary(false)) return undefined;
        return this.parseIdentifierPrimary(true);
      default:
        return undefined;
    }
  }

  private parseIdentifierPrimary(allowLambda: boolean): Expr {
    const id = this.identifier();
    const next = this.k();
    if (next === Tok.LParen) return this.parseCallRest(undefined, id);
    if (allowLambda && next === Tok.Arrow) {
      this.advance();
      this.skipNewLinesBeforeBody();
      const body = this.parseExpression(false);
      if (!body) this.errorHere('Expected a lambda body');
      return { kind: 'Lambda', start: id.start, end: this.prevEnd(), params: [id], body };
    }
    return { kind: 'Var', start: id.start, end: id.end, name: id.name };
  }

  /** At `(` after a function name: parse arguments. */
  private parseCallRest(target: Expr | undefined, name: Identifier): CallExpr {
    const open = this.s();
    this.advance(); // (
    const args: Expr[] = [];
    const start = target ? target.start : name.start;
    if (this.depth >= MAX_DEPTH) {
      const sk = this.skipDeep();
      args.push(sk);
      let close: number | undefined;
      if (this.k() === Tok.RParen) {
        close = this.s();
        this.advance();
      }
      return { kind: 'Call', start, end: this.prevEnd(), target, name, args, open, close };
    }
    this.depth++;
    try {
      this.skipNewLines();
      let close: number | undefined;
      for (;;) {
        const kind = this.k();
        if (kind === Tok.RParen) {
          close = this.s();
          this.advance();
          break;
        }
        if (kind === Tok.EOF || this.atDeclBoundary(false)) {
          this.errorHere("Expected ')' to close the argument list");
          break;
        }
        const before = this.i;
        const arg = this.parseExpression(false);
        if (arg) args.push(arg);
        else {
          const sk = this.recover('Expected an argument expression', S_COMMA | S_RPAREN | S_NL | S_RBRACE | S_RSQUARE);
          if (sk) args.push(sk);
        }
        // separator
        let sawNewLine = false;
        if (this.k() === Tok.NewLine) {
          sawNewLine = true;
          this.skipNewLines();
        }
        const sep = this.k();
        if (sep === Tok.Comma) {
          this.advance();
          this.skipNewLines();
          if (this.k() === Tok.RParen) this.error('Trailing commas are not allowed in argument lists.', this.prevEnd() - 1, this.prevEnd());
          continue;
        }
        if (sep === Tok.RParen) continue;
        if (sawNewLine) {
          if (this.atDeclBoundary(false) || sep === Tok.EOF) continue;
          this.errorHere("Expected ',' between arguments");
          continue;
        }
        if (sep === Tok.RBrace || sep === Tok.RSquare || sep === Tok.EOF || sep === Tok.StringMiddle || sep === Tok.StringRight) {
          this.errorHere("Expected ')' to close the argument list");
          break;
        }
        this.recover("Expected ',' or ')'", S_COMMA | S_RPAREN | S_NL | S_RBRACE | S_RSQUARE);
        if (this.i === before) break;
      }
      return { kind: 'Call', start, end: this.prevEnd(), target, name, args, open, close };
    } finally {
      this.depth--;
    }
  }

  private parseParenOrLambda(): Expr {
    const start = this.s();
    this.advance(); // (
    const items: (Expr | undefined)[] = [];
    if (this.depth >= MAX_DEPTH) {
      this.skipDeep();
      if (this.k() === Tok.RParen) this.advance();
      return { kind: 'Parens', start, end: this.prevEnd(), expr: undefined };
    }
    this.depth++;
    let closed = false;
    try {
      this.skipNewLines();
      for (;;) {
        const kind = this.k();
        if (kind === Tok.RParen) {
          this.advance();
          closed = true;
          break;
        }
        if (kind === Tok.EOF || this.atDeclBoundary(true)) {
          this.errorHere("Expected ')'");
          break;
        }
        const before = this.i;
        const item = this.parseExpression(false);
        if (!item) {
          this.recover('Expected an expression', S_COMMA | S_RPAREN | S_NL | S_RBRACE | S_RSQUARE | S_STRPIECE);
        }
        items.push(item);
        this.skipNewLines();
        if (this.k() === Tok.Comma) {
          this.advance();
          this.skipNewLines();
          continue;
        }
        if (this.k() === Tok.RParen) continue;
        this.errorHere("Expected ')'");
        if (this.i === before || !item) break;
        break;
      }
    } finally {
      this.depth--;
    }
    if (closed && this.k() === Tok.Arrow) {
      this.advance();
      const params: Identifier[] = [];
      for (const it of items) {
        if (it && it.kind === 'Var') params.push({ kind: 'Identifier', start: it.start, end: it.end, name: it.name });
        else if (it) this.error('Expected a lambda parameter name.', it.start, it.end);
      }
      this.skipNewLinesBeforeBody();
      const body = this.parseExpression(false);
      if (!body) this.errorHere('Expected a lambda body');
      return { kind: 'Lambda', start, end: this.prevEnd(), params, body };
    }
    if (items.length !== 1 && closed) this.error('Parentheses must contain exactly one expression.', start, this.prevEnd());
    return { kind: 'Parens', start, end: this.prevEnd(), expr: items[0] };
  }

  parseString(): StringLiteral {
    const ts = this.ts;
    const first = this.i;
    const start = this.s();
    const f = ts.flags[first] as number;
    const multiline = (f & StrFlag.Multiline) !== 0;
    const dollars = f >> StrFlag.DollarShift;
    let terminated = (f & StrFlag.Terminated) !== 0;
    let hasEscapes = (f & StrFlag.HasEscapes) !== 0;
    const seg0 = decodeStringToken(ts, first);
    const span0 = stringContentRange(ts, first);
    if (this.k() === Tok.StringComplete) {
      this.advance();
      return {
        kind: 'String',
        start,
        end: this.prevEnd(),
        segments: [seg0],
        exprs: NO_EXPRS,
        segmentOffsets: [span0.start, span0.end],
        multiline,
        dollars,
        verbatim: !hasEscapes,
        terminated,
      };
    }
    // interpolated
    const segments: string[] = [seg0];
    const segmentOffsets: number[] = [span0.start, span0.end];
    const exprs: Expr[] = [];
    this.advance(); // left piece
    this.depth++;
    try {
      for (;;) {
        const hs = this.s();
        let e: Expr | undefined = this.depth >= MAX_DEPTH ? this.skipDeep() : this.parseExpression(true);
        if (!e) {
          this.errorHere('Expected an expression in the interpolation');
          e = { kind: 'Skipped', start: hs, end: hs };
        }
        const kind = this.k();
        if (kind !== Tok.StringMiddle && kind !== Tok.StringRight) {
          this.errorHere("Expected '}' to close the interpolation");
          const sk = this.skipUntil(S_STRPIECE | S_NL);
          if (sk) {
            const m: MutableSkipped = { kind: 'Skipped', start: e.start, end: sk.end };
            e = m;
          }
        }
        exprs.push(e);
        const k2 = this.k();
        if (k2 === Tok.StringMiddle || k2 === Tok.StringRight) {
          const fl = ts.flags[this.i] as number;
          if (fl & StrFlag.HasEscapes) hasEscapes = true;
          if (k2 === Tok.StringRight) terminated = terminated && (fl & StrFlag.Terminated) !== 0;
          segments.push(decodeStringToken(ts, this.i));
          const r = stringContentRange(ts, this.i);
          segmentOffsets.push(r.start, r.end);
          this.advance();
          if (k2 === Tok.StringRight) break;
          continue;
        }
        // unterminated
        terminated = false;
        segments.push('');
        segmentOffsets.push(this.prevEnd(), this.prevEnd());
        break;
      }
    } finally {
      this.depth--;
    }
    return { kind: 'String', start, end: this.prevEnd(), segments, exprs, segmentOffsets, multiline, dollars, verbatim: false, terminated };
  }

  parseObject(allowResources: boolean): ObjectExpr {
    const start = this.s();
    const open = this.s();
    this.advance(); // {
    const items: ObjectItem[] = [];
    const properties: ObjectProperty[] = [];
    if (this.depth >= MAX_DEPTH) {
      const sk = this.skipDeep();
      items.push(sk);
      let close: number | undefined;
      if (this.k() === Tok.RBrace) {
        close = this.s();
        this.advance();
      }
      return { kind: 'Object', start, end: this.prevEnd(), items, properties, open, close };
    }
    this.depth++;
    let close: number | undefined;
    try {
      let expectItem = true;
      for (;;) {
        const kind = this.k();
        if (kind === Tok.RBrace) {
          close = this.s();
          this.advance();
          break;
        }
        if (kind === Tok.EOF || this.atDeclBoundary(true)) {
          this.error("This object is not closed: expected '}'.", open, open + 1);
          break;
        }
        if (kind === Tok.NewLine) {
          this.skipNewLines();
          expectItem = true;
          continue;
        }
        if (kind === Tok.Comma) {
          if (expectItem) this.error('Expected a property before the comma.', this.s(), this.e());
          this.advance();
          if (this.k() === Tok.NewLine) this.error('A comma separator cannot be followed by a new line; use either commas or new lines.', this.prevEnd() - 1, this.prevEnd());
          expectItem = true;
          continue;
        }
        if (!expectItem) {
          const sk = this.recover("Expected a new line or ',' between properties", S_NL | S_COMMA | S_RBRACE);
          if (sk) items.push(sk);
          continue;
        }
        const item = this.parseObjectItem(allowResources);
        items.push(item);
        if (item.kind === 'Property') properties.push(item);
        expectItem = false;
      }
    } finally {
      this.depth--;
    }
    return { kind: 'Object', start, end: this.prevEnd(), items, properties, open, close };
  }

  private parseObjectItem(allowResources: boolean): ObjectItem {
    const kind = this.k();
    const start = this.s();
    if (allowResources && (kind === Tok.At || (this.isKw('resource') && this.k(1) === Tok.Identifier))) {
      const decorators = this.parseDecorators();
      if (this.isKw('resource')) {
        const kw = this.span();
        this.advance();
        return this.parseResource(decorators, start, kw);
      }
      const sk = this.recover("Expected a nested 'resource' declaration after the decorator", S_NL | S_RBRACE);
      return sk ?? { kind: 'Skipped', start, end: this.prevEnd() };
    }
    if (kind === Tok.Ellipsis) {
      this.advance();
      const expr = this.parseExpressionOrRecover(S_NL | S_COMMA | S_RBRACE);
      return { kind: 'Spread', start, end: this.prevEnd(), expr };
    }
    let key: Identifier | StringLiteral | undefined;
    let name: string | undefined;
    if (kind === Tok.Identifier || kind === Tok.True || kind === Tok.False || kind === Tok.Null) {
      if (kind !== Tok.Identifier) this.error(`'${this.tokText()}' is a keyword; quote it to use it as a property name.`, this.s(), this.e());
      key = this.identifier();
      name = key.name;
    } else if (kind === Tok.StringComplete || kind === Tok.StringLeft) {
      key = this.parseString();
      if (key.exprs.length === 0) name = key.segments[0];
    } else {
      const sk = this.recover('Expected a property name', S_NL | S_COMMA | S_RBRACE);
      return sk ?? { kind: 'Skipped', start, end: this.prevEnd() };
    }
    let colon: number | undefined;
    let value: Expr | undefined;
    if (this.k() === Tok.Colon) {
      colon = this.s();
      this.advance();
      value = this.parseExpression(false);
      if (!value) {
        this.errorHere(`Expected a value for property '${name ?? ''}'`);
        this.skipUntil(S_NL | S_COMMA | S_RBRACE);
      }
    } else {
      this.errorHere("Expected ':' after the property name");
      this.skipUntil(S_NL | S_COMMA | S_RBRACE);
    }
    return { kind: 'Property', start, end: this.prevEnd(), key, name, colon, value };
  }

  private parseArray(): ArrayExpr {
    const start = this.s();
    const open = this.s();
    this.advance(); // [
    const items: ArrayItem[] = [];
    if (this.depth >= MAX_DEPTH) {
      items.push(this.skipDeep());
      let close: number | undefined;
      if (this.k() === Tok.RSquare) {
        close = this.s();
        this.advance();
      }
      return { kind: 'Array', start, end: this.prevEnd(), items, open, close };
    }
    this.depth++;
    let close: number | undefined;
    try {
      let expectItem = true;
      for (;;) {
        const kind = this.k();
        if (kind === Tok.RSquare) {
          close = this.s();
          this.advance();
          break;
        }
        if (kind === Tok.EOF || this.atDeclBoundary(true)) {
          this.error("This array is not closed: expected ']'.", open, open + 1);
          break;
        }
        if (kind === Tok.NewLine) {
          this.skipNewLines();
          expectItem = true;
          continue;
        }
        if (kind === Tok.Comma) {
          if (expectItem) this.error('Expected an item before the comma.', this.s(), this.e());
          this.advance();
          if (this.k() === Tok.NewLine) this.error('A comma separator cannot be followed by a new line; use either commas or new lines.', this.prevEnd() - 1, this.prevEnd());
          expectItem = true;
          continue;
        }
        if (!expectItem) {
          const sk = this.recover("Expected a new line or ',' between array items", S_NL | S_COMMA | S_RSQUARE | S_RBRACE);
          if (sk) items.push(sk);
          if (this.k() === Tok.RBrace) {
            this.errorHere("Expected ']' to close the array");
            break;
          }
          continue;
        }
        if (kind === Tok.Ellipsis) {
          const s = this.s();
          this.advance();
          const expr = this.parseExpressionOrRecover(S_NL | S_COMMA | S_RSQUARE);
          items.push({ kind: 'Spread', start: s, end: this.prevEnd(), expr });
          expectItem = false;
          continue;
        }
        const item = this.parseExpression(false);
        if (item) items.push(item);
        else {
          const sk = this.recover('Expected an array item', S_NL | S_COMMA | S_RSQUARE | S_RBRACE);
          if (sk) items.push(sk);
          if (this.k() === Tok.RBrace) {
            this.errorHere("Expected ']' to close the array");
            break;
          }
        }
        expectItem = false;
      }
    } finally {
      this.depth--;
    }
    return { kind: 'Array', start, end: this.prevEnd(), items, open, close };
  }

  private parseFor(resourceContext: boolean, allowResources: boolean): ForExpr {
    const start = this.s();
    const open = this.s();
    this.advance(); // [
    this.skipNewLines();
    let item: Identifier | undefined;
    let index: Identifier | undefined;
    let iterable: Expr | undefined;
    let body: Expr | undefined;
    let close: number | undefined;
    const done = (): ForExpr => ({ kind: 'For', start, end: this.prevEnd(), item, index, iterable, body, open, close });
    const finish = (): ForExpr => {
      this.skipUntil(S_RSQUARE | S_NL);
      if (this.k() === Tok.RSquare) {
        close = this.s();
        this.advance();
      }
      return done();
    };
    if (this.depth >= MAX_DEPTH) {
      this.skipDeep();
      return finish();
    }
    this.depth++;
    try {
      if (!this.isKw('for')) {
        this.errorHere("Expected 'for'");
        return finish();
      }
      this.advance();
      if (this.k() === Tok.Identifier) item = this.identifier();
      else if (this.k() === Tok.LParen) {
        this.advance();
        item = this.expectIdentifier('a loop item variable');
        if (this.k() === Tok.Comma) {
          this.advance();
          index = this.expectIdentifier('a loop index variable');
        } else this.errorHere("Expected ',' and an index variable: for (item, index) in …");
        if (!this.expect(Tok.RParen, ')')) this.skipUntil(S_RPAREN | S_NL | S_RSQUARE);
        if (this.k() === Tok.RParen) this.advance();
      } else {
        this.errorHere('Expected a loop variable or (item, index)');
        return finish();
      }
      if (!this.isKw('in')) {
        this.errorHere("Expected 'in'");
        return finish();
      }
      this.advance();
      iterable = this.parseExpression(false);
      if (!iterable) {
        this.errorHere('Expected the collection to iterate');
        this.skipUntil(S_COLON | S_RSQUARE | S_NL);
      }
      if (!this.expect(Tok.Colon, ':')) return finish();
      if (resourceContext) {
        if (this.k() === Tok.LBrace) body = this.parseObject(allowResources);
        else if (this.isKw('if')) body = this.parseIf(allowResources, true);
        else {
          this.errorHere("Expected '{' or 'if' for the loop body");
          return finish();
        }
      } else {
        body = this.parseExpression(false);
        if (!body) {
          this.errorHere('Expected the loop body expression');
          return finish();
        }
      }
      this.skipNewLines();
      if (this.k() === Tok.RSquare) {
        close = this.s();
        this.advance();
      } else {
        this.errorHere("Expected ']' to close the loop");
        if (!this.atDeclBoundary(true)) return finish();
      }
      return done();
    } finally {
      this.depth--;
    }
  }

  private parseIf(allowResources: boolean, insideFor: boolean): IfExpr {
    const start = this.s();
    this.advance(); // if
    let condition: Expr | undefined;
    let body: ObjectExpr | undefined;
    if (this.k() === Tok.LParen) {
      const p = this.parseParenOrLambda();
      condition = p.kind === 'Parens' ? p.expr : p;
    } else {
      this.recover("Expected '(' after 'if'", S_LBRACE | S_NL | (insideFor ? S_RSQUARE : 0));
    }
    if (this.k() === Tok.LBrace) body = this.parseObject(allowResources);
    else this.recover("Expected '{' after the condition", S_NL | (insideFor ? S_RSQUARE : 0));
    return { kind: 'If', start, end: this.prevEnd(), condition, body };
  }

  // ------------------------------------------------------------------ types

  private parseType(allowOptionalResourceString: boolean): TypeExpr | undefined {
    if (this.isKw('resource') && this.k(1) !== Tok.Lt) {
      const start = this.s();
      this.advance();
      let typeString: StringLiteral | undefined;
      if (this.k() === Tok.StringComplete || this.k() === Tok.StringLeft) typeString = this.parseString();
      else if (!allowOptionalResourceString) this.errorHere('Expected a resource type string');
      return { kind: 'TypeResource', start, end: this.prevEnd(), typeString };
    }
    return this.parseTypeExpression();
  }

  private hasUnionSeparator(): boolean {
    const kind = this.k();
    return kind === Tok.Pipe || (kind === Tok.NewLine && this.k(1) === Tok.Pipe);
  }

  private parseTypeExpression(): TypeExpr | undefined {
    if (this.depth >= MAX_DEPTH) return this.skipDeep();
    this.depth++;
    try {
      let leading = false;
      if (this.hasUnionSeparator()) this.skipNewLines();
      const start = this.s();
      if (this.k() === Tok.Pipe) {
        this.advance(); // |
        leading = true;
      }
      const first = this.parseUnaryType();
      if (!first) {
        if (leading) this.errorHere('Expected a type after |');
        return undefined;
      }
      if (!leading && !this.hasUnionSeparator()) return first;
      const members: TypeExpr[] = [first];
      while (this.hasUnionSeparator()) {
        this.skipNewLines();
        this.advance(); // |
        if (this.k() === Tok.NewLine) {
          this.errorHere('Expected a type after |');
          break;
        }
        const m = this.parseUnaryType();
        if (!m) {
          this.recover('Expected a type after |', S_NL | S_RBRACE | S_RSQUARE | S_RPAREN | S_COMMA);
          break;
        }
        members.push(m);
      }
      return { kind: 'TypeUnion', start: leading ? start : first.start, end: this.prevEnd(), members };
    } finally {
      this.depth--;
    }
  }

  private parseUnaryType(): TypeExpr | undefined {
    let t: TypeExpr | undefined;
    const kind = this.k();
    if (kind === Tok.Minus || kind === Tok.Exclamation) {
      const start = this.s();
      this.advance();
      const operand = this.parseMemberType();
      if (!operand) this.errorHere('Expected a type');
      t = { kind: 'TypeUnary', start, end: this.prevEnd(), op: kind === Tok.Minus ? '-' : '!', operand };
    } else t = this.parseMemberType();
    if (!t) return undefined;
    for (;;) {
      const k2 = this.k();
      if (k2 === Tok.Question) {
        this.advance();
        t = { kind: 'TypeNullable', start: t.start, end: this.prevEnd(), inner: t };
        continue;
      }
      if (k2 === Tok.Exclamation) {
        this.advance();
        t = { kind: 'TypeNonNull', start: t.start, end: this.prevEnd(), inner: t };
        continue;
      }
      break;
    }
    return t;
  }

  private parseMemberType(): TypeExpr | undefined {
    let current = this.parsePrimaryType();
    if (!current) return undefined;
    for (;;) {
      const kind = this.k();
      if (kind === Tok.LSquare) {
        this.advance();
        if (this.k() === Tok.RSquare) {
          this.advance();
          current = { kind: 'TypeArray', start: current.start, end: this.prevEnd(), element: current };
          continue;
        }
        if (this.k() === Tok.Asterisk) {
          this.advance();
          this.expect(Tok.RSquare, ']');
          current = { kind: 'TypeIndex', start: current.start, end: this.prevEnd(), object: current, index: undefined, wildcard: true };
          continue;
        }
        const index = this.parseExpression(false);
        if (!index) this.recover('Expected an index', S_RSQUARE | S_NL);
        if (this.k() === Tok.RSquare) this.advance();
        else this.errorHere("Expected ']'");
        current = { kind: 'TypeIndex', start: current.start, end: this.prevEnd(), object: current, index, wildcard: false };
        continue;
      }
      if (kind === Tok.Dot) {
        this.advance();
        if (this.k() === Tok.Asterisk) {
          this.advance();
          current = { kind: 'TypeMember', start: current.start, end: this.prevEnd(), object: current, name: undefined, wildcard: true };
          continue;
        }
        if (this.k() !== Tok.Identifier) {
          this.errorHere('Expected a property name');
          break;
        }
        const name = this.identifier();
        if (this.k() === Tok.Lt) {
          const args = this.parseTypeArgs();
          current = { kind: 'TypeParameterized', start: current.start, end: this.prevEnd(), target: current, name, args };
        } else current = { kind: 'TypeMember', start: current.start, end: name.end, object: current, name, wildcard: false };
        continue;
      }
      break;
    }
    return current;
  }

  private parseTypeArgs(): TypeExpr[] {
    this.advance(); // <
    const args: TypeExpr[] = [];
    this.skipNewLines();
    for (;;) {
      const kind = this.k();
      if (kind === Tok.Gt) {
        this.advance();
        break;
      }
      if (kind === Tok.EOF || kind === Tok.NewLine) {
        this.errorHere("Expected '>'");
        break;
      }
      const before = this.i;
      const t = this.parseTypeExpression();
      if (t) args.push(t);
      else this.recover('Expected a type argument', S_COMMA | S_GT | S_NL);
      this.skipNewLines();
      if (this.k() === Tok.Comma) {
        this.advance();
        this.skipNewLines();
        continue;
      }
      if (this.k() === Tok.Gt) continue;
      this.errorHere("Expected ',' or '>'");
      if (this.i === before) break;
      break;
    }
    return args;
  }

  private parsePrimaryType(): TypeExpr | undefined {
    const kind = this.k();
    const s = this.s();
    switch (kind) {
      case Tok.Integer: {
        const raw = this.tokText();
        this.advance();
        return { kind: 'Integer', start: s, end: s + raw.length, value: Number(raw), raw };
      }
      case Tok.True:
      case Tok.False: {
        const e = this.e();
        this.advance();
        return { kind: 'Boolean', start: s, end: e, value: kind === Tok.True };
      }
      case Tok.Null: {
        const e = this.e();
        this.advance();
        return { kind: 'Null', start: s, end: e };
      }
      case Tok.StringComplete:
      case Tok.StringLeft:
        return this.parseString();
      case Tok.LBrace:
        return this.parseObjectType();
      case Tok.LSquare:
        return this.parseTupleType();
      case Tok.LParen: {
        this.advance();
        const inner = this.parseTypeExpression();
        if (!inner) this.recover('Expected a type', S_RPAREN | S_NL);
        this.expect(Tok.RParen, ')');
        return { kind: 'TypeParens', start: s, end: this.prevEnd(), inner };
      }
      case Tok.Identifier: {
        const id = this.identifier();
        if (this.k() === Tok.Lt) {
          const args = this.parseTypeArgs();
          return { kind: 'TypeParameterized', start: s, end: this.prevEnd(), target: undefined, name: id, args };
        }
        return { kind: 'TypeRef', start: s, end: id.end, name: id.name };
      }
      default:
        return undefined;
    }
  }

  private parseObjectType(): ObjectType {
    const start = this.s();
    const open = this.s();
    this.advance(); // {
    const properties: (TypeProperty | Skipped)[] = [];
    let close: number | undefined;
    this.depth++;
    try {
      let expectItem = true;
      for (;;) {
        const kind = this.k();
        if (kind === Tok.RBrace) {
          close = this.s();
          this.advance();
          break;
        }
        if (kind === Tok.EOF) {
          this.errorHere("Expected '}' to close the object type");
          break;
        }
        if (kind === Tok.NewLine) {
          this.skipNewLines();
          expectItem = true;
          continue;
        }
        if (this.atDeclBoundary(false)) {
          this.error("Expected '}' to close the object type.", this.prevEnd(), this.prevEnd());
          break;
        }
        if (kind === Tok.Comma) {
          this.advance();
          expectItem = true;
          continue;
        }
        if (!expectItem) {
          const sk = this.recover("Expected a new line or ',' between properties", S_NL | S_COMMA | S_RBRACE);
          if (sk) properties.push(sk);
          continue;
        }
        properties.push(this.parseTypeProperty());
        expectItem = false;
      }
    } finally {
      this.depth--;
    }
    return { kind: 'TypeObject', start, end: this.prevEnd(), properties, open, close };
  }

  private parseTypeProperty(): TypeProperty | Skipped {
    const start = this.s();
    const decorators = this.parseDecorators();
    const kind = this.k();
    let key: Identifier | StringLiteral | undefined;
    let name: string | undefined;
    let additional = false;
    if (kind === Tok.Identifier || kind === Tok.True || kind === Tok.False || kind === Tok.Null) {
      key = this.identifier();
      name = key.name;
    } else if (kind === Tok.StringComplete || kind === Tok.StringLeft) {
      key = this.parseString();
      if (key.exprs.length === 0) name = key.segments[0];
    } else if (kind === Tok.Asterisk) {
      additional = true;
      this.advance();
    } else {
      const sk = this.recover("Expected a property name or '*'", S_NL | S_COMMA | S_RBRACE);
      return sk ?? { kind: 'Skipped', start, end: this.prevEnd() };
    }
    let value: TypeExpr | undefined;
    if (this.k() === Tok.Colon) {
      this.advance();
      value = this.parseTypeExpression();
      if (!value) this.recover('Expected a property type', S_NL | S_COMMA | S_RBRACE);
    } else this.recover("Expected ':' after the property name", S_NL | S_COMMA | S_RBRACE);
    return { kind: 'TypeProperty', start, end: this.prevEnd(), decorators, key, name, additional, value };
  }

  private parseTupleType(): TupleType {
    const start = this.s();
    const open = this.s();
    this.advance(); // [
    const items: (TupleItem | Skipped)[] = [];
    let close: number | undefined;
    this.depth++;
    try {
      let expectItem = true;
      for (;;) {
        const kind = this.k();
        if (kind === Tok.RSquare) {
          close = this.s();
          this.advance();
          break;
        }
        if (kind === Tok.EOF) {
          this.errorHere("Expected ']' to close the tuple type");
          break;
        }
        if (kind === Tok.NewLine) {
          this.skipNewLines();
          expectItem = true;
          continue;
        }
        if (this.atDeclBoundary(false)) {
          this.error("Expected ']' to close the tuple type.", this.prevEnd(), this.prevEnd());
          break;
        }
        if (kind === Tok.Comma) {
          this.advance();
          expectItem = true;
          continue;
        }
        if (!expectItem) {
          const sk = this.recover("Expected a new line or ',' between tuple items", S_NL | S_COMMA | S_RSQUARE);
          if (sk) items.push(sk);
          continue;
        }
        const s = this.s();
        const decorators = this.parseDecorators();
        const type = this.parseTypeExpression();
        if (!type) {
          const sk = this.recover('Expected a type', S_NL | S_COMMA | S_RSQUARE);
          items.push(sk ?? { kind: 'Skipped', start: s, end: this.prevEnd() });
        } else items.push({ kind: 'TupleItem', start: s, end: this.prevEnd(), decorators, type });
        expectItem = false;
      }
    } finally {
      this.depth--;
    }
    return { kind: 'TypeTuple', start, end: this.prevEnd(), items, open, close };
  }
}
