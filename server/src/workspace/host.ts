/**
 * Read-only file access for the engine (.bicepparam files, local modules) and for config
 * discovery. Refuses folders, oversized and binary files; never throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileHost } from '../engine/document';

const MAX_READ_BYTES = 8 * 1024 * 1024;
const NO_ENTRY: unknown = Object.freeze(Object.assign(new Error('no such file or folder'), { code: 'ENOENT' }));

export interface ReadOutcome {
  readonly text?: string;
  readonly error?: unknown;
}

export function readTextFile(absolutePath: string, maxBytes = MAX_READ_BYTES): ReadOutcome {
  try {
    // a missing file is the common case (config lookups, .bicepparam candidates): no exception for it
    const st = fs.statSync(absolutePath, { throwIfNoEntry: false });
    if (!st) return { error: NO_ENTRY };
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

/** A FileHost that also reports why a read failed (for scan problems). */
export interface SnapshotHost extends FileHost {
  read(absolutePath: string): ReadOutcome;
  /** Record a folder's listing already made (by the scan's folder walk), so it is not listed again. */
  remember(absoluteDir: string, names: readonly string[]): void;
}

/**
 * A FileHost for one scan: each file is read (and each folder listed) once, however many
 * documents refer to it — a module's `main.bicep` is read when a caller resolves it and
 * again when the scan reaches it. Files are assumed not to change during the scan. Bounded
 * by the total characters kept (least recently used dropped first). `overlay`: open editor
 * documents, which win over the disk.
 */
export function snapshotHost(overlay?: (absolutePath: string) => string | undefined, maxChars = 64 * 1024 * 1024): SnapshotHost {
  const files = new Map<string, ReadOutcome>();
  const dirs = new Map<string, readonly string[] | undefined>();
  const disk = diskHost();
  let chars = 0;
  const read = (p: string): ReadOutcome => {
    const open = overlay?.(p);
    if (open !== undefined) return { text: open };
    const hit = files.get(p);
    if (hit) {
      files.delete(p); // most recently used last
      files.set(p, hit);
      return hit;
    }
    const outcome = readTextFile(p);
    files.set(p, outcome);
    chars += outcome.text?.length ?? 0;
    while (chars > maxChars && files.size > 1) {
      const oldest = files.keys().next().value as string;
      chars -= files.get(oldest)?.text?.length ?? 0;
      files.delete(oldest);
    }
    return outcome;
  };
  return {
    read,
    readFile: (p) => read(p).text,
    remember(dir: string, names: readonly string[]): void {
      if (dirs.size >= 4096) dirs.clear();
      dirs.set(dir, names.slice(0, 1000));
    },
    listFiles(dir: string): readonly string[] | undefined {
      if (dirs.has(dir)) return dirs.get(dir);
      const names = disk.listFiles?.(dir);
      if (dirs.size >= 4096) dirs.clear();
      dirs.set(dir, names);
      return names;
    },
  };
}
