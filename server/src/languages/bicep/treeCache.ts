/**
 * Syntax trees shared by everything that parses the same text of the same file: the
 * document being analysed and the module / .bicepparam targets other documents read. A scan
 * (or an editor with `main.bicep` and its modules open) then parses each file once, not once
 * per caller. Trees are immutable after parsing, so sharing them is safe; entries are keyed
 * by path, validated by the whole text, and bounded by count and by text size.
 */
import type { Program } from './ast';
import { parse } from './parser';

const MAX_ENTRIES = 256;
const MAX_TEXT_CHARS = 6 * 1024 * 1024;

interface Entry {
  readonly text: string;
  readonly tree: Program;
}

const entries = new Map<string, Entry>();
let cachedChars = 0;

/** The syntax tree of `text` (`params`: a .bicepparam file), parsed once while it stays cached. */
export function parseShared(path: string, text: string, params: boolean): Program {
  const key = params ? `p:${path}` : `b:${path}`;
  const hit = entries.get(key);
  if (hit && hit.text === text) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit.tree;
  }
  const tree = parse(text, { params });
  if (hit) {
    entries.delete(key);
    cachedChars -= hit.text.length;
  }
  if (text.length <= MAX_TEXT_CHARS / 4) {
    entries.set(key, { text, tree });
    cachedChars += text.length;
    while (entries.size > MAX_ENTRIES || cachedChars > MAX_TEXT_CHARS) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      const e = entries.get(oldest.value) as Entry;
      entries.delete(oldest.value);
      cachedChars -= e.text.length;
    }
  }
  return tree;
}

/** Drop every cached tree (tests; memory pressure). */
export function clearTreeCache(): void {
  entries.clear();
  cachedChars = 0;
}
