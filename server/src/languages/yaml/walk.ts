/**
 * One walk over a parsed YAML file emitting a `stringScalar` event per string value
 * (and per quoted key). Iterative, so deeply nested documents cannot overflow the stack.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { Emit, StringScalar } from '../../engine/hooks';
import type { YamlFile } from './parse';

interface Frame {
  readonly node: Node | null | undefined;
  readonly key: string | undefined;
  readonly path: readonly (string | number)[];
}

export function walkYamlScalars(text: string, file: YamlFile, emit: Emit, shouldStop: () => boolean): void {
  for (const doc of file.documents) {
    const stack: Frame[] = [{ node: doc.contents as Node | null, key: undefined, path: [] }];
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
          stack.push({ node: item.value as Node | null, key: keyName ?? frame.key, path: [...frame.path, keyName ?? '?'] });
        }
        continue;
      }
      if (isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) {
          stack.push({ node: node.items[i] as Node | null, key: frame.key, path: [...frame.path, i] });
        }
      }
    }
  }
}

function scalarEvent(text: string, node: Scalar, key: string | undefined, path: readonly (string | number)[], isKey: boolean): StringScalar {
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
  return { value, span: { start, end }, valueStart, key, path, interpolated: false, isKey };
}
