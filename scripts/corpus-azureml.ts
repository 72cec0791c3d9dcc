/**
 * Corpus check for the Azure ML language support.
 *
 *   node --import tsx scripts/corpus-azureml.ts <dir> [--verbose] [--list-content]
 *
 * For every *.yml / *.yaml file under <dir>: classify it; for files whose `$schema` names an
 * Azure ML kind, check that the classification agrees; validate every Azure ML document
 * against the bundled schemas; print counts per kind, the files with schema findings (with
 * messages), mismatches and the throughput.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisDocument } from '../server/src/engine/document';
import { detectAzureML, kindFromSchemaUrl } from '../server/src/languages/azureml/detect';
import type { AzureMLKind } from '../server/src/languages/azureml/kinds';
import { firstDocumentValue } from '../server/src/languages/azureml/model';
import { validateAzureML } from '../server/src/languages/azureml/validate';

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

/** Kinds that the `$schema` family allows as a refinement (workspace → hub, schedule → monitor). */
function sameFamily(a: AzureMLKind, b: AzureMLKind): boolean {
  if (a === b) return true;
  const fam = (k: AzureMLKind) =>
    k === 'hub' || k === 'project' || k === 'featureStore' ? 'workspace' : k === 'monitorSchedule' ? 'schedule' : k;
  return fam(a) === fam(b);
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const verbose = args.includes('--verbose');
  const listContent = args.includes('--list-content');
  if (!dir) {
    console.error('usage: corpus-azureml.ts <dir> [--verbose] [--list-content]');
    process.exit(2);
  }
  const files: string[] = [];
  listYaml(path.resolve(dir), files);
  files.sort();

  const t0 = process.hrtime.bigint();
  const perKind = new Map<AzureMLKind, { schema: number; content: number }>();
  const mismatches: string[] = [];
  const withFindings: { file: string; kind: AzureMLKind; schema: boolean; messages: string[] }[] = [];
  const contentFiles: string[] = [];
  let schemaFiles = 0;
  let amlDocs = 0;
  let schemaFilesWithFindings = 0;
  let findingsTotal = 0;
  let bytes = 0;
  let blindHits = 0;
  const blindMisses: string[] = [];

  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += text.length;
    const rel = path.relative(path.resolve(dir), file).split(path.sep).join('/');
    const doc = new AnalysisDocument(file, text, 'yaml');
    const root = firstDocumentValue(doc);
    const det = detectAzureML(rel, root, text);
    const declared =
      root && typeof root === 'object' && !Array.isArray(root) && typeof (root as Record<string, unknown>)['$schema'] === 'string'
        ? kindFromSchemaUrl((root as Record<string, unknown>)['$schema'] as string)
        : undefined;
    if (declared) schemaFiles++;
    if (declared && (!det || !sameFamily(det.kind, declared))) {
      mismatches.push(`${rel}: $schema says ${declared}, classified ${det ? det.kind : 'not Azure ML'}`);
    }
    if (declared && root && typeof root === 'object') {
      // blind check: would content alone have found the same kind?
      const { $schema: _ignored, ...rest } = root as Record<string, unknown>;
      void _ignored;
      const blind = detectAzureML(rel, rest);
      const batch = (k: AzureMLKind) => (k === 'modelBatchDeployment' ? 'batchDeployment' : k);
      if (blind && sameFamily(batch(blind.kind), batch(declared))) blindHits++;
      else blindMisses.push(`${rel}: $schema ${declared}, content says ${blind ? blind.kind : 'nothing'}`);
    }
    if (!det) continue;
    amlDocs++;
    const entry = perKind.get(det.kind) ?? { schema: 0, content: 0 };
    entry[det.by]++;
    perKind.set(det.kind, entry);
    if (det.by === 'content') contentFiles.push(`${rel} → ${det.kind}`);
    const problems = validateAzureML(doc, det.kind);
    if (problems.length > 0) {
      findingsTotal += problems.length;
      if (declared) schemaFilesWithFindings++;
      withFindings.push({
        file: rel,
        kind: det.kind,
        schema: det.by === 'schema',
        messages: problems.map((p) => {
          const pos = doc.positionAt(p.span.start);
          return `${pos.line + 1}:${pos.character + 1} ${p.message}`;
        }),
      });
    }
  }
  const t1 = process.hrtime.bigint();
  const seconds = Number(t1 - t0) / 1e9;

  // Warm second pass with a breakdown (schemas compiled, files in the OS cache).
  const texts = files.map((f) => [f, fs.readFileSync(f, 'utf8')] as const);
  let tParse = 0n;
  let tDetect = 0n;
  let tValidate = 0n;
  for (const [file, text] of texts) {
    const a = process.hrtime.bigint();
    const doc = new AnalysisDocument(file, text, 'yaml');
    const root = firstDocumentValue(doc);
    const b = process.hrtime.bigint();
    const det = detectAzureML(file, root, text);
    const c = process.hrtime.bigint();
    if (det) validateAzureML(doc, det.kind);
    const d = process.hrtime.bigint();
    tParse += b - a;
    tDetect += c - b;
    tValidate += d - c;
  }
  const ms = (n: bigint) => (Number(n) / 1e6).toFixed(0);

  console.log(`YAML files: ${files.length} (${(bytes / 1024).toFixed(0)} KB)`);
  console.log(`Azure ML documents: ${amlDocs} (with an Azure ML $schema: ${schemaFiles})`);
  console.log('\nPer kind (by $schema / by content):');
  for (const [kind, c] of [...perKind.entries()].sort((a, b) => b[1].schema + b[1].content - (a[1].schema + a[1].content))) {
    console.log(`  ${kind.padEnd(34)} ${String(c.schema).padStart(4)} ${String(c.content).padStart(4)}`);
  }
  console.log(`\n$schema/classification mismatches: ${mismatches.length}`);
  for (const m of mismatches) console.log(`  ${m}`);
  console.log(`\nBlind check (ignore $schema, classify by content): ${blindHits}/${schemaFiles} = ${((100 * blindHits) / Math.max(1, schemaFiles)).toFixed(1)} %`);
  if (verbose) for (const m of blindMisses) console.log(`  ${m}`);
  if (listContent) {
    console.log(`\nClassified by content: ${contentFiles.length}`);
    for (const c of contentFiles) console.log(`  ${c}`);
  }
  const rate = schemaFiles ? (100 * schemaFilesWithFindings) / schemaFiles : 0;
  console.log(
    `\nFiles with a schema finding: ${withFindings.length} (of which with $schema: ${schemaFilesWithFindings}/${schemaFiles} = ${rate.toFixed(2)} %); findings: ${findingsTotal}`,
  );
  for (const w of withFindings) {
    console.log(`  ${w.file} [${w.kind}${w.schema ? '' : ', by content'}]`);
    for (const m of verbose ? w.messages : w.messages.slice(0, 5)) console.log(`      ${m}`);
    if (!verbose && w.messages.length > 5) console.log(`      … ${w.messages.length - 5} more`);
  }
  console.log(`\nTime, first pass: ${seconds.toFixed(2)} s for ${files.length} files = ${(files.length / seconds).toFixed(0)} files/s (read + parse + classify + validate, schema compilation included)`);
  const warm = Number(tParse + tDetect + tValidate) / 1e9;
  console.log(
    `Time, warm pass: ${warm.toFixed(2)} s = ${(files.length / warm).toFixed(0)} files/s — parse+toJS ${ms(tParse)} ms, classify ${ms(tDetect)} ms, validate ${ms(tValidate)} ms (${amlDocs} documents)`,
  );
}

main();
