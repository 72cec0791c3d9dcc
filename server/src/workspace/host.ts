/**
 * Read-only file access for the engine (.bicepparam files, local modules) and for config
 * discovery. Refuses folders, oversized and binary files; never throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileHost } from '../engine/document';

const MAX_READ_BYTES = 8 * 1024 * 1024;

export interface ReadOutcome {
  readonly text?: string;
  readonly error?: unknown;
}

export function readTextFile(absolutePath: string, maxBytes = MAX_READ_BYTES): ReadOutcome {
  try {
    const st = fs.statSync(absolutePath);
    if (!st.isFile()) return { error: Object.assign(new Error('not a file'), { code: 'EISDIR' }) };
    if (st.size > maxBytes) return { text: undefined, error: Object.assign(new Error('too large'), { code: 'EFBIG' }) };
    const buf = fs.readFileSync(absolutePath);
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch (error) {
    return { error };
  }
}

/** True when `p` is `root` or inside it (after resolving `..`). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * A FileHost over the disk, with an optional overlay of open editor documents. With
 * `allowedRoots`, reads outside those folders (absolute or `..` paths in a Bicep module,
 * `loadTextContent`…) are refused: workspace content never makes the tool read elsewhere.
 */
export function diskHost(overlay?: (absolutePath: string) => string | undefined, allowedRoots?: () => readonly string[] | undefined): FileHost {
  const allowed = (p: string) => {
    const roots = allowedRoots?.();
    return !roots || roots.some((r) => isInside(r, p));
  };
  return {
    readFile(absolutePath: string): string | undefined {
      const open = overlay?.(absolutePath);
      if (open !== undefined) return open;
      if (!allowed(absolutePath)) return undefined;
      return readTextFile(absolutePath).text;
    },
    listFiles(absoluteDir: string): readonly string[] | undefined {
      if (!allowed(absoluteDir)) return undefined;
      try {
        return fs.readdirSync(absoluteDir).slice(0, 1000);
      } catch {
        return undefined;
      }
    },
  };
}
