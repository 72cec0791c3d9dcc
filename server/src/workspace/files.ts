/**
 * File discovery for `bulwark scan` and "Scan Workspace": walks folders without following
 * directory symlinks (no loops), skips `.git`, `node_modules` and excluded paths, and turns
 * every file-system surprise into a message instead of an exception.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSupportedPath } from '../engine/classify';

export const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '.venv', '__pycache__', '.terraform']);

export interface WalkProblem {
  readonly path: string;
  readonly message: string;
}

export interface WalkResult {
  readonly files: string[];
  readonly problems: WalkProblem[];
}

export interface WalkOptions {
  readonly isExcluded?: (absolutePath: string) => boolean;
  /** Files found in folders are kept only when this says so (explicitly named files always are). */
  readonly include?: (absolutePath: string) => boolean;
  /** Told each folder's entry names as it is listed (a scan's file snapshot reuses them). */
  readonly onListed?: (absoluteDir: string, names: readonly string[]) => void;
  readonly shouldStop?: () => boolean;
}

export function findFiles(roots: readonly string[], opts: WalkOptions = {}): WalkResult {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  const seenDirs = new Set<string>();
  const stack: string[] = [];
  /**
   * Real path of each folder on the stack. Only the roots are resolved on disk: the walk never
   * enters a symbolic link, so a sub-folder's real path is its parent's plus its name.
   */
  const realOf = new Map<string, string>();
  for (const r of roots) {
    const abs = path.resolve(r);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      problems.push({ path: abs, message: describeFsError(e, 'cannot read') });
      continue;
    }
    if (st.isDirectory()) stack.push(abs);
    else if (st.isFile()) files.push(abs); // an explicitly named file is scanned whatever its extension
    else problems.push({ path: abs, message: 'not a regular file or folder (device, pipe or socket); not read' });
  }
  while (stack.length) {
    if (opts.shouldStop?.()) break;
    const dir = stack.pop() as string;
    let real = realOf.get(dir);
    realOf.delete(dir);
    if (real === undefined) {
      try {
        real = fs.realpathSync.native(dir);
      } catch (e) {
        problems.push({ path: dir, message: describeFsError(e, 'cannot resolve') });
        continue;
      }
    }
    if (seenDirs.has(real)) continue;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, message: describeFsError(e, 'cannot list folder') });
      continue;
    }
    opts.onListed?.(dir, entries.map((e) => e.name));
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        if (opts.isExcluded?.(full + path.sep)) continue;
        stack.push(full);
        realOf.set(full, path.join(real, entry.name));
      } else if (entry.isFile()) {
        if (!isSupportedPath(entry.name)) continue;
        if (opts.include && !opts.include(full)) continue;
        if (opts.isExcluded?.(full)) continue;
        // A name that is not valid UTF-8 comes back with U+FFFD and cannot be opened by that name.
        if (entry.name.includes('\uFFFD') && !fs.existsSync(full)) {
          problems.push({ path: full, message: 'file name is not valid UTF-8; not analysed' });
          continue;
        }
        files.push(full);
      } else if (entry.isSymbolicLink() && isSupportedPath(entry.name) && (!opts.include || opts.include(full))) {
        // file symlinks are read; directory symlinks are never followed (no loops, no escaping the tree)
        try {
          if (fs.statSync(full).isFile() && !opts.isExcluded?.(full)) files.push(full);
        } catch (e) {
          problems.push({ path: full, message: describeFsError(e, 'broken symbolic link') });
        }
      }
    }
  }
  files.sort();
  return { files, problems };
}

export function describeFsError(e: unknown, what: string): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return `${what}: no such file or folder (it may have been removed during the scan)`;
    case 'EACCES':
    case 'EPERM':
      return `${what}: permission denied`;
    case 'ELOOP':
      return `${what}: too many levels of symbolic links`;
    case 'EISDIR':
      return `${what}: is a folder`;
    case 'EFBIG':
      return `${what}: larger than 8 MB, not analysed`;
    default:
      return `${what}: ${code ?? (e instanceof Error ? e.message : String(e))}`;
  }
}
