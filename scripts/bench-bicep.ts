/**
 * Bicep engine benchmark: parse throughput over a corpus (or a generated one) and the
 * re-analysis time (parse + model) of a 2,000-line file after a one-character edit.
 *
 *   node --import tsx scripts/bench-bicep.ts [corpusDir]
 *
 * `benchBicep()` is also called from `npm run bench`. Figures are medians; nothing is asserted.
 */
import * as fs from 'node:fs';
import { parse } from '../server/src/languages/bicep/parser';
import { BicepModel } from '../server/src/languages/bicep/model';
import * as path from 'node:path';

export interface BicepBenchResult {
  /** Where the parse throughput was measured. */
  readonly corpus: string;
  readonly files: number;
  readonly megabytes: number;
  /** Single-threaded parse throughput (MB/s of UTF-16 length / 2^20), wall-clock median. */
  readonly parseMBps: number;
  /** The same from process CPU time (steadier when the machine is busy). */
  readonly parseMBpsCpu: number;
  /** Parse + semantic model throughput (MB/s), wall-clock median. */
  readonly parseModelMBps: number;
  readonly parseModelMBpsCpu: number;
  /** Lines of the re-analysis test file. */
  readonly editFileLines: number;
  /** Median parse + model time of that file after a one-character edit (ms). */
  readonly reanalysisMs: number;
  /** Same, worst of the runs (ms). */
  readonly reanalysisMaxMs: number;
}

function listBicepFiles(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && (e.name.endsWith('.bicep') || e.name.endsWith('.bicepparam'))) out.push(p);
    }
  }
  return out.sort();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** A realistic Bicep file of about `lines` lines (AI workload resources, modules, loops). */
export function generateBicep(lines: number, seed = 0): string {
  const out: string[] = ["targetScope = 'resourceGroup'", '', "@description('Location.')", 'param location string = resourceGroup().location', "param prefix string = 'ai'", "@allowed(['Enabled', 'Disabled'])", "param publicAccess string = 'Disabled'", ''];
  for (let i = 0; out.length < lines; i++) {
    const n = i + seed;
    out.push(
      `@description('Account ${n}.')`,
      `param sku${n} string = 'S0'`,
      `var name${n} = toLower('\${prefix}-acct-${n}-\${uniqueString(resourceGroup().id)}')`,
      `resource acct${n} 'Microsoft.CognitiveServices/accounts@2025-06-01' = if (publicAccess != 'Enabled') {`,
      `  name: name${n}`,
      '  location: location',
      "  kind: 'OpenAI'",
      `  sku: { name: sku${n} }`,
      "  identity: { type: 'SystemAssigned' }",
      '  properties: {',
      `    customSubDomainName: name${n}`,
      '    disableLocalAuth: true',
      "    publicNetworkAccess: publicAccess == 'Enabled' ? 'Enabled' : 'Disabled'",
      '    networkAcls: {',
      "      defaultAction: 'Deny'",
      `      ipRules: [for ip in ['10.0.${n % 250}.0/24', '10.1.0.0/16']: { value: ip }]`,
      '    }',
      '  }',
      `  resource dep${n} 'deployments' = {`,
      `    name: 'gpt-${n}'`,
      `    properties: { model: { format: 'OpenAI', name: 'gpt-4o', version: '2024-08-06' } }`,
      '  }',
      '}',
      `output endpoint${n} string = acct${n}.?properties.?endpoint ?? ''`,
      '',
    );
  }
  return out.join('\n');
}

/** Wall-clock and process CPU time of `fn` (CPU time is steadier on a busy machine). */
function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function measureThroughput(texts: readonly { path: string; text: string }[], withModel: boolean, runs: number): { wall: number; cpu: number } {
  let chars = 0;
  for (const t of texts) chars += t.text.length;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const t = timed(() => {
      for (const x of texts) {
        const program = parse(x.text, { params: x.path.endsWith('.bicepparam') });
        if (withModel) new BicepModel(program, x.text, x.path);
      }
    });
    if (r > 0) {
      // first run is warm-up
      walls.push(t.wall);
      cpus.push(t.cpu);
    }
  }
  const mb = chars / (1024 * 1024);
  return { wall: mb / (median(walls) / 1000), cpu: mb / (median(cpus) / 1000) };
}

export function benchBicep(corpusDir?: string): BicepBenchResult {
  let texts: { path: string; text: string }[] = [];
  let corpus = 'generated';
  if (corpusDir && fs.existsSync(corpusDir)) {
    for (const f of listBicepFiles(corpusDir)) texts.push({ path: f, text: fs.readFileSync(f, 'utf8') });
    corpus = corpusDir;
  }
  if (texts.length === 0) {
    texts = [];
    for (let i = 0; i < 200; i++) texts.push({ path: `/gen/f${i}.bicep`, text: generateBicep(250, i * 1000) });
  }
  let chars = 0;
  for (const t of texts) chars += t.text.length;
  const parseOnly = measureThroughput(texts, false, 5);
  const parseModel = measureThroughput(texts, true, 5);

  // re-analysis after a one-character edit of a 2,000-line file
  const base = generateBicep(2000);
  const editAt = base.indexOf("'S0'") + 2;
  const times: number[] = [];
  for (let r = 0; r < 40; r++) {
    const ch = String.fromCharCode(65 + (r % 26));
    const edited = base.slice(0, editAt) + ch + base.slice(editAt + 1);
    const t0 = performance.now();
    const program = parse(edited);
    new BicepModel(program, edited, '/gen/edit.bicep');
    const ms = performance.now() - t0;
    if (r >= 5) times.push(ms); // warm-up runs excluded
  }
  return {
    corpus,
    files: texts.length,
    megabytes: chars / (1024 * 1024),
    parseMBps: parseOnly.wall,
    parseMBpsCpu: parseOnly.cpu,
    parseModelMBps: parseModel.wall,
    parseModelMBpsCpu: parseModel.cpu,
    editFileLines: base.split('\n').length,
    reanalysisMs: median(times),
    reanalysisMaxMs: Math.max(...times),
  };
}

function main(): void {
  const dir = process.argv[2] ?? process.env['BULWARK_BICEP_CORPUS']; // a folder of .bicep files; a generated corpus otherwise
  const r = benchBicep(dir);
  console.log(`| Bicep corpus | ${r.corpus} (${r.files} files, ${r.megabytes.toFixed(2)} MB) |`);
  console.log(`| parse | ${r.parseMBps.toFixed(1)} MB/s (CPU time: ${r.parseMBpsCpu.toFixed(1)} MB/s) |`);
  console.log(`| parse + model | ${r.parseModelMBps.toFixed(1)} MB/s (CPU time: ${r.parseModelMBpsCpu.toFixed(1)} MB/s) |`);
  console.log(`| re-analysis of a ${r.editFileLines}-line file after a 1-char edit | ${r.reanalysisMs.toFixed(2)} ms median, ${r.reanalysisMaxMs.toFixed(2)} ms max |`);
}

// run directly (`node --import tsx scripts/bench-bicep.ts`); `npm run bench` runs the bundle (scripts/bench.mjs)
if (/[\\/]bench-bicep\.ts$/.test(process.argv[1] ?? '')) main();
