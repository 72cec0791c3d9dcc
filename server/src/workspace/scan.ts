/**
 * Scans files on disk with the engine: used by `bulwark scan` and by the language server's
 * "Scan Workspace". Each file gets the effective config of its nearest bulwark.config.json.
 */
import * as path from 'node:path';
import { analyze } from '../engine/analyze';
import type { AnalysisResult, CancellationLike } from '../engine/analyze';
import { ConfigResolver, effectiveConfig } from '../engine/config';
import type { EditorSettings, EffectiveConfig, LoadedConfigFile } from '../engine/config';
import type { RuleRegistry } from '../engine/registry';
import { snapshotHost } from './host';
import { describeFsError, findFiles } from './files';
import type { WalkProblem } from './files';

export interface ScannedFile {
  readonly path: string;
  readonly result: AnalysisResult;
}

export interface ScanOptions {
  readonly registry: RuleRegistry;
  readonly editor?: EditorSettings;
  readonly workspaceRoot?: string;
  readonly trusted?: boolean;
  readonly token?: CancellationLike;
  readonly onProgress?: (done: number, total: number, file: string) => void;
  /** Files found in folders are scanned only when this says so (explicitly named files always are). */
  readonly include?: (absolutePath: string) => boolean;
  /** Text of open documents, which wins over the disk. */
  readonly overlay?: (absolutePath: string) => string | undefined;
}

export interface ScanOutcome {
  readonly files: ScannedFile[];
  readonly problems: WalkProblem[];
  readonly fileCount: number;
  readonly cancelled: boolean;
}

/** Scan step by step: yields after each file so an async caller can stay responsive. */
export function* scanSteps(roots: readonly string[], opts: ScanOptions): Generator<ScannedFile | undefined, ScanOutcome> {
  // one snapshot per scan: a file several documents read (modules, .bicepparam) is read once
  const host = snapshotHost(opts.overlay);
  const resolver = new ConfigResolver(host, opts.registry, opts.workspaceRoot ? [path.resolve(opts.workspaceRoot)] : []);
  const configs = new Map<string, EffectiveConfig>();
  const byFolder = new Map<string, EffectiveConfig>(); // every file of a folder has the same nearest config
  const configFor = (file: string): EffectiveConfig => configForFolder(path.dirname(file));
  const configForFolder = (folder: string): EffectiveConfig => {
    const known = byFolder.get(folder);
    if (known) return known;
    const loaded: LoadedConfigFile | undefined = resolver.find(path.join(folder, '_'));
    const key = loaded?.path ?? '';
    let cfg = configs.get(key);
    if (!cfg) {
      cfg = effectiveConfig({ registry: opts.registry, configFile: loaded, editor: opts.editor, workspaceRoot: opts.workspaceRoot, trusted: opts.trusted });
      configs.set(key, cfg);
    }
    byFolder.set(folder, cfg);
    return cfg;
  };
  const walked = findFiles(roots, {
    isExcluded: (abs) => {
      const isDir = abs.endsWith(path.sep);
      const clean = isDir ? abs.slice(0, -1) : abs;
      return (isDir ? configForFolder(clean) : configFor(clean)).isExcluded(clean);
    },
    shouldStop: () => opts.token?.isCancellationRequested === true,
    ...(opts.include ? { include: opts.include } : {}),
    onListed: (dir, names) => host.remember(dir, names),
  });
  const problems = [...walked.problems];
  const files: ScannedFile[] = [];
  let done = 0;
  for (const file of walked.files) {
    if (opts.token?.isCancellationRequested) return { files, problems, fileCount: walked.files.length, cancelled: true };
    const config = configFor(file);
    opts.onProgress?.(done, walked.files.length, file);
    done++;
    if (!config.enabled) continue;
    const read = host.read(file);
    if (read.text === undefined) {
      problems.push({ path: file, message: describeFsError(read.error, 'cannot read') });
      continue;
    }
    const result = analyze({ path: file, text: read.text, host }, { registry: opts.registry, config, token: opts.token });
    if (result.cancelled) return { files, problems, fileCount: walked.files.length, cancelled: true };
    result.document.releaseDerived(); // findings, text and positions are all a scan's callers use
    const scanned = { path: file, result };
    files.push(scanned);
    yield scanned;
  }
  opts.onProgress?.(done, walked.files.length, '');
  return { files, problems, fileCount: walked.files.length, cancelled: false };
}

export function scanPaths(roots: readonly string[], opts: ScanOptions): ScanOutcome {
  const steps = scanSteps(roots, opts);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
