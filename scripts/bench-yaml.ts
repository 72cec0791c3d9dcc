/**
 * YAML scalar-scanner benchmark: throughput of `scanYamlScalars` (the large-file path)
 * against the `yaml` library (full compose, and its lexer alone) on a generated dense
 * 1 MB file, and over a corpus of YAML files when one is given.
 *
 *   node --import tsx scripts/bench-yaml.ts [corpusDir]
 *
 * `benchYamlScanner()` is also called from `npm run bench`. MB = 2^20 UTF-16 code units.
 * Figures are medians of several runs (the first run, JIT-cold, is reported apart), by
 * wall clock and by process CPU time (the latter suffers less on a busy machine).
 * Nothing here is asserted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexer, LineCounter, parseAllDocuments } from 'yaml';
import { scanYamlScalars } from '../server/src/languages/yaml/scanScalars';

/** Milliseconds of one measurement: wall clock, and process CPU time (less sensitive to a busy machine). */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface YamlScannerBenchResult {
  /** Size of the generated file (UTF-16 code units). */
  readonly bytes: number;
  /** String scalars the scanner emits for it. */
  readonly scalars: number;
  /** The scanner's first run in this process (JIT-cold if nothing scanned YAML before). */
  readonly scannerFirstRun: Timing;
  /** Median scanner time, and throughput (MB/s) by wall clock and by CPU time. */
  readonly scanner: Timing;
  readonly scannerMBps: number;
  readonly scannerMBpsCpu: number;
  /** Median `parseAllDocuments` (what the full-parse path pays). */
  readonly yamlCompose: Timing;
  readonly yamlComposeMBps: number;
  /** Median of the `yaml` lexer alone. */
  readonly yamlLexer: Timing;
  readonly yamlLexerMBps: number;
  /** Corpus figures, when a directory with YAML files was found. */
  readonly corpus?: {
    readonly dir: string;
    readonly files: number;
    readonly megabytes: number;
    readonly scalars: number;
    /** File by file (per-call overhead included). */
    readonly scannerMBps: number;
    readonly scannerMBpsCpu: number;
    /** All files as one multi-document stream. */
    readonly concatenatedMBps: number;
    readonly concatenatedMBpsCpu: number;
    readonly yamlComposeMBps: number;
  };
}

const MB = 1024 * 1024;

/** A dense, realistic Azure ML-style YAML file of about `bytes` (the shape measured in the design notes). */
export function generateDenseYaml(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s =
      `job${i}:\n  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest\n` +
      `  command: python train.py --data \${{inputs.data}} --lr 0.01\n  environment_variables:\n` +
      `    KEY_${i}: "value-${i}"\n    list:\n      - a\n      - b: c\n`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timeRuns(fn: () => void, runs: number): Timing[] {
  const ts: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wallMs = performance.now() - t0;
    const c = process.cpuUsage(c0);
    ts.push({ wallMs, cpuMs: (c.user + c.system) / 1000 });
  }
  return ts;
}

function medianTiming(ts: Timing[]): Timing {
  return { wallMs: round(median(ts.map((t) => t.wallMs))), cpuMs: round(median(ts.map((t) => t.cpuMs))) };
}

function lexAll(text: string): number {
  let n = 0;
  for (const _ of new Lexer().lex(text)) n++;
  return n;
}

function listYaml(dir: string): string[] {
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
      else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(p);
    }
  }
  return out.sort();
}

const round = (x: number): number => Math.round(x * 10) / 10;

export function benchYamlScanner(corpusDir?: string): YamlScannerBenchResult {
  const text = generateDenseYaml(MB);
  const mb = text.length / MB;
  let scalars = 0;
  const scan = (t: string): void => scanYamlScalars(t, () => void scalars++);
  const first = medianTiming(timeRuns(() => scan(text), 1));
  scalars = 0;
  scan(text);
  const perRun = scalars;
  const scanner = medianTiming(timeRuns(() => scan(text), 15));
  const compose = medianTiming(timeRuns(() => parseAllDocuments(text, { lineCounter: new LineCounter() }), 5));
  const lexer = medianTiming(timeRuns(() => lexAll(text), 5));
  const rate = (megabytes: number, ms: number): number => round(megabytes / (ms / 1000));

  let corpus: YamlScannerBenchResult['corpus'];
  const candidates = [corpusDir, path.join(__dirname, '..', 'examples')].filter((d): d is string => !!d && fs.existsSync(d));
  for (const dir of candidates) {
    const files = listYaml(dir);
    if (!files.length) continue;
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    const joined = texts.map((t) => `---\n${t}\n`).join('');
    const total = texts.reduce((a, t) => a + t.length, 0) / MB;
    scalars = 0;
    for (const t of texts) scan(t); // warm up
    const corpusScalars = scalars;
    scan(joined);
    const perFile = medianTiming(timeRuns(() => texts.forEach(scan), 7));
    const concatenated = medianTiming(timeRuns(() => scan(joined), 7));
    const yamlAll = medianTiming(timeRuns(() => texts.forEach((t) => parseAllDocuments(t)), 3));
    corpus = {
      dir,
      files: files.length,
      megabytes: Math.round(total * 100) / 100,
      scalars: corpusScalars,
      scannerMBps: rate(total, perFile.wallMs),
      scannerMBpsCpu: rate(total, perFile.cpuMs),
      concatenatedMBps: rate(joined.length / MB, concatenated.wallMs),
      concatenatedMBpsCpu: rate(joined.length / MB, concatenated.cpuMs),
      yamlComposeMBps: rate(total, yamlAll.wallMs),
    };
    break;
  }

  return {
    bytes: text.length,
    scalars: perRun,
    scannerFirstRun: first,
    scanner,
    scannerMBps: rate(mb, scanner.wallMs),
    scannerMBpsCpu: rate(mb, scanner.cpuMs),
    yamlCompose: compose,
    yamlComposeMBps: rate(mb, compose.wallMs),
    yamlLexer: lexer,
    yamlLexerMBps: rate(mb, lexer.wallMs),
    corpus,
  };
}

// run directly (`node --import tsx scripts/bench-yaml.ts`); `npm run bench` runs the bundle (scripts/bench.mjs)
if (/[\\/]bench-yaml\.ts$/.test(process.argv[1] ?? '')) {
  console.log(JSON.stringify(benchYamlScanner(process.argv[2]), null, 2));
}
