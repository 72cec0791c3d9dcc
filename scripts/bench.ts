/**
 * `npm run bench [-- --corpus <dir>…]`: analysis time per file and throughput, with every rule on.
 * Figures are medians of several runs on this machine; nothing here is asserted (tests never time).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine/analyze';
import { effectiveConfig } from '../server/src/engine/config';
import { defaultRegistry } from '../server/src/rules';
import { scanSteps } from '../server/src/workspace/scan';
import { findFiles } from '../server/src/workspace/files';
import { snapshotHost } from '../server/src/workspace/host';
import * as benchBicepModule from './bench-bicep';
import * as benchYamlModule from './bench-yaml';
import * as benchHotPathModule from './bench-hotpath';
import { clearBicepCaches } from '../server/src/languages/bicep';

const registry = defaultRegistry();
const config = effectiveConfig({ registry, configFile: undefined });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/** A dense, realistic YAML file (Azure ML jobs with environment variables) of about `bytes`. */
export function generateYaml(bytes: number): string {
  let s = '';
  for (let i = 0; s.length < bytes; i++) {
    s += `job${i}:\n  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest\n  command: python train.py --data \${{inputs.data}} --lr 0.01\n  environment_variables:\n    ENDPOINT_${i}: "https://contoso-${i}.openai.azure.com/"\n    PASSWORD_${i}: "\${{ secrets.PW_${i} }}"\n  tags: [a, b, "c-${i}"]\n`;
  }
  return s;
}

function benchText(label: string, filePath: string, text: string, runs = 7): string {
  const ms = time(() => analyze({ path: filePath, text }, { registry, config }), runs);
  const mb = text.length / 1024 / 1024;
  return `| ${label} | ${(text.length / 1024).toFixed(0)} KB | ${ms.toFixed(1)} ms | ${(mb / (ms / 1000)).toFixed(1)} MB/s |`;
}

/**
 * A folder scanned the way `bulwark scan` scans it (config per file, one file snapshot per
 * scan), every rule on. The first pass is this process's first over the corpus (the JIT is
 * only partly warm from the rows before it); the next passes are warm (as the language server,
 * which stays up, sees it). Shared parse caches are cleared before every pass, so no pass
 * reuses another's work.
 */
function benchCorpus(dir: string, only?: RegExp, warmPasses = 3): string[] {
  const pass = () => {
    clearBicepCaches();
    let bytes = 0;
    const perFile: number[] = [];
    let worst = { ms: 0, file: '' };
    const steps = scanSteps([dir], { registry, workspaceRoot: dir, ...(only ? { include: (f: string) => only.test(f) } : {}) });
    const t0 = performance.now();
    let last = t0;
    for (let next = steps.next(); !next.done; next = steps.next()) {
      const now = performance.now();
      if (next.value) {
        bytes += next.value.result.document.text.length;
        perFile.push(now - last);
        if (now - last > worst.ms) worst = { ms: now - last, file: path.relative(dir, next.value.path) };
      }
      last = now;
    }
    return { total: performance.now() - t0, bytes, perFile, worst, files: perFile.length };
  };
  const mb = (b: number) => b / 1024 / 1024;
  const first = pass();
  const warm = Array.from({ length: warmPasses }, pass).sort((a, b) => a.total - b.total);
  const mid = warm[Math.floor(warm.length / 2)] ?? first;
  const p95 = [...mid.perFile].sort((a, b) => a - b)[Math.floor(mid.perFile.length * 0.95)] ?? 0;
  return [
    `| corpus \`${path.basename(dir)}\`${only ? ` (${only.source})` : ''} | ${mid.files} files, ${mb(mid.bytes).toFixed(1)} MB | warm: total ${(mid.total / 1000).toFixed(2)} s (median of ${warm.length}); median ${median(mid.perFile).toFixed(2)} ms/file, p95 ${p95.toFixed(2)} ms, worst ${mid.worst.ms.toFixed(1)} ms (${mid.worst.file}); first pass in this process ${(first.total / 1000).toFixed(2)} s | warm ${(mb(mid.bytes) / (mid.total / 1000)).toFixed(1)} MB/s, first pass ${(mb(first.bytes) / (first.total / 1000)).toFixed(1)} MB/s |`,
  ];
}

/**
 * The engine alone on the same files: every text already in memory (as the editor holds open
 * documents) and module files read from a warm snapshot, so the time is analysis only — no
 * folder walk, config lookup or disk read. Median of `passes` passes after one warm-up.
 */
function benchEngine(dir: string, only: RegExp, passes = 5): string[] {
  const host = snapshotHost();
  const files = findFiles([dir], { include: (f) => only.test(f) }).files;
  const texts = files.map((f) => [f, host.readFile(f) ?? ''] as const);
  const config = effectiveConfig({ registry, configFile: undefined, workspaceRoot: dir });
  let bytes = 0;
  for (const [, t] of texts) bytes += t.length;
  const pass = () => {
    clearBicepCaches();
    const t0 = performance.now();
    for (const [f, t] of texts) analyze({ path: f, text: t, host }, { registry, config }).document.releaseDerived();
    return performance.now() - t0;
  };
  pass();
  const ms = median(Array.from({ length: passes }, pass));
  const mb = bytes / 1024 / 1024;
  return [`| engine only on \`${path.basename(dir)}\` (${only.source}), texts in memory | ${files.length} files, ${mb.toFixed(1)} MB | ${(ms / 1000).toFixed(2)} s per pass (median of ${passes}) | ${(mb / (ms / 1000)).toFixed(1)} MB/s |`];
}

export async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpora: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '--corpus' && args[i + 1]) corpora.push(args[++i] as string);
  const lines: string[] = ['| input | size | analysis time (median) | throughput |', '|---|---|---|---|'];
  lines.push(benchText('YAML, 1 MB (streaming value scan)', '/bench/big.yml', generateYaml(1024 * 1024)));
  lines.push(benchText('YAML, 200 KB (full parse + models)', '/bench/medium.yml', generateYaml(200 * 1024)));
  lines.push(benchText('YAML, 10 KB (typical file)', '/bench/small.yml', generateYaml(10 * 1024), 31));
  const examples = path.join(__dirname, '..', 'examples');
  if (fs.existsSync(examples)) lines.push(...benchCorpus(examples));
  for (const c of corpora) {
    lines.push(...benchCorpus(c));
    if (/bicep/.test(c)) lines.push(...benchCorpus(c, /\.bicep(param)?$/), ...benchEngine(c, /\.bicep(param)?$/));
  }
  console.log(lines.join('\n'));

  for (const mod of [benchBicepModule, benchYamlModule, benchHotPathModule] as Record<string, unknown>[]) {
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn === 'function' && /^bench/.test(name)) {
        console.log(`\n${name}:`);
        const out = await (fn as (dir?: string) => unknown)(corpora.find((c) => /bicep/.test(c)));
        if (out !== undefined) console.log(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
      }
    }
  }
}

// run directly (`node --import tsx scripts/bench.ts`); `npm run bench` runs the bundle (scripts/bench.mjs)
if (/[\\/]bench\.ts$/.test(process.argv[1] ?? '')) void main();
