/**
 * One walk over a parsed YAML file emitting a `stringScalar` event per string value
 * (and per quoted key). Iterative, so deeply nested documents cannot overflow the stack.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { Emit, StringScalar } from '../../engine/hooks';
import type { Span } from '../../engine/types';
import type { YamlFile } from './parse';

/**
 * A key route as a link to its parent route: siblings share their parent's links, and the
 * array a `StringScalar` exposes as `path` is built only when something reads it (most
 * listeners never do). Immutable.
 */
export interface PathLink {
  readonly parent: PathLink | undefined;
  readonly seg: string | number;
  /** Segments from the root through this one. */
  readonly length: number;
}

export function pathLink(parent: PathLink | undefined, seg: string | number): PathLink {
  return { parent, seg, length: parent === undefined ? 1 : parent.length + 1 };
}

/** The first `max` segments of the route ending at `link`, root first. */
export function pathArray(link: PathLink | undefined, max = Infinity): (string | number)[] {
  let l = link;
  let n = l === undefined ? 0 : l.length;
  for (; l !== undefined && n > max; n--) l = l.parent;
  const out: (string | number)[] = [];
  for (; l !== undefined; l = l.parent) out.push(l.seg);
  return out.reverse();
}

/** A `StringScalar` of the YAML walkers: `path` is an array built on first read from a `PathLink`. */
export class YamlScalar implements StringScalar {
  readonly interpolated = false;
  private built: readonly (string | number)[] | undefined = undefined;

  constructor(
    readonly value: string,
    readonly span: Span,
    readonly valueStart: number | undefined,
    readonly key: string | undefined,
    readonly isKey: boolean,
    private readonly link: PathLink | undefined,
    /** Paths are cut at this many segments. */
    private readonly maxDepth: number,
  ) {}

  get path(): readonly (string | number)[] {
    if (this.built === undefined) this.built = pathArray(this.link, this.maxDepth);
    return this.built;
  }
}

interface Frame {
  readonly node: Node | null | undefined;
  readonly key: string | undefined;
  readonly path: PathLink | undefined;
}

export function walkYamlScalars(text: string, file: YamlFile, emit: Emit, shouldStop: () => boolean): void {
  for (const doc of file.documents) {
    const stack: Frame[] = [{ node: doc.contents as Node | null, key: undefined, path: undefined }];
    let steps = 0;
    while (stack.length) {
      if ((++steps & 1023) === 0 && shouldStop()) return;
      const frame = stack.pop() as Frame;
      const node = frame.node;
      if (!node || isAlias(node)) continue;
      if (isScalar(node)) {
        if (typeof node.value === 'string') emit('stringScalar', scalarEvent(text, node, frame.key, frame.path, false));
        continue;
      }
      if (isMap(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) {
          const item = node.items[i];
          if (!isPair(item)) continue;
          const k = item.key as Node | null;
          let keyName: string | undefined;
          if (isScalar(k)) {
            keyName = k.value === null || k.value === undefined ? undefined : String(k.value);
            if (typeof k.value === 'string' && (k.type === 'QUOTE_DOUBLE' || k.type === 'QUOTE_SINGLE')) {
              emit('stringScalar', scalarEvent(text, k, frame.key, frame.path, true));
            }
          }
          stack.push({ node: item.value as Node | null, key: keyName ?? frame.key, path: pathLink(frame.path, keyName ?? '?') });
        }
        continue;
      }
      if (isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) {
          stack.push({ node: node.items[i] as Node | null, key: frame.key, path: pathLink(frame.path, i) });
        }
      }
    }
  }
}

function scalarEvent(text: string, node: Scalar, key: string | undefined, path: PathLink | undefined, isKey: boolean): StringScalar {
  const value = node.value as string;
  const [start, end] = node.range ?? [0, 0];
  let valueStart: number | undefined;
  switch (node.type) {
    case 'PLAIN':
      if (text.startsWith(value, start)) valueStart = start;
      break;
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      if (text.startsWith(value, start + 1) && end === start + value.length + 2) valueStart = start + 1;
      break;
    default:
      valueStart = undefined;
  }
  return new YamlScalar(value, { start, end }, valueStart, key, isKey, path, Infinity);
}
