/**
 * `npm run bench [-- --corpus <dir>…]`: analysis time per file and throughput, with every rule on.
 * Figures are medians of several runs on this machine; nothing here is asserted (tests never time).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine/analyze';
import { effectiveConfig } from '../server/src/engine/config';
import { defaultRegistry } from '../server/src/rules';
import { findFiles } from '../server/src/workspace/files';
import { diskHost } from '../server/src/workspace/host';

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

function benchCorpus(dir: string, only?: RegExp): string[] {
  const files = findFiles([dir]).files.filter((f) => !only || only.test(f));
  const host = diskHost();
  let bytes = 0;
  const perFile: number[] = [];
  let worst = { ms: 0, file: '' };
  const t0 = performance.now();
  for (const f of files) {
    const text = host.readFile(f);
    if (text === undefined) continue;
    bytes += text.length;
    const s = performance.now();
    analyze({ path: f, text, host }, { registry, config });
    const ms = performance.now() - s;
    perFile.push(ms);
    if (ms > worst.ms) worst = { ms, file: path.relative(dir, f) };
  }
  const total = performance.now() - t0;
  const p95 = [...perFile].sort((a, b) => a - b)[Math.floor(perFile.length * 0.95)] ?? 0;
  return [
    `| corpus \`${path.basename(dir)}\`${only ? ` (${only.source})` : ''} | ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB | total ${(total / 1000).toFixed(2)} s; median ${median(perFile).toFixed(2)} ms/file, p95 ${p95.toFixed(2)} ms, worst ${worst.ms.toFixed(1)} ms (${worst.file}) | ${(bytes / 1024 / 1024 / (total / 1000)).toFixed(1)} MB/s |`,
  ];
}

async function main(): Promise<void> {
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
    if (/bicep/.test(c)) lines.push(...benchCorpus(c, /\.bicep(param)?$/));
  }
  console.log(lines.join('\n'));

  for (const extra of ['./bench-bicep', './bench-yaml', './bench-hotpath']) {
    const file = path.join(__dirname, `${extra.slice(2)}.ts`);
    if (!fs.existsSync(file)) continue;
    const mod = (await import(extra)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn === 'function' && /^bench/.test(name)) {
        console.log(`\n${name}:`);
        const out = await (fn as (dir?: string) => unknown)(corpora.find((c) => /bicep/.test(c)));
        if (out !== undefined) console.log(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
      }
    }
  }
}

if (require.main === module) void main();
