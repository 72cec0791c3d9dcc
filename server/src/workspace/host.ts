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
    return { text: decode(fs.readFileSync(absolutePath)) };
  } catch (error) {
    return { error };
  }
}

/** Opening never waits: a named pipe (a module path can name one) is opened, found not to be a file, closed. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * `readTextFile` for a file a folder listing has just shown: opened first and checked on the
 * open descriptor (one path lookup instead of two; a file removed since is still an error).
 */
function readListedFile(absolutePath: string, maxBytes = MAX_READ_BYTES): ReadOutcome {
  if (process.platform === 'win32') return readTextFile(absolutePath, maxBytes); // no non-blocking open there
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolutePath, OPEN_FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { error: Object.assign(new Error('not a file'), { code: 'EISDIR' }) };
    if (st.size > maxBytes) return { text: undefined, error: Object.assign(new Error('too large'), { code: 'EFBIG' }) };
    return { text: decode(fs.readFileSync(fd)) };
  } catch (error) {
    return { error };
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // nothing to do: the descriptor is gone either way
      }
    }
  }
}

function decode(buf: Buffer): string {
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
  /** Lower-cased names of folders listed in full, for "is it there?" without a system call. */
  const listed = new Map<string, ReadonlySet<string>>();
  const disk = diskHost();
  let chars = 0;
  const rememberListing = (dir: string, names: readonly string[] | undefined): void => {
    if (dirs.size >= 4096) {
      dirs.clear();
      listed.clear();
    }
    dirs.set(dir, names?.slice(0, 1000));
    // a listing of 1000 names may have been cut short (diskHost stops there)
    if (names && names.length < 1000) listed.set(dir, new Set(names.map((n) => n.toLowerCase())));
    else listed.delete(dir);
  };
  /**
   * What a listing of the file's folder says: 'absent' only when the folder was listed in full
   * and no entry has the name in any case (so a case-insensitive file system agrees), and the
   * name is ASCII (Unicode normalisation differs between file systems); 'unknown' when unlisted.
   */
  const presence = (p: string): 'listed' | 'absent' | 'unknown' => {
    const names = listed.get(path.dirname(p));
    if (!names) return 'unknown';
    const base = path.basename(p);
    for (let i = 0; i < base.length; i++) if (base.charCodeAt(i) >= 128) return 'unknown';
    return names.has(base.toLowerCase()) ? 'listed' : 'absent';
  };
  const read = (p: string): ReadOutcome => {
    const open = overlay?.(p);
    if (open !== undefined) return { text: open };
    const hit = files.get(p);
    if (hit) {
      files.delete(p); // most recently used last
      files.set(p, hit);
      return hit;
    }
    const seen = presence(p);
    if (seen === 'absent') return { error: NO_ENTRY }; // not kept: costs nothing to answer again
    const outcome = seen === 'listed' ? readListedFile(p) : readTextFile(p);
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
    remember: rememberListing,
    listFiles(dir: string): readonly string[] | undefined {
      if (dirs.has(dir)) return dirs.get(dir);
      const names = disk.listFiles?.(dir);
      rememberListing(dir, names);
      return dirs.get(dir);
    },
  };
}
