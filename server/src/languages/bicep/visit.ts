/**
 * Tree traversal helpers: the children of any node, and an iterative pre-order walk
 * (no recursion, so even pathological trees cannot overflow the stack).
 */
import type { Node } from './ast';

type AnyNode = { readonly kind: string; readonly start: number; readonly end: number };

function pushIf(out: AnyNode[], n: AnyNode | undefined): void {
  if (n) out.push(n);
}

function pushAll(out: AnyNode[], items: readonly AnyNode[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i] as AnyNode);
}

/** Direct children of a node, in source order. */
export function childrenOf(node: Node): AnyNode[] {
  const out: AnyNode[] = [];
  appendChildren(node, out);
  return out;
}

/** Append a node's direct children to `out`, in source order (walkers reuse one buffer: no array per node). */
export function appendChildren(node: Node, out: AnyNode[]): void {
  switch (node.kind) {
    case 'Program':
      pushAll(out, node.statements);
      break;
    case 'String':
      pushAll(out, node.exprs);
      break;
    case 'Object':
      pushAll(out, node.items);
      break;
    case 'Property':
      pushIf(out, node.key);
      pushIf(out, node.value);
      break;
    case 'Spread':
      pushIf(out, node.expr);
      break;
    case 'Array':
      pushAll(out, node.items);
      break;
    case 'For':
      pushIf(out, node.item);
      pushIf(out, node.index);
      pushIf(out, node.iterable);
      pushIf(out, node.body);
      break;
    case 'If':
      pushIf(out, node.condition);
      pushIf(out, node.body);
      break;
    case 'Parens':
      pushIf(out, node.expr);
      break;
    case 'Call':
      pushIf(out, node.target);
      out.push(node.name);
      pushAll(out, node.args);
      break;
    case 'Member':
      out.push(node.object);
      pushIf(out, node.name);
      break;
    case 'Index':
      out.push(node.object);
      pushIf(out, node.index);
      break;
    case 'ResourceAccess':
      out.push(node.object);
      pushIf(out, node.name);
      break;
    case 'NonNull':
      out.push(node.expr);
      break;
    case 'Unary':
      pushIf(out, node.operand);
      break;
    case 'Binary':
      out.push(node.left);
      pushIf(out, node.right);
      break;
    case 'Ternary':
      out.push(node.condition);
      pushIf(out, node.then);
      pushIf(out, node.else);
      break;
    case 'Lambda':
      pushAll(out, node.params);
      pushIf(out, node.body);
      break;
    case 'TypedLambda':
      pushAll(out, node.params);
      pushIf(out, node.returnType);
      pushIf(out, node.body);
      break;
    case 'TypedParam':
      pushIf(out, node.name);
      pushIf(out, node.type);
      break;
    case 'TypeParameterized':
      pushIf(out, node.target);
      out.push(node.name);
      pushAll(out, node.args);
      break;
    case 'TypeMember':
      out.push(node.object);
      pushIf(out, node.name);
      break;
    case 'TypeIndex':
      out.push(node.object);
      pushIf(out, node.index);
      break;
    case 'TypeArray':
      out.push(node.element);
      break;
    case 'TypeUnion':
      pushAll(out, node.members);
      break;
    case 'TypeNullable':
    case 'TypeNonNull':
      out.push(node.inner);
      break;
    case 'TypeProperty':
      pushAll(out, node.decorators);
      pushIf(out, node.key);
      pushIf(out, node.value);
      break;
    case 'TypeObject':
      pushAll(out, node.properties);
      break;
    case 'TupleItem':
      pushAll(out, node.decorators);
      pushIf(out, node.type);
      break;
    case 'TypeTuple':
      pushAll(out, node.items);
      break;
    case 'TypeParens':
      pushIf(out, node.inner);
      break;
    case 'TypeUnary':
      pushIf(out, node.operand);
      break;
    case 'TypeResource':
      pushIf(out, node.typeString);
      break;
    case 'Decorator':
      pushIf(out, node.expr);
      break;
    case 'ImportItem':
      out.push(node.original);
      pushIf(out, node.alias);
      break;
    case 'Param':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.type);
      pushIf(out, node.defaultValue);
      break;
    case 'ParamAssignment':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.value);
      break;
    case 'VarDecl':
    case 'Output':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.type);
      pushIf(out, node.value);
      break;
    case 'Resource':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.typeString);
      pushIf(out, node.body);
      break;
    case 'Module':
    case 'Test':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.path);
      pushIf(out, node.body);
      break;
    case 'Assert':
    case 'Metadata':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.value);
      break;
    case 'TypeDecl':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.value);
      break;
    case 'Func':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.lambda);
      break;
    case 'Import':
      pushAll(out, node.decorators);
      if (node.items) pushAll(out, node.items);
      pushIf(out, node.wildcardAlias);
      pushIf(out, node.from);
      break;
    case 'Extension':
      pushAll(out, node.decorators);
      pushIf(out, node.spec);
      pushIf(out, node.config);
      pushIf(out, node.alias);
      break;
    case 'ExtensionConfig':
      pushAll(out, node.decorators);
      pushIf(out, node.name);
      pushIf(out, node.config);
      break;
    case 'TargetScope':
      pushAll(out, node.decorators);
      pushIf(out, node.value);
      break;
    case 'Using':
      pushAll(out, node.decorators);
      pushIf(out, node.path);
      pushIf(out, node.config);
      break;
    case 'Extends':
      pushAll(out, node.decorators);
      pushIf(out, node.path);
      break;
    case 'MissingDecl':
      pushAll(out, node.decorators);
      break;
    default:
      break;
  }
}

/** Reverse `a[from..]` in place. */
export function reverseFrom<T>(a: T[], from: number): void {
  for (let i = from, j = a.length - 1; i < j; i++, j--) {
    const t = a[i] as T;
    a[i] = a[j] as T;
    a[j] = t;
  }
}

/**
 * Pre-order walk. `visit` returns false to skip a node's children.
 */
export function walkTree(root: Node, visit: (node: Node) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (visit(node) === false) continue;
    // children go straight onto the stack, then are reversed in place: no array per node
    const base = stack.length;
    appendChildren(node, stack);
    reverseFrom(stack, base);
  }
}

/** The innermost node whose span contains `offset` (end-inclusive), with its ancestors. */
export function nodePathAt(root: Node, offset: number): Node[] {
  const path: Node[] = [];
  let current: Node | undefined = root;
  while (current) {
    path.push(current);
    let next: Node | undefined;
    for (const c of childrenOf(current)) {
      if (c.start <= offset && offset <= c.end) {
        next = c as Node;
        break;
      }
    }
    current = next;
  }
  return path;
}
