/**
 * Parse every .bicep / .bicepparam file under a folder and report syntax errors and speed.
 *
 *   node --import tsx scripts/corpus-bicep.ts <dir> [--all] [--model]
 *
 * --all    list every failing file (default: the first 20)
 * --model  also build the semantic model (counts parse+model time)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../server/src/languages/bicep/parser';
import { buildModelFromProgram } from '../server/src/languages/bicep/model';

export interface CorpusResult {
  readonly files: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly failures: { file: string; line: number; message: string; count: number }[];
}

export function listBicepFiles(dir: string): string[] {
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

export function runCorpus(dir: string, withModel = false): CorpusResult {
  const files = listBicepFiles(dir);
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  const failures: CorpusResult['failures'] = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as string;
    const text = texts[i] as string;
    const program = parse(text, { params: file.endsWith('.bicepparam') });
    if (withModel) buildModelFromProgram(program, text, file);
    if (program.errors.length > 0) {
      const first = program.errors[0] as { message: string; span: { start: number } };
      let line = 1;
      for (let j = 0; j < first.span.start; j++) if (text.charCodeAt(j) === 10) line++;
      failures.push({ file, line, message: first.message, count: program.errors.length });
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { files: files.length, bytes, seconds, failures };
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: node --import tsx scripts/corpus-bicep.ts <dir> [--all] [--model]');
    process.exitCode = 2;
    return;
  }
  const all = args.includes('--all');
  const withModel = args.includes('--model');
  // warm-up pass so that the timing reflects optimised code
  runCorpus(dir, withModel);
  const r = runCorpus(dir, withModel);
  const mb = r.bytes / (1024 * 1024);
  console.log(`files: ${r.files}`);
  console.log(`files with syntax errors: ${r.failures.length}`);
  for (const f of all ? r.failures : r.failures.slice(0, 20)) {
    console.log(`  ${path.relative(dir, f.file)}:${f.line}: ${f.message} (${f.count} error${f.count === 1 ? '' : 's'})`);
  }
  console.log(`total: ${mb.toFixed(2)} MB`);
  console.log(`time: ${(r.seconds * 1000).toFixed(0)} ms (${withModel ? 'parse+model' : 'parse'})`);
  console.log(`speed: ${(mb / r.seconds).toFixed(1)} MB/s`);
  if (r.failures.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
