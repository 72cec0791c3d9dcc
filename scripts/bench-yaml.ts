/**
 * YAML scalar-scanner benchmark: throughput of `scanYamlScalars` (the large-file path)
 * against the `yaml` library (full compose, and its lexer alone) on a generated dense
 * 1 MB file, and over a corpus of YAML files when one is given.
 *
 *   node --import tsx scripts/bench-yaml.ts [corpusDir]
 *
 * `benchYamlScanner()` is also called from `npm run bench`. MB = 2^20 UTF-16 code units.
 * Figures are medians of several runs (the first run, JIT-cold, is reported apart).
 * Nothing here is asserted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexer, LineCounter, parseAllDocuments } from 'yaml';
import { scanYamlScalars } from '../server/src/languages/yaml/scanScalars';

export interface YamlScannerBenchResult {
  /** Size of the generated file (UTF-16 code units). */
  readonly bytes: number;
  /** String scalars the scanner emits for it. */
  readonly scalars: number;
  /** The scanner's first run in this process (JIT-cold if nothing scanned YAML before), ms. */
  readonly scannerFirstRunMs: number;
  /** Median scanner time, ms, and throughput, MB/s. */
  readonly scannerMs: number;
  readonly scannerMBps: number;
  /** Median `parseAllDocuments` (what the full-parse path pays), ms and MB/s. */
  readonly yamlComposeMs: number;
  readonly yamlComposeMBps: number;
  /** Median of the `yaml` lexer alone, ms and MB/s. */
  readonly yamlLexerMs: number;
  readonly yamlLexerMBps: number;
  /** Corpus figures, when a directory with YAML files was found. */
  readonly corpus?: {
    readonly dir: string;
    readonly files: number;
    readonly megabytes: number;
    readonly scalars: number;
    readonly scannerMBps: number;
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

function timeRuns(fn: () => void, runs: number): number[] {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return ts;
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
  const first = timeRuns(() => scan(text), 1)[0] ?? 0;
  scalars = 0;
  scan(text);
  const perRun = scalars;
  const scannerMs = median(timeRuns(() => scan(text), 15));
  const composeMs = median(timeRuns(() => parseAllDocuments(text, { lineCounter: new LineCounter() }), 5));
  const lexerMs = median(timeRuns(() => lexAll(text), 5));

  let corpus: YamlScannerBenchResult['corpus'];
  const candidates = [corpusDir, path.join(__dirname, '..', 'examples')].filter((d): d is string => !!d && fs.existsSync(d));
  for (const dir of candidates) {
    const files = listYaml(dir);
    if (!files.length) continue;
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    const total = texts.reduce((a, t) => a + t.length, 0) / MB;
    scalars = 0;
    for (const t of texts) scan(t); // warm up
    const corpusScalars = scalars;
    const sMs = median(timeRuns(() => texts.forEach(scan), 7));
    const yMs = median(timeRuns(() => texts.forEach((t) => parseAllDocuments(t)), 3));
    corpus = { dir, files: files.length, megabytes: Math.round(total * 100) / 100, scalars: corpusScalars, scannerMBps: round(total / (sMs / 1000)), yamlComposeMBps: round(total / (yMs / 1000)) };
    break;
  }

  return {
    bytes: text.length,
    scalars: perRun,
    scannerFirstRunMs: round(first),
    scannerMs: round(scannerMs),
    scannerMBps: round(mb / (scannerMs / 1000)),
    yamlComposeMs: round(composeMs),
    yamlComposeMBps: round(mb / (composeMs / 1000)),
    yamlLexerMs: round(lexerMs),
    yamlLexerMBps: round(mb / (lexerMs / 1000)),
    corpus,
  };
}

if (require.main === module) {
  console.log(JSON.stringify(benchYamlScanner(process.argv[2]), null, 2));
}
