/**
 * Corpus check for the CI/CD pipeline rules (GitHub Actions and Azure DevOps).
 *
 *   node --import tsx scripts/corpus-pipelines.ts [dir] [--sample <file>] [--size <n>] [--seed <n>] [--rule <id>]
 *
 * Runs every `gha-*` and `ado-*` rule over the YAML files under <dir> (default
 * <azureml-examples>/.github/workflows), prints the file kinds, findings per rule
 * (and per confidence), rule errors, the time per file and in total (first pass, cold, and a
 * second warm pass), and writes a seeded
 * random sample of findings with source excerpts to a file outside the repository
 * (default <tmpdir>/pipeline-sample.txt, 50 findings, seed 42) for review by hand.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../server/src/engine/analyze';
import { effectiveConfig } from '../server/src/engine/config';
import { RuleRegistry } from '../server/src/engine/registry';
import type { Finding } from '../server/src/engine/types';
import { allRules } from '../server/src/rules';

function listYaml(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listYaml(p, out);
    else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
}

/** mulberry32: a small seeded PRNG so the sample is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const flagsWithValues = new Set(['--sample', '--size', '--seed', '--rule']);
  const positional = args.filter((a, i) => !a.startsWith('--') && !flagsWithValues.has(args[i - 1] ?? ''));
  if (!positional[0]) {
    console.error('usage: corpus-pipelines <folder of workflows> [--sample file] [--size n] [--seed n] [--rule id]');
    process.exit(2);
  }
  const dir = path.resolve(positional[0]);
  const sampleFile = path.resolve(arg(args, '--sample') ?? path.join(os.tmpdir(), 'pipeline-sample.txt'));
  const size = Number(arg(args, '--size') ?? 50);
  const seed = Number(arg(args, '--seed') ?? 42);
  const only = arg(args, '--rule');
  const repoRoot = path.resolve(__dirname, '..');
  if (sampleFile.startsWith(repoRoot + path.sep)) {
    console.error('the sample must be written outside the repository');
    process.exit(2);
  }

  const rules = allRules.filter((r) => /^(?:gha|ado)-/.test(r.meta.id) && (!only || r.meta.id === only));
  const registry = new RuleRegistry(rules);
  const config = effectiveConfig({ registry, configFile: undefined, workspaceRoot: dir });
  const files: string[] = [];
  listYaml(dir, files);
  files.sort();

  const perRule = new Map<string, { total: number; high: number; medium: number; low: number; files: Set<string> }>();
  const kinds = new Map<string, number>();
  const all: { file: string; text: string; finding: Finding }[] = [];
  const errors: string[] = [];
  const times: number[] = [];
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += text.length;
    const s = process.hrtime.bigint();
    const result = analyze({ path: file, text }, { registry, config });
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
    kinds.set(result.kind, (kinds.get(result.kind) ?? 0) + 1);
    for (const e of result.ruleErrors) errors.push(`${path.relative(dir, file)}: ${e.ruleId}: ${e.message}`);
    for (const f of result.findings) {
      if (!/^(?:gha|ado)-/.test(f.ruleId)) continue;
      const entry = perRule.get(f.ruleId) ?? { total: 0, high: 0, medium: 0, low: 0, files: new Set<string>() };
      entry.total++;
      entry[f.confidence]++;
      entry.files.add(file);
      perRule.set(f.ruleId, entry);
      all.push({ file, text, finding: f });
    }
  }
  const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // a second, warm pass (JIT compiled, files in memory) measures steady-state cost per keystroke-sized file
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const w0 = process.hrtime.bigint();
  for (const [i, file] of files.entries()) analyze({ path: file, text: texts[i] ?? '' }, { registry, config });
  const warmMs = Number(process.hrtime.bigint() - w0) / 1e6;

  console.log(`Directory: ${dir}`);
  console.log(`YAML files: ${files.length} (${(bytes / 1024).toFixed(0)} KB); kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`Rules run: ${rules.length}\n`);
  console.log(`${'rule'.padEnd(38)} ${'findings'.padStart(8)} ${'files'.padStart(6)}   high/medium/low`);
  for (const r of rules) {
    const e = perRule.get(r.meta.id);
    console.log(`${r.meta.id.padEnd(38)} ${String(e?.total ?? 0).padStart(8)} ${String(e?.files.size ?? 0).padStart(6)}   ${e ? `${e.high}/${e.medium}/${e.low}` : '-'}`);
  }
  console.log(`${'total'.padEnd(38)} ${String(all.length).padStart(8)}`);
  console.log(`\nRule errors: ${errors.length}`);
  for (const e of errors.slice(0, 20)) console.log(`  ${e}`);
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  console.log(`\nWarm pass: ${warmMs.toFixed(0)} ms for ${files.length} files = ${(warmMs / Math.max(1, files.length)).toFixed(2)} ms per file`);
  console.log(
    `Time: ${totalMs.toFixed(0)} ms total for ${files.length} files (classify + parse + model + rules); per file mean ${(totalMs / Math.max(1, files.length)).toFixed(2)} ms, median ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms, max ${pct(100).toFixed(2)} ms`,
  );

  // seeded sample (Fisher–Yates on a copy, first n)
  const rand = rng(seed);
  const pool = [...all];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
  }
  const sample = pool.slice(0, size);
  const out: string[] = [`# ${sample.length} of ${all.length} findings, seed ${seed}, from ${dir}`, ''];
  sample.forEach(({ file, text, finding }, i) => {
    const lines = text.split(/\r?\n/);
    let line = 0;
    for (let k = 0, off = 0; k < lines.length; k++) {
      const len = (lines[k] ?? '').length + 1;
      if (off + len > finding.span.start) {
        line = k;
        break;
      }
      off += len;
    }
    out.push(`## ${i + 1}. ${finding.ruleId} [${finding.severity}/${finding.confidence}] ${path.relative(dir, file)}:${line + 1}`);
    out.push(`   ${finding.message}`);
    out.push(`   fixes: ${finding.fixes.map((f) => `${f.title} (${f.safety})`).join('; ') || 'none'}`);
    for (let k = Math.max(0, line - 3); k <= Math.min(lines.length - 1, line + 3); k++) out.push(`   ${k === line ? '>' : ' '} ${String(k + 1).padStart(4)} | ${lines[k]}`);
    out.push('');
  });
  fs.writeFileSync(sampleFile, out.join('\n'));
  console.log(`\nSample of ${sample.length} findings written to ${sampleFile}`);
}

main();
