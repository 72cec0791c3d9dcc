/**
 * `bulwark` command line: the same engine as the editor, for CI.
 * Exit codes: 0 nothing at or above the failing level, 1 findings, 2 usage or internal error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultRegistry } from '../rules';
import { analyze } from '../engine/analyze';
import { ConfigResolver, effectiveConfig } from '../engine/config';
import { fixAll } from '../engine/fixes';
import { docsUrl } from '../engine/rule';
import { LEVELS, SEVERITIES, severityRank } from '../engine/types';
import type { Severity } from '../engine/types';
import { scanPaths } from '../workspace/scan';
import { diskHost } from '../workspace/host';
import { locate } from './formatters/common';
import { formatText } from './formatters/text';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';

declare const BULWARK_VERSION: string | undefined;
const VERSION = typeof BULWARK_VERSION === 'string' ? BULWARK_VERSION : '0.0.0-dev';

const USAGE = `Usage: bulwark scan [paths…] [options]
       bulwark rules [--format text|json]
       bulwark --version | --help

Scan Bicep, Azure ML YAML, GitHub Actions and Azure DevOps files for security weaknesses.

Options for scan:
  -f, --format <text|json|sarif>   output format (default: text)
  -o, --output <file>              write the report to a file instead of standard output
      --fail-on <level|none>       exit 1 when a finding is at or above: error, warning (default), info, hint; none never
      --fix                        apply safe fixes to the files, then report what is left
      --no-color                   plain text output
  -q, --quiet                      no progress line

Exit codes: 0 no finding at or above the failing level, 1 findings, 2 usage or internal error.`;

export class UsageError extends Error {}

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readonly isTTY: boolean;
  readonly cwd: string;
}

interface ScanArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  output?: string;
  failOn: Severity | 'none';
  fix: boolean;
  color: boolean;
  quiet: boolean;
}

function parseScanArgs(argv: string[], io: CliIo): ScanArgs {
  const args: ScanArgs = { paths: [], format: 'text', failOn: 'warning', fix: false, color: io.isTTY && !process.env['NO_COLOR'], quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    switch (name) {
      case '-f':
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not '${v}'`);
        args.format = v;
        break;
      }
      case '-o':
      case '--output':
        args.output = value();
        break;
      case '--fail-on': {
        const v = value();
        if (v !== 'none' && !(SEVERITIES as readonly string[]).includes(v)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, none`);
        args.failOn = v as Severity | 'none';
        break;
      }
      case '--fix':
        args.fix = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '-q':
      case '--quiet':
        args.quiet = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        args.paths.push(a);
    }
  }
  if (!args.paths.length) args.paths.push('.');
  return args;
}

export function run(argv: string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE + '\n');
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(VERSION + '\n');
      return 0;
    }
    if (command === 'rules') return listRules(rest, io);
    if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);
    return scan(parseScanArgs(rest, io), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bulwark: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`bulwark: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function listRules(argv: string[], io: CliIo): number {
  const json = argv.includes('--format=json') || (argv[0] === '--format' && argv[1] === 'json');
  const rules = [...defaultRegistry().rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  if (json) {
    io.stdout(JSON.stringify(rules.map((r) => ({ id: r.meta.id, description: r.meta.description, category: r.meta.category, severity: r.meta.severity, appliesTo: r.meta.appliesTo, fixable: r.meta.fixable, helpUri: docsUrl(r.meta.id) })), null, 2) + '\n');
  } else {
    for (const r of rules) io.stdout(`${r.meta.id.padEnd(44)} ${r.meta.severity.padEnd(8)} ${r.meta.category.padEnd(13)} ${r.meta.description}\n`);
  }
  return 0;
}

function scan(args: ScanArgs, io: CliIo): number {
  const registry = defaultRegistry();
  const absPaths = args.paths.map((p) => path.resolve(io.cwd, p));
  for (const p of absPaths) {
    if (!fs.existsSync(p)) throw new UsageError(`no such file or folder: ${path.relative(io.cwd, p) || p}`);
  }
  const only = absPaths.length === 1 ? absPaths[0] : undefined;
  const base = only && fs.statSync(only).isDirectory() ? only : io.cwd;

  if (args.fix) applyFixes(absPaths, base, io, registry);

  let lastProgress = 0;
  const progress = !args.quiet && io.isTTY;
  const outcome = scanPaths(absPaths, {
    registry,
    workspaceRoot: base,
    onProgress: progress
      ? (done, total) => {
          const now = Date.now();
          if (total > 50 && now - lastProgress > 100) {
            lastProgress = now;
            io.stderr(`\rScanning ${done}/${total} files…`);
          }
        }
      : undefined,
  });
  if (progress && lastProgress) io.stderr('\r\x1b[K');
  for (const p of outcome.problems) io.stderr(`bulwark: ${path.relative(io.cwd, p.path) || p.path}: ${p.message}\n`);
  for (const f of outcome.files) {
    for (const e of f.result.ruleErrors) io.stderr(`bulwark: internal error in rule ${e.ruleId} on ${path.relative(io.cwd, f.path)}: ${e.message}\n`);
  }

  const located = locate(outcome.files, base);
  let report: string;
  switch (args.format) {
    case 'json':
      report = formatJson(located, outcome.fileCount, VERSION);
      break;
    case 'sarif':
      report = formatSarif(located, registry.rules, base, VERSION);
      break;
    default:
      report = formatText(located, outcome.fileCount, args.color && !args.output);
  }
  if (args.output) fs.writeFileSync(path.resolve(io.cwd, args.output), report);
  else io.stdout(report);

  if (args.failOn === 'none') return 0;
  const threshold = severityRank(args.failOn);
  return located.some((l) => severityRank(l.finding.severity) >= threshold) ? 1 : 0;
}

function applyFixes(paths: string[], base: string, io: CliIo, registry: ReturnType<typeof defaultRegistry>): void {
  const host = diskHost();
  const resolver = new ConfigResolver(host, registry, [base]);
  const outcome = scanPaths(paths, { registry, workspaceRoot: base });
  let changed = 0;
  for (const file of outcome.files) {
    if (!file.result.findings.some((f) => f.fixes.some((x) => x.safety === 'safe'))) continue;
    const config = effectiveConfig({ registry, configFile: resolver.find(file.path), workspaceRoot: base });
    const result = fixAll(file.result.document.text, (text) => analyze({ path: file.path, text, host }, { registry, config }).findings);
    if (result.text !== file.result.document.text) {
      fs.writeFileSync(file.path, result.text);
      changed++;
      io.stderr(`bulwark: fixed ${result.applied} finding${result.applied === 1 ? '' : 's'} in ${path.relative(io.cwd, file.path)}\n`);
    }
  }
  if (changed === 0) io.stderr('bulwark: no safe fix to apply\n');
}

export { LEVELS };

if (require.main === module) {
  const code = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
