/**
 * Corpus check for the Azure ML security rules (`aml-*`).
 *
 *   node --import tsx scripts/corpus-azureml-rules.ts <dir> [--verbose] [--rule <id>] [--json]
 *
 * Runs analyze() with every aml-* rule (default levels and options) over every *.yml /
 * *.yaml file under <dir>, reading sibling files (Dockerfiles) through the read-only disk
 * host. Prints, per rule: findings, files with findings, and a breakdown by Azure ML kind
 * and message id; then the documents per kind (the denominators of the counts). With
 * --verbose (or --rule <id>) lists every finding as `file:line: message`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine/analyze';
import { effectiveConfig } from '../server/src/engine/config';
import { RuleRegistry } from '../server/src/engine/registry';
import type { Rule } from '../server/src/engine/rule';
import { allRules } from '../server/src/rules';
import syntaxError from '../server/src/rules/core/syntax-error';
import { diskHost } from '../server/src/workspace/host';

function listYaml(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listYaml(p, out);
    else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
}

/** Message ids are not part of a finding: recover them from the rule's templates. */
function messageIdOf(rule: Rule, message: string): string {
  for (const [id, template] of Object.entries(rule.meta.messages as Record<string, string>)) {
    const parts = template.split(/\{\{\s*\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (new RegExp('^' + parts.join('[\\s\\S]*?') + '$').test(message)) return id;
  }
  return '?';
}

/** The registered rules whose file is an aml-* file of server/src/rules/azureml (the YAML rules, not Bicep's aml-*). */
function amlRules(): Rule[] {
  const dir = path.join(__dirname, '..', 'server', 'src', 'rules', 'azureml');
  const ids = new Set(
    fs
      .readdirSync(dir)
      .filter((f) => /^aml-[a-z0-9-]+\.ts$/.test(f))
      .map((f) => f.slice(0, -3)),
  );
  return allRules.filter((r) => ids.has(r.meta.id)) as Rule[];
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rule');
  const verbose = args.includes('--verbose');
  const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
  const asJson = args.includes('--json');
  if (!dir) {
    console.error('usage: corpus-azureml-rules.ts <dir> [--verbose] [--rule <id>] [--json]');
    process.exit(2);
  }
  const root = path.resolve(dir);
  const rules = amlRules().filter((r) => !only || r.meta.id === only);
  const core: Rule[] = [syntaxError as Rule];
  const registry = new RuleRegistry([...rules, ...core]);
  const config = effectiveConfig({ registry, configFile: undefined, workspaceRoot: root });
  const host = diskHost();

  const files: string[] = [];
  listYaml(root, files);
  files.sort();

  const perRule = new Map<string, { findings: number; files: Set<string>; byKind: Map<string, number>; byMessage: Map<string, number> }>();
  for (const r of rules) perRule.set(r.meta.id, { findings: 0, files: new Set(), byKind: new Map(), byMessage: new Map() });
  const docsPerKind = new Map<string, number>();
  const lines: string[] = [];
  const ruleErrors: string[] = [];
  let amlDocs = 0;
  const t0 = process.hrtime.bigint();

  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(root, file).split(path.sep).join('/');
    const result = analyze({ path: file, text, host }, { registry, config });
    for (const e of result.ruleErrors) ruleErrors.push(`${rel}: ${e.ruleId}: ${e.message}`);
    if (result.kind !== 'azureml' || !result.azuremlKind) continue;
    amlDocs++;
    const kind = result.azuremlKind;
    docsPerKind.set(kind, (docsPerKind.get(kind) ?? 0) + 1);
    for (const f of result.findings) {
      const stats = perRule.get(f.ruleId);
      const rule = registry.get(f.ruleId);
      if (!stats || !rule) continue;
      stats.findings++;
      stats.files.add(rel);
      stats.byKind.set(kind, (stats.byKind.get(kind) ?? 0) + 1);
      const mid = messageIdOf(rule, f.message);
      stats.byMessage.set(mid, (stats.byMessage.get(mid) ?? 0) + 1);
      if (verbose || only) lines.push(`${rel}:${result.document.positionAt(f.span.start).line + 1}: [${f.ruleId}/${f.confidence}] ${f.message}`);
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;

  if (asJson) {
    const out: Record<string, unknown> = {};
    for (const [id, s] of perRule) out[id] = { findings: s.findings, files: s.files.size, byKind: Object.fromEntries(s.byKind), byMessage: Object.fromEntries(s.byMessage) };
    console.log(JSON.stringify({ files: files.length, azuremlDocuments: amlDocs, docsPerKind: Object.fromEntries(docsPerKind), rules: out }, null, 2));
    return;
  }
  console.log(`${files.length} YAML files, ${amlDocs} Azure ML documents, ${ms.toFixed(0)} ms`);
  console.log('\nrule                               findings  files  by kind / message id');
  for (const [id, s] of perRule) {
    const kinds = [...s.byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    const msgs = [...s.byMessage].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`${id.padEnd(34)} ${String(s.findings).padStart(8)} ${String(s.files.size).padStart(6)}  ${kinds}${msgs ? `  [${msgs}]` : ''}`);
  }
  console.log('\nAzure ML documents per kind:');
  console.log([...docsPerKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
  if (ruleErrors.length) {
    console.log(`\n${ruleErrors.length} rule errors:`);
    for (const e of ruleErrors.slice(0, 50)) console.log('  ' + e);
  }
  if (lines.length) {
    console.log('');
    for (const l of lines) console.log(l);
  }
}

main();
