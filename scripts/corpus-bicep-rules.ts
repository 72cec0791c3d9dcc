/**
 * Corpus check for the Bicep security rules (server/src/rules/bicep, parts included).
 *
 *   node --import tsx scripts/corpus-bicep-rules.ts <dir> [--rule <id>] [--verbose] [--sample <n>] [--seed <n>]
 *
 * Runs analyze() with every Bicep rule (default levels and options) over every .bicep /
 * .bicepparam file under <dir>, reading sibling files (.bicepparam, local modules) through the
 * read-only disk host. Prints findings per rule (and files with findings), rule crashes, time,
 * and any finding that lies on an `existing` resource declaration (must be none). Writes a
 * seeded random sample of findings with source excerpts to /tmp/corpus-bicep-rules-sample.txt.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../server/src/engine/analyze';
import { effectiveConfig } from '../server/src/engine/config';
import { RuleRegistry } from '../server/src/engine/registry';
import type { Rule } from '../server/src/engine/rule';
import type { Finding } from '../server/src/engine/types';
import { getBicep } from '../server/src/languages/bicep';
import { diskHost } from '../server/src/workspace/host';
import { listBicepFiles } from './corpus-bicep';

const RULES_DIR = path.join(__dirname, '..', 'server', 'src', 'rules', 'bicep');

/** Every Bicep rule file (registered or not) and the Bicep parts of shared ids. */
function bicepRules(): Rule[] {
  const out: Rule[] = [];
  for (const f of fs.readdirSync(RULES_DIR).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(f)) out.push((require(path.join(RULES_DIR, f)) as { default: Rule }).default);
  }
  const parts = path.join(RULES_DIR, 'parts');
  if (fs.existsSync(parts)) {
    for (const f of fs.readdirSync(parts).sort()) {
      if (!f.endsWith('.ts') || f === 'amlCommon.ts') continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(parts, f)) as { default?: Rule };
      if (mod.default?.meta) out.push(mod.default);
    }
  }
  return out;
}

/** Mulberry32: a small seeded PRNG for a reproducible sample. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function main(): void {
  const args = process.argv.slice(2);
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const dir = args.find((a, i) => !a.startsWith('--') && !['--rule', '--sample', '--seed'].includes(args[i - 1] ?? ''));
  if (!dir) {
    console.error('usage: corpus-bicep-rules.ts <dir> [--rule <id>] [--verbose] [--sample <n>] [--seed <n>]');
    process.exit(2);
  }
  const only = valueOf('--rule');
  const verbose = args.includes('--verbose');
  const sampleSize = Number(valueOf('--sample') ?? 50);
  const seed = Number(valueOf('--seed') ?? 42);
  const root = path.resolve(dir);
  const rules = bicepRules().filter((r) => !only || r.meta.id === only);
  const registry = new RuleRegistry(rules);
  const config = effectiveConfig({ registry, configFile: undefined, workspaceRoot: root });
  const host = diskHost();
  const files = listBicepFiles(root);

  const perRule = new Map<string, { findings: number; files: Set<string>; unsafe: number; safe: number; noFix: number }>();
  for (const r of rules) perRule.set(r.meta.id, { findings: 0, files: new Set(), unsafe: 0, safe: 0, noFix: 0 });
  const all: { file: string; text: string; f: Finding }[] = [];
  const crashes: string[] = [];
  const onExisting: string[] = [];
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += text.length;
    const res = analyze({ path: file, text, host }, { registry, config });
    for (const e of res.ruleErrors) crashes.push(`${path.relative(root, file)}: ${e.ruleId}: ${e.message}`);
    const existing = file.endsWith('.bicep') ? getBicep(res.document).model.resources.filter((r) => r.existing) : [];
    for (const f of res.findings) {
      const s = perRule.get(f.ruleId);
      if (!s) continue;
      s.findings++;
      s.files.add(file);
      const fix = f.fixes[0];
      if (!fix) s.noFix++;
      else if (fix.safety === 'safe') s.safe++;
      else s.unsafe++;
      all.push({ file, text, f });
      if (existing.some((r) => f.span.start >= r.decl.start && f.span.end <= r.decl.end)) onExisting.push(`${path.relative(root, file)}:${lineOf(text, f.span.start)}: ${f.ruleId}`);
      if (verbose) console.log(`${path.relative(root, file)}:${lineOf(text, f.span.start)}: ${f.ruleId}: ${f.message}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

  console.log(`files: ${files.length} (${(bytes / 1024 / 1024).toFixed(1)} MB), rules: ${rules.length}, time: ${seconds.toFixed(2)} s`);
  console.log('rule                                         findings  files  safe-fix unsafe-fix no-fix');
  for (const [id, s] of [...perRule.entries()].sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1))) {
    console.log(`${id.padEnd(44)} ${String(s.findings).padStart(8)} ${String(s.files.size).padStart(6)} ${String(s.safe).padStart(9)} ${String(s.unsafe).padStart(10)} ${String(s.noFix).padStart(6)}`);
  }
  console.log(`rule crashes: ${crashes.length}`);
  for (const c of crashes.slice(0, 20)) console.log(`  ${c}`);
  console.log(`findings on existing resources: ${onExisting.length}`);
  for (const c of onExisting.slice(0, 20)) console.log(`  ${c}`);

  const rnd = prng(seed);
  const pool = [...all];
  const sample: typeof all = [];
  while (sample.length < sampleSize && pool.length) sample.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0] as (typeof all)[number]);
  const out: string[] = [];
  for (const { file, text, f } of sample) {
    const line = lineOf(text, f.span.start);
    const lines = text.split(/\r?\n/);
    const from = Math.max(1, line - 3);
    const to = Math.min(lines.length, line + 2);
    out.push(`== ${path.relative(root, file)}:${line} ${f.ruleId} [${f.confidence}] ${f.message}`);
    for (let i = from; i <= to; i++) out.push(`${i === line ? '>' : ' '}${String(i).padStart(5)}  ${lines[i - 1] ?? ''}`);
    for (const r of f.related) out.push(`   related: ${r.message}${r.file ? ` (${path.relative(root, r.file.path)}:${r.file.line + 1})` : ` (line ${lineOf(text, r.span.start)})`}`);
    if (f.fixes[0]) out.push(`   fix (${f.fixes[0].safety}): ${f.fixes[0].title}`);
    out.push('');
  }
  const samplePath = path.join(os.tmpdir(), 'corpus-bicep-rules-sample.txt');
  fs.writeFileSync(samplePath, out.join('\n'));
  console.log(`sample of ${sample.length} findings (seed ${seed}): ${samplePath}`);
}

main();
