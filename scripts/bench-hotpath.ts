/**
 * As-you-type hot path: `analyze()` with every rule registered, by process CPU time
 * (steadier than wall time on a shared machine), on
 * - the dense 1 MB YAML of `npm run bench` (streaming value scan: above `limits.fullParseKb`),
 * - 200 KB and 10 KB of the same (full `yaml` parse + models),
 * - a generated 2,000-line Bicep file.
 *
 *   node --import tsx scripts/bench-hotpath.ts            (figures in this process, after a warm-up)
 *   node --import tsx scripts/bench-hotpath.ts --fresh    (also the first analysis of the 1 MB file in fresh processes)
 *
 * `benchHotPath()` returns a Markdown table. "first" is the first analysis of that input in
 * this process (after the language server's `warmUp`, as in the editor); "median" / "min"
 * are over the later runs. Nothing here is asserted.
 */
import { execFileSync } from 'node:child_process';
import { analyze } from '../server/src/engine/analyze';
import { effectiveConfig } from '../server/src/engine/config';
import { defaultRegistry } from '../server/src/rules';
import { warmUp } from '../server/src/lsp/warmUp';
import { generateBicep } from './bench-bicep';

/** Same shape as `generateYaml` in scripts/bench.ts (repeated here: bench.ts imports this file). */
export function generateHotYaml(bytes: number): string {
  let s = '';
  for (let i = 0; s.length < bytes; i++) {
    s += `job${i}:\n  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest\n  command: python train.py --data \${{inputs.data}} --lr 0.01\n  environment_variables:\n    ENDPOINT_${i}: "https://contoso-${i}.openai.azure.com/"\n    PASSWORD_${i}: "\${{ secrets.PW_${i} }}"\n  tags: [a, b, "c-${i}"]\n`;
  }
  return s;
}

export interface HotPathRow {
  readonly label: string;
  readonly kb: number;
  readonly firstCpuMs: number;
  readonly medianCpuMs: number;
  readonly minCpuMs: number;
  readonly medianWallMs: number;
  readonly findings: number;
}

function cpuMs(fn: () => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const r1 = (x: number): number => Math.round(x * 10) / 10;

export function benchHotPath(): string {
  const registry = defaultRegistry();
  const config = effectiveConfig({ registry, configFile: undefined });
  warmUp(registry);
  const inputs: { label: string; path: string; text: string; runs: number }[] = [
    { label: 'YAML 1 MB (value scan)', path: '/bench/big.yml', text: generateHotYaml(1024 * 1024), runs: 15 },
    { label: 'YAML 200 KB (full parse)', path: '/bench/medium.yml', text: generateHotYaml(200 * 1024), runs: 15 },
    { label: 'YAML 10 KB (full parse)', path: '/bench/small.yml', text: generateHotYaml(10 * 1024), runs: 101 },
    { label: 'Bicep 2,000 lines', path: '/bench/main.bicep', text: generateBicep(2000), runs: 31 },
  ];
  const rows: HotPathRow[] = [];
  for (const input of inputs) {
    let findings = 0;
    const run = () => {
      findings = analyze({ path: input.path, text: input.text }, { registry, config }).findings.length;
    };
    const first = cpuMs(run);
    const cpus: number[] = [];
    const walls: number[] = [];
    for (let i = 0; i < input.runs; i++) {
      const t = cpuMs(run);
      cpus.push(t.cpu);
      walls.push(t.wall);
    }
    rows.push({
      label: input.label,
      kb: Math.round(input.text.length / 1024),
      firstCpuMs: r1(first.cpu),
      medianCpuMs: r1(median(cpus)),
      minCpuMs: r1(Math.min(...cpus)),
      medianWallMs: r1(median(walls)),
      findings,
    });
  }
  const lines = ['| input | size | first (CPU) | median (CPU) | min (CPU) | median (wall) | findings |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.label} | ${r.kb} KB | ${r.firstCpuMs} ms | ${r.medianCpuMs} ms | ${r.minCpuMs} ms | ${r.medianWallMs} ms | ${r.findings} |`);
  }
  return lines.join('\n');
}

/** The first analysis of the 1 MB file in a fresh process after `warmUp` (CPU ms), as the editor sees it on opening. */
export function freshFirstRun(): { warmUpCpuMs: number; firstCpuMs: number; secondCpuMs: number } {
  const registry = defaultRegistry();
  const config = effectiveConfig({ registry, configFile: undefined });
  const w = cpuMs(() => warmUp(registry));
  const text = generateHotYaml(1024 * 1024);
  const a = cpuMs(() => analyze({ path: '/bench/big.yml', text }, { registry, config }));
  const b = cpuMs(() => analyze({ path: '/bench/big.yml', text }, { registry, config }));
  return { warmUpCpuMs: r1(w.cpu), firstCpuMs: r1(a.cpu), secondCpuMs: r1(b.cpu) };
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--fresh-child')) {
    console.log(JSON.stringify(freshFirstRun()));
    return;
  }
  console.log(benchHotPath());
  if (args.includes('--fresh')) {
    const runs: { warmUpCpuMs: number; firstCpuMs: number; secondCpuMs: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--fresh-child'], { encoding: 'utf8' });
      runs.push(JSON.parse(out.trim().split('\n').pop() as string) as (typeof runs)[number]);
    }
    console.log(
      `\nfresh process, 1 MB YAML (median of ${runs.length}): warmUp ${median(runs.map((r) => r.warmUpCpuMs))} ms CPU, ` +
        `first analysis ${median(runs.map((r) => r.firstCpuMs))} ms CPU, second ${median(runs.map((r) => r.secondCpuMs))} ms CPU`,
    );
  }
}

// run directly (`node --import tsx scripts/bench-hotpath.ts`); `npm run bench` runs the bundle (scripts/bench.mjs)
if (/[\\/]bench-hotpath\.ts$/.test(process.argv[1] ?? '')) main();
