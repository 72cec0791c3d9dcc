/**
 * The Bicep syntax tree. Every node carries `start`/`end` (UTF-16 offsets, half-open),
 * so a node is itself a `Span`. Nodes are plain objects discriminated by `kind`.
 * Missing pieces of half-typed text are `undefined` fields or `Missing` nodes; skipped
 * tokens become `Skipped` nodes, so a tree exists for any input.
 */
import type { Comment, Pragma } from './lexer';

export interface NodeBase {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

export interface SpanLike {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------------------------------------
// expressions

export interface Identifier extends NodeBase {
  readonly kind: 'Identifier';
  readonly name: string;
}

export interface StringLiteral extends NodeBase {
  readonly kind: 'String';
  /** Decoded text segments; `segments.length === exprs.length + 1`. */
  readonly segments: readonly string[];
  /** Interpolated expressions between the segments. */
  readonly exprs: readonly Expr[];
  /**
   * Source ranges of the segments' raw content (between delimiters), flat: segment `k` is
   * `[segmentOffsets[2k], segmentOffsets[2k + 1])` (one array, no object per segment).
   */
  readonly segmentOffsets: readonly number[];
  /** `'''` string (`$'''` when `dollars > 0`). */
  readonly multiline: boolean;
  /** Number of `$` before an interpolated multi-line string. */
  readonly dollars: number;
  /** The value appears verbatim in the source (no escapes, no interpolation). */
  readonly verbatim: boolean;
  /** All delimiters present. */
  readonly terminated: boolean;
}

export interface IntegerLiteral extends NodeBase {
  readonly kind: 'Integer';
  readonly value: number;
  readonly raw: string;
}

export interface BooleanLiteral extends NodeBase {
  readonly kind: 'Boolean';
  readonly value: boolean;
}

export interface NullLiteral extends NodeBase {
  readonly kind: 'Null';
}

export interface ObjectProperty extends NodeBase {
  readonly kind: 'Property';
  /** Identifier or quoted key; undefined when missing. */
  readonly key: Identifier | StringLiteral | undefined;
  /** The key's name when it is static (identifier or non-interpolated string). */
  readonly name: string | undefined;
  /** Offset of the `:` (one character), undefined when missing. */
  readonly colon: number | undefined;
  readonly value: Expr | undefined;
}

export interface Spread extends NodeBase {
  readonly kind: 'Spread';
  readonly expr: Expr | undefined;
}

export type ObjectItem = ObjectProperty | Spread | ResourceDecl | Skipped;

export interface ObjectExpr extends NodeBase {
  readonly kind: 'Object';
  readonly items: readonly ObjectItem[];
  /** The properties only (in source order). */
  readonly properties: readonly ObjectProperty[];
  /** Offset of `{` (delimiters are one character: numbers, not span objects, to keep trees small). */
  readonly open: number;
  /** Offset of `}`, undefined when missing. */
  readonly close: number | undefined;
}

export type ArrayItem = Expr | Spread;

export interface ArrayExpr extends NodeBase {
  readonly kind: 'Array';
  readonly items: readonly ArrayItem[];
  /** Offset of the opening delimiter (one character). */
  readonly open: number;
  /** Offset of the closing delimiter, undefined when missing. */
  readonly close: number | undefined;
}

export interface ForExpr extends NodeBase {
  readonly kind: 'For';
  /** Item variable. */
  readonly item: Identifier | undefined;
  /** Index variable of `for (item, index) in`. */
  readonly index: Identifier | undefined;
  readonly iterable: Expr | undefined;
  /** Object, IfExpr (resource/module filters) or any expression. */
  readonly body: Expr | undefined;
  /** Offset of the opening delimiter (one character). */
  readonly open: number;
  /** Offset of the closing delimiter, undefined when missing. */
  readonly close: number | undefined;
}

export interface IfExpr extends NodeBase {
  readonly kind: 'If';
  readonly condition: Expr | undefined;
  readonly body: ObjectExpr | undefined;
}

export interface ParenExpr extends NodeBase {
  readonly kind: 'Parens';
  readonly expr: Expr | undefined;
}

export interface VariableRef extends NodeBase {
  readonly kind: 'Var';
  readonly name: string;
}

export interface CallExpr extends NodeBase {
  readonly kind: 'Call';
  /** `az` in `az.resourceGroup()`, `sa` in `sa.listKeys()`; undefined for plain calls. */
  readonly target: Expr | undefined;
  readonly name: Identifier;
  readonly args: readonly Expr[];
  /** Offset of the opening delimiter (one character). */
  readonly open: number;
  /** Offset of the closing delimiter, undefined when missing. */
  readonly close: number | undefined;
}

export interface MemberExpr extends NodeBase {
  readonly kind: 'Member';
  readonly object: Expr;
  readonly name: Identifier | undefined;
  /** `.?` */
  readonly safe: boolean;
}

export interface IndexExpr extends NodeBase {
  readonly kind: 'Index';
  readonly object: Expr;
  readonly index: Expr | undefined;
  /** `[?` */
  readonly safe: boolean;
  /** `[^` */
  readonly fromEnd: boolean;
}

export interface ResourceAccessExpr extends NodeBase {
  readonly kind: 'ResourceAccess';
  readonly object: Expr;
  readonly name: Identifier | undefined;
}

export interface NonNullExpr extends NodeBase {
  readonly kind: 'NonNull';
  readonly expr: Expr;
}

export type UnaryOp = '!' | '-';
export interface UnaryExpr extends NodeBase {
  readonly kind: 'Unary';
  readonly op: UnaryOp;
  readonly operand: Expr | undefined;
}

export type BinaryOp =
  | '||'
  | '&&'
  | '??'
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryExpr extends NodeBase {
  readonly kind: 'Binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr | undefined;
}

export interface TernaryExpr extends NodeBase {
  readonly kind: 'Ternary';
  readonly condition: Expr;
  readonly then: Expr | undefined;
  readonly else: Expr | undefined;
}

export interface LambdaExpr extends NodeBase {
  readonly kind: 'Lambda';
  readonly params: readonly Identifier[];
  readonly body: Expr | undefined;
}

export interface TypedLambdaParam extends NodeBase {
  readonly kind: 'TypedParam';
  readonly name: Identifier | undefined;
  readonly type: TypeExpr | undefined;
}

export interface TypedLambdaExpr extends NodeBase {
  readonly kind: 'TypedLambda';
  readonly params: readonly TypedLambdaParam[];
  readonly returnType: TypeExpr | undefined;
  readonly body: Expr | undefined;
}

/** Tokens skipped during error recovery (or a placeholder when something is missing). */
export interface Skipped extends NodeBase {
  readonly kind: 'Skipped';
}

export type Expr =
  | StringLiteral
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | ObjectExpr
  | ArrayExpr
  | ForExpr
  | IfExpr
  | ParenExpr
  | VariableRef
  | CallExpr
  | MemberExpr
  | IndexExpr
  | ResourceAccessExpr
  | NonNullExpr
  | UnaryExpr
  | BinaryExpr
  | TernaryExpr
  | LambdaExpr
  | Skipped;

// ---------------------------------------------------------------------------------------------
// types

export interface TypeRef extends NodeBase {
  readonly kind: 'TypeRef';
  readonly name: string;
}

export interface ParameterizedType extends NodeBase {
  readonly kind: 'TypeParameterized';
  /** `sys` in `sys.resourceInput<…>`. */
  readonly target: TypeExpr | undefined;
  readonly name: Identifier;
  readonly args: readonly TypeExpr[];
}

export interface TypeMember extends NodeBase {
  readonly kind: 'TypeMember';
  readonly object: TypeExpr;
  /** Undefined for `.*`. */
  readonly name: Identifier | undefined;
  readonly wildcard: boolean;
}

export interface TypeIndex extends NodeBase {
  readonly kind: 'TypeIndex';
  readonly object: TypeExpr;
  /** Undefined for `[*]`. */
  readonly index: Expr | undefined;
  readonly wildcard: boolean;
}

export interface ArrayType extends NodeBase {
  readonly kind: 'TypeArray';
  readonly element: TypeExpr;
}

export interface UnionType extends NodeBase {
  readonly kind: 'TypeUnion';
  readonly members: readonly TypeExpr[];
}

export interface NullableType extends NodeBase {
  readonly kind: 'TypeNullable';
  readonly inner: TypeExpr;
}

export interface NonNullableType extends NodeBase {
  readonly kind: 'TypeNonNull';
  readonly inner: TypeExpr;
}

export interface TypeProperty extends NodeBase {
  readonly kind: 'TypeProperty';
  readonly decorators: readonly Decorator[];
  readonly key: Identifier | StringLiteral | undefined;
  readonly name: string | undefined;
  /** `*: T` (additional properties). */
  readonly additional: boolean;
  readonly value: TypeExpr | undefined;
}

export interface ObjectType extends NodeBase {
  readonly kind: 'TypeObject';
  readonly properties: readonly (TypeProperty | Skipped)[];
  /** Offset of the opening delimiter (one character). */
  readonly open: number;
  /** Offset of the closing delimiter, undefined when missing. */
  readonly close: number | undefined;
}

export interface TupleItem extends NodeBase {
  readonly kind: 'TupleItem';
  readonly decorators: readonly Decorator[];
  readonly type: TypeExpr | undefined;
}

export interface TupleType extends NodeBase {
  readonly kind: 'TypeTuple';
  readonly items: readonly (TupleItem | Skipped)[];
  /** Offset of the opening delimiter (one character). */
  readonly open: number;
  /** Offset of the closing delimiter, undefined when missing. */
  readonly close: number | undefined;
}

export interface ParenType extends NodeBase {
  readonly kind: 'TypeParens';
  readonly inner: TypeExpr | undefined;
}

export interface UnaryType extends NodeBase {
  readonly kind: 'TypeUnary';
  readonly op: UnaryOp;
  readonly operand: TypeExpr | undefined;
}

/** `resource 'Type@version'` (resource-typed params and outputs). */
export interface ResourceType extends NodeBase {
  readonly kind: 'TypeResource';
  readonly typeString: StringLiteral | undefined;
}

export type TypeExpr =
  | TypeRef
  | ParameterizedType
  | TypeMember
  | TypeIndex
  | ArrayType
  | UnionType
  | NullableType
  | NonNullableType
  | ObjectType
  | TupleType
  | ParenType
  | UnaryType
  | ResourceType
  | StringLiteral
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | Skipped;

// ---------------------------------------------------------------------------------------------
// statements

export interface Decorator extends NodeBase {
  readonly kind: 'Decorator';
  /** The call or reference after `@`. */
  readonly expr: Expr | undefined;
  /** `description` in `@sys.description(…)`. */
  readonly name: string | undefined;
  /** `sys` in `@sys.description(…)`. */
  readonly namespace: string | undefined;
  readonly args: readonly Expr[];
}

interface DeclBase extends NodeBase {
  readonly decorators: readonly Decorator[];
  /** The statement keyword (`param`, `resource`, …). */
  readonly keyword: SpanLike;
}

export interface ParamDecl extends DeclBase {
  readonly kind: 'Param';
  readonly name: Identifier | undefined;
  readonly type: TypeExpr | undefined;
  readonly defaultValue: Expr | undefined;
}

/** `param x = value` in a .bicepparam file. */
export interface ParamAssignmentDecl extends DeclBase {
  readonly kind: 'ParamAssignment';
  readonly name: Identifier | undefined;
  readonly value: Expr | undefined;
}

export interface VarDecl extends DeclBase {
  readonly kind: 'VarDecl';
  readonly name: Identifier | undefined;
  readonly type: TypeExpr | undefined;
  readonly value: Expr | undefined;
}

export interface OutputDecl extends DeclBase {
  readonly kind: 'Output';
  readonly name: Identifier | undefined;
  readonly type: TypeExpr | undefined;
  readonly value: Expr | undefined;
}

export interface ResourceDecl extends DeclBase {
  readonly kind: 'Resource';
  readonly name: Identifier | undefined;
  readonly typeString: StringLiteral | undefined;
  readonly existing: SpanLike | undefined;
  /** Object, IfExpr or ForExpr. */
  readonly body: Expr | undefined;
}

export interface ModuleDecl extends DeclBase {
  readonly kind: 'Module';
  readonly name: Identifier | undefined;
  readonly path: StringLiteral | undefined;
  readonly body: Expr | undefined;
}

export interface TestDecl extends DeclBase {
  readonly kind: 'Test';
  readonly name: Identifier | undefined;
  readonly path: StringLiteral | undefined;
  readonly body: Expr | undefined;
}

export interface AssertDecl extends DeclBase {
  readonly kind: 'Assert';
  readonly name: Identifier | undefined;
  readonly value: Expr | undefined;
}

export interface TypeDecl extends DeclBase {
  readonly kind: 'TypeDecl';
  readonly name: Identifier | undefined;
  readonly value: TypeExpr | undefined;
}

export interface FuncDecl extends DeclBase {
  readonly kind: 'Func';
  readonly name: Identifier | undefined;
  readonly lambda: TypedLambdaExpr | undefined;
}

export interface ImportItem extends NodeBase {
  readonly kind: 'ImportItem';
  /** The exported name (identifier or quoted). */
  readonly original: Identifier | StringLiteral;
  readonly originalName: string | undefined;
  readonly alias: Identifier | undefined;
}

export interface ImportDecl extends DeclBase {
  readonly kind: 'Import';
  /** `import {a, b as c} from …` */
  readonly items: readonly ImportItem[] | undefined;
  /** `import * as ns from …` */
  readonly wildcardAlias: Identifier | undefined;
  readonly wildcard: boolean;
  readonly from: StringLiteral | undefined;
}

export interface ExtensionDecl extends DeclBase {
  readonly kind: 'Extension';
  /** `import 'az@1.0.0'` (legacy provider syntax) uses keyword `import`. */
  readonly spec: Identifier | StringLiteral | undefined;
  readonly config: ObjectExpr | undefined;
  readonly alias: Identifier | undefined;
}

/** `extensionConfig k8s with { … }` in a .bicepparam file. */
export interface ExtensionConfigDecl extends DeclBase {
  readonly kind: 'ExtensionConfig';
  readonly name: Identifier | undefined;
  readonly config: ObjectExpr | undefined;
}

export interface MetadataDecl extends DeclBase {
  readonly kind: 'Metadata';
  readonly name: Identifier | undefined;
  readonly value: Expr | undefined;
}

export interface TargetScopeDecl extends DeclBase {
  readonly kind: 'TargetScope';
  readonly value: Expr | undefined;
}

export interface UsingDecl extends DeclBase {
  readonly kind: 'Using';
  readonly path: StringLiteral | undefined;
  /** `using none` */
  readonly none: boolean;
  readonly config: ObjectExpr | undefined;
}

export interface ExtendsDecl extends DeclBase {
  readonly kind: 'Extends';
  readonly path: StringLiteral | undefined;
}

/** Decorators not followed by a declaration. */
export interface MissingDecl extends DeclBase {
  readonly kind: 'MissingDecl';
}

export type Statement =
  | ParamDecl
  | ParamAssignmentDecl
  | VarDecl
  | OutputDecl
  | ResourceDecl
  | ModuleDecl
  | TestDecl
  | AssertDecl
  | TypeDecl
  | FuncDecl
  | ImportDecl
  | ExtensionDecl
  | ExtensionConfigDecl
  | MetadataDecl
  | TargetScopeDecl
  | UsingDecl
  | ExtendsDecl
  | MissingDecl
  | Skipped;

export interface SyntaxError {
  readonly message: string;
  readonly span: SpanLike;
}

export interface Program extends NodeBase {
  readonly kind: 'Program';
  readonly isParamsFile: boolean;
  readonly statements: readonly Statement[];
  readonly comments: readonly Comment[];
  readonly pragmas: readonly Pragma[];
  /** Lexical and syntax errors, sorted by position. */
  readonly errors: readonly SyntaxError[];
  /** Number of tokens (for linear-time checks). */
  readonly tokenCount: number;
  /** Parser work units (token look-ups), proportional to parse time. */
  readonly steps: number;
}

export type Node =
  | Expr
  | TypeExpr
  | Statement
  | Decorator
  | ObjectProperty
  | Spread
  | TypeProperty
  | TupleItem
  | ImportItem
  | TypedLambdaExpr
  | TypedLambdaParam
  | Identifier
  | Program;
