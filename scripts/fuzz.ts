/**
 * `npm run fuzz [-- --seconds N --seed S --inputs N --stride N --depth N --width N --big-line BYTES
 *                 --hang-ms N --out DIR --no-minimize --only INDEX]`
 * Defaults: 60 s, seed 1, every truncation point, 10,000 levels, 100,000 items, 10 MB lines.
 * `--only I` regenerates input I of the run, writes it to --out and checks it in this thread.
 *
 * Mutation-based fuzzing of analyze() over Bicep, .bicepparam, Azure ML YAML, GitHub workflows and
 * actions, Azure DevOps pipelines, plain YAML and JSON. Inputs come in three phases, each a pure
 * function of (seed, index) so that any input can be regenerated from its index:
 *   1. specials: deep nesting (10,000 levels), 10 MB single lines, YAML alias bombs, Bicep
 *      evaluator bombs, invalid UTF-8 decoded as text, lone surrogates, NUL bytes, mixed line
 *      endings, BOMs, enormous numbers and keys, wide documents, plus scaling pairs (n and 4n);
 *   2. truncation of every seed at every `stride`-th point (every point with --stride 1);
 *   3. random havoc: stacked byte, token, line, splice, encoding and secret-planting mutations.
 * Phases 2 and 3 interleave once phase 1 is done.
 *
 * Property, per input: analyze() returns (never throws), `ruleErrors` is empty, spans and fix
 * edits lie inside the text, a cancelled analysis reports `cancelled`, Azure ML hover and
 * completion do not throw. Figures: inputs, inputs/s, time per KB (median, p99, worst and
 * outliers), the n → 4n time ratio of each scaling pair, heap before/after.
 *
 * Analysis runs in a worker thread (a stack about the size of a language server's main thread)
 * watched by the main thread: an input that does not finish within its budget is a hang, and
 * its reproducer is written to --out like every other failure. A failure that throws is
 * minimised (delta debugging) before it is written.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../server/src/engine/analyze';
import type { CancellationLike } from '../server/src/engine/analyze';
import { classify, isSupportedPath } from '../server/src/engine/classify';
import { effectiveConfig } from '../server/src/engine/config';
import type { EffectiveConfig, Limits } from '../server/src/engine/config';
import { AnalysisDocument } from '../server/src/engine/document';
import type { FileHost } from '../server/src/engine/document';
import type { RuleRegistry } from '../server/src/engine/registry';
import { completeAzureML } from '../server/src/languages/azureml/complete';
import { hoverAzureML } from '../server/src/languages/azureml/hover';
import { defaultRegistry } from '../server/src/rules';
import { Fakes, prng } from '../test/secrets/fakes';

export const REPO_ROOT = path.resolve(__dirname, '..');

// ---------------------------------------------------------------------------------------------
// seeds

export interface Seed {
  /** Virtual absolute path the seed is analysed under (decides its kind). */
  readonly path: string;
  readonly text: string;
}

/** Where seeds come from: [folder relative to the repo, virtual root]. */
const SEED_SOURCES: readonly (readonly [string, string])[] = [
  ['test/fixtures/fuzz-seeds', '/fuzz/ws'],
  ['examples', '/fuzz/examples'],
  ['test/parser/bicep/cases', '/fuzz/parser'],
  ['test/fixtures/azureml/valid', '/fuzz/aml-valid'],
  ['test/fixtures/azureml/invalid', '/fuzz/aml-invalid'],
  ['test/fixtures/azureml-rules', '/fuzz/aml-rules'],
  ['test/fixtures/secrets/positives', '/fuzz/secrets'],
  ['test/fixtures/secrets/negatives', '/fuzz/secrets-neg'],
  ['test/e2e/fixtures/workspace', '/fuzz/e2e'],
];

function listFilesRecursive(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFilesRecursive(full));
    else if (e.isFile()) out.push(full);
  }
  return out.sort();
}

let seedCache: Seed[] | undefined;
export function loadSeeds(): Seed[] {
  if (seedCache) return seedCache;
  const seeds: Seed[] = [];
  for (const [rel, virtualRoot] of SEED_SOURCES) {
    const dir = path.join(REPO_ROOT, rel);
    for (const file of listFilesRecursive(dir)) {
      if (!isSupportedPath(file)) continue;
      const text = fs.readFileSync(file, 'utf8');
      if (text.length > 64 * 1024) continue;
      let vpath = `${virtualRoot}/${path.relative(dir, file).split(path.sep).join('/')}`;
      // Pipeline fixtures stored under neutral names get a path that makes them pipelines.
      if (/workflow[^/]*\.ya?ml$/i.test(vpath) && !vpath.includes('/.github/workflows/')) vpath = `${virtualRoot}/.github/workflows/${path.basename(file)}`;
      seeds.push({ path: vpath, text });
    }
  }
  seedCache = seeds;
  return seeds;
}

/** Every seed, readable by path: local modules and .bicepparam `using` targets resolve. */
export function seedHost(current?: Seed): FileHost {
  const byPath = new Map(loadSeeds().map((s) => [s.path, s.text]));
  return {
    readFile: (p) => (current && p === current.path ? current.text : byPath.get(p.split(path.sep).join('/'))),
    listFiles: (dir) => {
      const d = dir.split(path.sep).join('/');
      return [...byPath.keys()].filter((p) => path.posix.dirname(p) === d).map((p) => path.posix.basename(p));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// inputs

export interface FuzzInput {
  /** Human description: phase, generator, seed. */
  readonly label: string;
  readonly path: string;
  readonly text: string;
  /** Raised or lowered limits (a trusted project config); defaults otherwise. */
  readonly limits?: Partial<Limits>;
  /** Other files this input sees through the host (module cycles). */
  readonly files?: Readonly<Record<string, string>>;
  /** Scaling pair membership: `name` and its size factor (1 or 4). */
  readonly scale?: { readonly name: string; readonly factor: number };
}

export interface InputPlan {
  readonly specials: number;
  readonly truncations: number;
}

export interface GenOptions {
  /** Nesting depth of the deep-nesting specials (default 10,000). */
  readonly depth?: number;
  /** Size in bytes of the single-line specials (default 10 MB). */
  readonly bigLine?: number;
  /** Truncate each seed at every `stride`-th offset (1: every offset). */
  readonly stride?: number;
  /** Item count of the wide specials (keys in a map, array items; default 100,000). */
  readonly width?: number;
  /** Base size of the scaling pairs (default: depth / 4). */
  readonly scaleBase?: number;
}

const BIG_LIMITS: Partial<Limits> = { maxFileSizeKb: 64 * 1024, maxLineLength: 64 * 1024 * 1024 };
const HUGE_PARSE: Partial<Limits> = { ...BIG_LIMITS, fullParseKb: 64 * 1024 };

const P = {
  bicep: '/fuzz/ws/infra/fuzz.bicep',
  bicepparam: '/fuzz/ws/infra/fuzz.bicepparam',
  yaml: '/fuzz/ws/config/fuzz.yaml',
  gha: '/fuzz/ws/.github/workflows/fuzz.yml',
  action: '/fuzz/ws/action.yml',
  ado: '/fuzz/ws/azure-pipelines.yml',
  aml: '/fuzz/ws/ml/fuzz.yml',
  json: '/fuzz/ws/config/fuzz.json',
  config: '/fuzz/ws/config/bulwark.config.json',
} as const;

const AML_HEAD = '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ntype: command\ncommand: python x.py\n';
const GHA_HEAD = 'on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n';
const ADO_HEAD = 'trigger: none\npool: { vmImage: ubuntu-latest }\n';
const RES = "resource r 'Microsoft.Storage/storageAccounts@2023-05-01' = ";

function billionLaughs(valueKey: string, levels = 9, fanout = 9): string {
  const lines = [`l0: &l0 ["${valueKey}", "${valueKey}"]`];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: fanout }, () => `*l${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

function mergeBomb(levels = 12): string {
  const lines = ['m0: &m0 { a: 1, b: 2 }'];
  for (let i = 1; i < levels; i++) lines.push(`m${i}: &m${i}\n  <<: [${Array.from({ length: 8 }, () => `*m${i - 1}`).join(', ')}]\n  k${i}: ${i}`);
  return lines.join('\n');
}

function indentStair(levels: number, line: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < levels; i++) parts.push(' '.repeat(i) + line(i));
  return parts.join('\n');
}

/** Bytes decoded as UTF-8 after corrupting some: yields U+FFFD and odd sequences, as an editor would. */
function corruptUtf8(text: string, rnd: () => number, rate = 0.02): string {
  const buf = Buffer.from(text, 'utf8');
  const bad = [0xff, 0xfe, 0xc3, 0xe2, 0x80, 0xf0, 0xed, 0xa0, 0xc0, 0xaf];
  for (let i = 0; i < buf.length; i++) if (rnd() < rate) buf[i] = bad[Math.floor(rnd() * bad.length)] as number;
  return buf.toString('utf8');
}

interface Special {
  readonly label: string;
  readonly make: () => Omit<FuzzInput, 'label'>;
}

function specials(opts: GenOptions): Special[] {
  const N = opts.depth ?? 10_000;
  const BIG = opts.bigLine ?? 10 * 1024 * 1024;
  const TEN_MB = 10 * 1024 * 1024;
  const W = opts.width ?? 100_000;
  const list: Special[] = [];
  const add = (label: string, make: () => Omit<FuzzInput, 'label'>) => list.push({ label, make });
  const at = (p: string, text: string, extra: Partial<FuzzInput> = {}) => ({ path: p, text, ...extra });

  // --- deep nesting, 10,000 levels -------------------------------------------------------
  add('bicep: unclosed [ ×N', () => at(P.bicep, `var x = ${'['.repeat(N)}`));
  add('bicep: closed [ ]×N', () => at(P.bicep, `var x = ${'['.repeat(N)}${']'.repeat(N)}`));
  add('bicep: unclosed { ×N', () => at(P.bicep, `var x = ${'{\n'.repeat(N)}`));
  add('bicep: objects {a: …}×N', () => at(P.bicep, `var x = ${'{\na: '.repeat(N)}1${'\n}'.repeat(N)}`));
  add('bicep: resource properties ×N', () => at(P.bicep, `${RES}${'{\nproperties: '.repeat(N)}{}${'\n}'.repeat(N)}`));
  add('bicep: parens ×N', () => at(P.bicep, `var x = ${'('.repeat(N)}1${')'.repeat(N)}`));
  add('bicep: interpolation ×N', () => at(P.bicep, `var x = ${"'${".repeat(N)}1${"}'".repeat(N)}`));
  add('bicep: unterminated interpolation ×N', () => at(P.bicep, `var x = ${"'${".repeat(N)}`));
  add('bicep: ternary ×N', () => at(P.bicep, `var x = ${'a ? '.repeat(N)}1${' : 2'.repeat(N)}`));
  add('bicep: unary ×N', () => at(P.bicep, `var x = ${'!'.repeat(N)}true`));
  add('bicep: binary chain ×N', () => at(P.bicep, `var x = ${'1 + '.repeat(N)}1`));
  add('bicep: member chain ×N', () => at(P.bicep, `var x = a${'.b'.repeat(N)}`));
  add('bicep: index chain ×N', () => at(P.bicep, `var x = a${'[0]'.repeat(N)}`));
  add('bicep: calls ×N', () => at(P.bicep, `var x = ${'f('.repeat(N)}${')'.repeat(N)}`));
  add('bicep: decorators ×N', () => at(P.bicep, `${"@description('d')\n".repeat(N)}param p string`));
  add('bicep: nested decorator calls ×N', () => at(P.bicep, `@${'d('.repeat(N)}${')'.repeat(N)}\nparam p string`));
  add('bicep: for ×N', () => at(P.bicep, `var x = ${'[for i in '.repeat(N)}[]${': i]'.repeat(N)}`));
  add('bicep: lambdas ×N', () => at(P.bicep, `var x = map([1], ${'x => '.repeat(N)}x)`));
  add('bicep: types ×N', () => at(P.bicep, `type t = ${'{\na: '.repeat(N)}string${'\n}'.repeat(N)}`));
  add('bicep: if conditions ×N', () => at(P.bicep, `${RES}if (${'('.repeat(N)}true${')'.repeat(N)}) { name: 'x' }`));
  add('bicep: unterminated block comment', () => at(P.bicep, `var x = 1 /*${'a'.repeat(N * 10)}`));
  add('bicep: unterminated multi-line string', () => at(P.bicep, `var x = '''${'a\n'.repeat(N)}`));
  add('bicepparam: [ ×N', () => at(P.bicepparam, `using 'main.bicep'\nparam p = ${'['.repeat(N)}`));
  add('bicepparam: objects ×N', () => at(P.bicepparam, `using 'main.bicep'\nparam p = ${'{\na: '.repeat(N)}1${'\n}'.repeat(N)}`));
  add('yaml: flow [ ×N', () => at(P.yaml, `a: ${'['.repeat(N)}`));
  add('yaml: flow [ ]×N', () => at(P.yaml, `a: ${'['.repeat(N)}${']'.repeat(N)}`));
  add('yaml: flow {a: …}×N', () => at(P.yaml, `a: ${'{a: '.repeat(N)}1${'}'.repeat(N)}`));
  add('yaml: compact sequences - - ×N', () => at(P.yaml, `${'- '.repeat(N)}x`));
  add('yaml: block map stair ×2000', () => at(P.yaml, indentStair(2000, (i) => `k${i}:`) + ' x'));
  add('yaml: block seq stair ×2000', () => at(P.yaml, indentStair(2000, () => '-') + ' x'));
  add('yaml: explicit keys ? ×N', () => at(P.yaml, `${'? '.repeat(N)}x`));
  add('yaml: tags ×N', () => at(P.yaml, `a: ${'!t '.repeat(N)}x`));
  add('yaml: anchors on nested flow ×N', () => at(P.yaml, `a: ${'&a [ '.repeat(N)}*a${' ]'.repeat(N)}`));
  add('gha: steps nested [ ]×N', () => at(P.gha, `${GHA_HEAD}      - run: ${'['.repeat(N)}${']'.repeat(N)}\n        env: ${'{a: '.repeat(N)}1${'}'.repeat(N)}`));
  add('gha: jobs nested ×N', () => at(P.gha, `on: push\njobs: ${'{a: '.repeat(N)}1${'}'.repeat(N)}`));
  add('action: runs nested ×N', () => at(P.action, `name: a\nruns:\n  using: composite\n  steps: ${'[{run: '.repeat(N)}x${'}]'.repeat(N)}`));
  add('ado: steps nested ×N', () => at(P.ado, `${ADO_HEAD}steps: ${'[{script: '.repeat(N)}1${'}]'.repeat(N)}`));
  add('ado: template expressions ×N', () => at(P.ado, `${ADO_HEAD}steps:\n  - script: ${'${{ if('.repeat(N)}${')'.repeat(N)}`));
  add('aml: environment_variables nested ×N', () => at(P.aml, `${AML_HEAD}environment_variables: ${'{a: '.repeat(N)}1${'}'.repeat(N)}`));
  add('aml: inputs seq stair ×2000', () => at(P.aml, `${AML_HEAD}inputs:\n${indentStair(2000, () => '  -')} x`));
  add('json: [ ×N', () => at(P.json, '['.repeat(N)));
  add('json: [ ]×N', () => at(P.json, '['.repeat(N) + ']'.repeat(N)));
  add('json: {"a": …}×N', () => at(P.json, '{"a":'.repeat(N) + '"v"' + '}'.repeat(N)));
  add('config: {"a": …}×N', () => at(P.config, '{"rules":'.repeat(N) + '1' + '}'.repeat(N)));

  // --- 10 MB single lines -----------------------------------------------------------------
  add('yaml: 10 MB line (default limits: skipped)', () => at(P.yaml, `k: "${'a'.repeat(TEN_MB)}"`));
  add('bicep: 10 MB line (default limits: skipped)', () => at(P.bicep, `var x = '${'a'.repeat(TEN_MB)}'`));
  add('json: 10 MB line (default limits: skipped)', () => at(P.json, `{"k":"${'a'.repeat(TEN_MB)}"}`));
  add('yaml: 1 MB line (default limits: line too long)', () => at(P.yaml, `k: "${'a'.repeat(1 << 20)}"`));
  add('yaml: 10 MB line (raised limits)', () => at(P.yaml, `k: "${'a'.repeat(BIG)}"`, { limits: BIG_LIMITS }));
  add('yaml: 10 MB line (raised limits, full parse)', () => at(P.yaml, `k: ${'a'.repeat(BIG)}`, { limits: HUGE_PARSE }));
  add('bicep: 10 MB line (raised limits)', () => at(P.bicep, `var x = '${'a'.repeat(BIG)}'`, { limits: BIG_LIMITS }));
  add('bicep: 10 MB of tokens on one line (raised limits)', () => at(P.bicep, `var x = [${'1 '.repeat(BIG / 2)}]`, { limits: BIG_LIMITS }));
  add('json: 10 MB line (raised limits)', () => at(P.json, `{"k":"${'a'.repeat(BIG)}"}`, { limits: BIG_LIMITS }));
  add('gha: 10 MB base64-like run line (raised limits)', () => {
    const f = new Fakes(11);
    const unit = f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 4093);
    return at(P.gha, `${GHA_HEAD}      - run: echo ${unit.repeat(Math.ceil(BIG / unit.length)).slice(0, BIG)}\n`, { limits: BIG_LIMITS });
  });
  add('json: 10 MB of commas (raised limits)', () => at(P.json, `[${','.repeat(BIG)}]`, { limits: BIG_LIMITS }));

  // --- alias bombs and evaluator bombs -----------------------------------------------------
  add('yaml: billion laughs', () => at(P.yaml, billionLaughs('lol')));
  add('yaml: merge-key bomb', () => at(P.yaml, mergeBomb()));
  add('gha: billion laughs in env', () => at(P.gha, `${billionLaughs('x')}\n${GHA_HEAD}      - run: echo\n        env: { A: *l8 }\n        with: *l8\n`));
  add('ado: billion laughs in variables', () => at(P.ado, `${billionLaughs('x')}\n${ADO_HEAD}variables: *l8\nsteps:\n  - script: echo\n    env: *l8\n`));
  add('aml: billion laughs in environment_variables', () => at(P.aml, `${AML_HEAD}${billionLaughs('x')}\nenvironment_variables: *l8\ninputs: *l8\n`));
  add('aml: merge bomb at root', () => at(P.aml, `${AML_HEAD}${mergeBomb()}\n<<: *m11\n`));
  add('aml: 150 aliases and merges of a 16,000-key map', () => {
    const big = Array.from({ length: 16_000 }, (_, i) => `  k${i}: v${i}`).join('\n');
    return at(P.aml, `${AML_HEAD}big: &b\n${big}\nenvironment_variables:\n${Array.from({ length: 150 }, (_, i) => `  e${i}: *b`).join('\n')}\nmerged:\n${'  <<: *b\n'.repeat(150)}`);
  });
  add('config: anchors in bulwark.config.json', () => at(P.config, `{"a": &a [1,2], "rules": *a, "exclude": [*a, *a]}`));
  add('bicep: exponential string vars', () => at(P.bicep, ["var v0 = 'abcdefgh'", ...Array.from({ length: 64 }, (_, i) => `var v${i + 1} = '\${v${i}}\${v${i}}'`), `${RES}{ name: v64, properties: { password: v64 } }`, 'output o string = v64'].join('\n')));
  add('bicep: exponential arrays', () => at(P.bicep, ['var a0 = [1, 2]', ...Array.from({ length: 64 }, (_, i) => `var a${i + 1} = concat(a${i}, a${i})`), 'output o array = a64'].join('\n')));
  add('bicep: huge range and loops', () => at(P.bicep, `var r = range(0, 2147483647)\nvar s = [for i in range(0, 100000000): '\${i}']\n${RES.replace(' = ', ' = [for i in range(0, 100000000): ')}{ name: 'x\${i}' }]\nvar p = padLeft('', 2147483647, 'a')\nvar q = replace(padLeft('a', 1000000, 'b'), 'b', padLeft('c', 1000000, 'c'))\noutput o array = r`));
  add('bicep: string functions on huge values', () => at(P.bicep, `var a = padLeft('x', 1048576, 'y')\nvar b = '\${a}\${a}\${a}\${a}'\nvar c = toUpper(b)\nvar d = split(b, '')\nvar e = base64(b)\nvar f = string([b, b, b])\nvar g = json(string({ k: b }))\noutput o string = '\${c}\${e}\${f}'`));
  add('bicep: reference cycles', () => at(P.bicep, "var a = b\nvar b = '${a}'\nvar c = c\nparam p string = p\nresource r1 'Microsoft.Storage/storageAccounts@2023-05-01' = { name: r2.name }\nresource r2 'Microsoft.Storage/storageAccounts@2023-05-01' = { name: r1.name, dependsOn: [ r1 ] }\noutput o string = a"));
  add('bicep: module cycle', () => at(P.bicep, `module m 'other.bicep' = { name: 'm', params: { p: 'x' } }\nmodule self 'fuzz.bicep' = { name: 's' }`, {
    files: { '/fuzz/ws/infra/other.bicep': "param p string\nmodule back 'fuzz.bicep' = { name: 'b', params: { q: p } }\nmodule again 'other.bicep' = { name: 'a', params: { p: p } }" },
  }));
  add('bicepparam: using itself', () => at(P.bicepparam, "using 'fuzz.bicepparam'\nparam p = 1"));
  add('bicep: loadTextContent of itself and of missing files', () => at(P.bicep, "var a = loadTextContent('fuzz.bicep')\nvar b = loadJsonContent('../../../../../../etc/passwd')\nvar c = loadYamlContent('/dev/zero')\nvar d = loadFileAsBase64('.')\noutput o string = '${a}${b}${c}${d}'"));

  // --- encodings, control characters, line endings ------------------------------------------
  const seeds = loadSeeds();
  const seedFor = (re: RegExp) => seeds.find((s) => re.test(s.path)) ?? (seeds[0] as Seed);
  const families: readonly (readonly [string, Seed])[] = [
    ['bicep', seedFor(/fuzz-seeds?\/infra\/main\.bicep$|\/ws\/infra\/main\.bicep$/)],
    ['bicepparam', seedFor(/\/ws\/infra\/main\.bicepparam$/)],
    ['aml', seedFor(/\/ws\/ml\/job\.yml$/)],
    ['gha', seedFor(/\/ws\/\.github\/workflows\/deploy\.yml$/)],
    ['ado', seedFor(/\/ws\/azure-pipelines\.yml$/)],
    ['json', seedFor(/\/ws\/config\/azuredeploy\.json$/)],
    ['config', seedFor(/\/ws\/config\/bulwark\.config\.json$/)],
    ['yaml', seedFor(/\/ws\/config\/plain\.yaml$/)],
  ];
  for (const [fam, s] of families) {
    add(`${fam}: invalid UTF-8 decoded`, () => at(s.path, corruptUtf8(s.text, prng(7))));
    add(`${fam}: lone surrogates`, () => at(s.path, s.text.replace(/(['":=])/g, (m, _c, i: number) => (i % 3 === 0 ? `${m}\uD800` : i % 3 === 1 ? `${m}\uDC00x` : `\uDBFF${m}`)) + '\uD83D'));
    add(`${fam}: U+FFFD flood`, () => at(s.path, s.text.replace(/[aeiou]/g, '\uFFFD')));
    add(`${fam}: NUL in the head (binary)`, () => at(s.path, `\u0000${s.text}`));
    add(`${fam}: NUL after 8 KB`, () => at(s.path, `${padHead(s)}${s.text.replace(/e/g, '\u0000')}`));
    add(`${fam}: CR only`, () => at(s.path, s.text.replace(/\r?\n/g, '\r')));
    add(`${fam}: CRLF`, () => at(s.path, s.text.replace(/\r?\n/g, '\r\n')));
    add(`${fam}: mixed CR / LF / CRLF / LS`, () => at(s.path, mixEols(s.text, prng(13))));
    add(`${fam}: BOM at start and in every line`, () => at(s.path, `\uFEFF${s.text.replace(/\n/g, '\n\uFEFF')}`));
    add(`${fam}: UTF-16 BOM bytes decoded as UTF-8`, () => at(s.path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s.text, 'utf16le')]).toString('utf8')));
    add(`${fam}: every character doubled`, () => at(s.path, s.text.replace(/./g, '$&$&')));
    add(`${fam}: tabs for indentation`, () => at(s.path, s.text.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2))));
  }

  // --- enormous numbers, keys and widths ------------------------------------------------------
  const digits = '9'.repeat(100_000);
  add('bicep: 100,000-digit numbers', () => at(P.bicep, `var a = ${digits}\nvar b = -${digits}\nvar c = ${digits} + ${digits}\nvar d = 9223372036854775807 + 1\nvar e = -9223372036854775808 - 1\nvar f = 2147483647 * 2147483647\nvar g = 1 / 0\nvar h = 5 % 0\nvar i = range(${digits}, ${digits})`, { limits: BIG_LIMITS }));
  add('yaml: enormous numbers', () => at(P.yaml, `a: ${digits}\nb: 1e999999\nc: -.inf\nd: 0x${'f'.repeat(10_000)}\ne: 0o${'7'.repeat(10_000)}\nf: ${digits}.${digits}\ng: [${digits}, -${digits}]`));
  add('aml: enormous numbers', () => at(P.aml, `${AML_HEAD}resources:\n  instance_count: ${digits}\ntimeout: 1e999999\nmax_instances: -${digits}`));
  add('json: enormous numbers', () => at(P.json, `{"a": ${digits}, "b": -${digits}e${digits}, "c": [${digits}.${digits}]}`, { limits: BIG_LIMITS }));
  add('config: enormous limits', () => at(P.config, `{"limits": {"maxFileSizeKb": ${digits}, "maxLineLength": 1e999, "fullParseKb": -${digits}}}`, { limits: BIG_LIMITS }));
  const bigKey = 'k'.repeat(150_000);
  add('yaml: 150 KB key', () => at(P.yaml, `${bigKey}: v\n"${bigKey}": v\n? ${bigKey}\n: v`));
  add('gha: 150 KB job id and step key', () => at(P.gha, `on: push\njobs:\n  ${bigKey}:\n    runs-on: x\n    steps:\n      - ${bigKey}: y`));
  add('json: 150 KB key', () => at(P.json, `{"${bigKey}": "v", "${bigKey}x": {"${bigKey}": 1}}`, { limits: BIG_LIMITS }));
  add('bicep: 150 KB identifiers and keys', () => at(P.bicep, `param ${bigKey} string\nvar v = { ${bigKey}: ${bigKey}, '${bigKey}': 1 }\n${RES}{ name: ${bigKey}, properties: { ${bigKey}: true } }`, { limits: BIG_LIMITS }));
  add(`yaml: ${W} keys in one map`, () => at(P.yaml, Array.from({ length: W }, (_, i) => `key${i}: value${i}`).join('\n')));
  add(`yaml: ${W} duplicate keys`, () => at(P.yaml, 'a: 1\n'.repeat(W)));
  add(`bicep: ${W} array items`, () => at(P.bicep, `var a = [\n${Array.from({ length: W }, (_, i) => `  'item${i}'`).join('\n')}\n]`));
  add(`gha: ${W / 5} steps`, () => at(P.gha, GHA_HEAD + Array.from({ length: W / 5 }, (_, i) => `      - uses: actions/checkout@v${i}\n        run: echo "\${{ github.event.issue.title }}"`).join('\n')));
  add(`ado: ${W / 5} steps`, () => at(P.ado, `${ADO_HEAD}steps:\n${Array.from({ length: W / 5 }, (_, i) => `  - script: echo $(Build.SourceBranchName) ${i}\n    persistCredentials: true`).join('\n')}`));
  add(`yaml: ${W / 10} documents`, () => at(P.yaml, Array.from({ length: W / 10 }, (_, i) => `---\nk: ${i}`).join('\n')));
  add(`yaml: ${W / 20} planted secrets`, () => {
    const f = new Fakes(5);
    return at(P.yaml, Array.from({ length: W / 20 }, (_, i) => `k${i}: "${i % 3 === 0 ? f.githubToken() : i % 3 === 1 ? f.storageKey() : f.openai()}"`).join('\n'));
  });
  add(`yaml: ${W / 20} suppression comments`, () => at(P.yaml, Array.from({ length: W / 20 }, (_, i) => `# bulwark-disable-next-line hardcoded-secret, syntax-error ${'x'.repeat(i % 50)}\nk${i}: [`).join('\n')));

  // --- scaling pairs: the same generator at n and 4n ------------------------------------------
  // Base sizes scale with the depth option; YAML nesting stays under the parser's limit. Raised limits
  // keep both sizes on the same path (full parse, no skipping).
  const q = Math.max(1, opts.scaleBase ?? Math.floor(N / 4));
  const pairs: readonly (readonly [string, string, number, (n: number) => string])[] = [
    ['bicep resources', P.bicep, Math.ceil(q / 5), (n) => Array.from({ length: n }, (_, i) => `${RES.replace(' r ', ` r${i} `)}{\n  name: 'sa${i}'\n  properties: { publicNetworkAccess: 'Enabled', key: r${(i + 1) % n}.listKeys().keys[0].value }\n}`).join('\n')],
    ['bicep vars chain', P.bicep, q, (n) => Array.from({ length: n }, (_, i) => `var v${i} = ${i ? `'\${v${i - 1}}x'` : "'a'"}`).join('\n')],
    ['bicep nested objects', P.bicep, q, (n) => `var x = ${'{\na: '.repeat(n)}1${'\n}'.repeat(n)}`],
    ['yaml flow nesting', P.yaml, Math.min(q, 90), (n) => `a: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`],
    ['yaml map', P.yaml, q * 4, (n) => Array.from({ length: n }, (_, i) => `k${i}: "v${i}"`).join('\n')],
    ['gha steps', P.gha, q, (n) => GHA_HEAD + Array.from({ length: n }, (_, i) => `      - uses: a/b@v${i}\n        with: { x: "\${{ github.head_ref }}" }`).join('\n')],
    ['ado steps', P.ado, q, (n) => `${ADO_HEAD}steps:\n${Array.from({ length: n }, (_, i) => `  - script: echo $(Build.SourceBranchName) ${i}`).join('\n')}`],
    ['aml env vars', P.aml, q, (n) => `${AML_HEAD}environment_variables:\n${Array.from({ length: n }, (_, i) => `  V${i}: value${i}`).join('\n')}`],
    ['json nesting', P.json, q, (n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)],
    ['json array', P.json, q * 4, (n) => `[${Array.from({ length: n }, (_, i) => `"v${i}"`).join(',')}]`],
    ['secrets in yaml', P.yaml, Math.ceil(q / 5), (n) => {
      const f = new Fakes(17);
      return Array.from({ length: n }, (_, i) => `k${i}: "${i % 2 ? f.githubToken() : f.storageKey()}"`).join('\n');
    }],
  ];
  for (const [name, p, n, gen] of pairs) {
    for (const factor of [1, 4]) add(`scaling: ${name} ×${factor}`, () => at(p, gen(n * factor), { scale: { name, factor }, limits: HUGE_PARSE }));
  }
  return list;
}

function padHead(s: Seed): string {
  const pad = 'x'.repeat(120);
  if (s.path.endsWith('.bicep') || s.path.endsWith('.bicepparam')) return `// ${pad}\n`.repeat(80);
  if (s.path.endsWith('.json')) return `// ${pad}\n`.repeat(80);
  return `# ${pad}\n`.repeat(80);
}

function mixEols(text: string, rnd: () => number): string {
  const eols = ['\n', '\r\n', '\r', '\u2028', '\n\r'];
  return text.replace(/\r?\n/g, () => eols[Math.floor(rnd() * eols.length)] as string);
}

// --- truncation phase -------------------------------------------------------------------------

function truncationCount(seeds: readonly Seed[], stride: number): number {
  let n = 0;
  for (const s of seeds) n += Math.floor(s.text.length / stride) + 1;
  return n;
}

function truncationAt(seeds: readonly Seed[], stride: number, k: number, fuzzSeed: number): FuzzInput {
  for (const s of seeds) {
    const count = Math.floor(s.text.length / stride) + 1;
    if (k < count) {
      const offset = Math.min(s.text.length, k * stride + (stride > 1 ? fuzzSeed % stride : 0));
      return { label: `truncate ${s.path} at ${offset}`, path: s.path, text: s.text.slice(0, offset) };
    }
    k -= count;
  }
  const s = seeds[0] as Seed;
  return { label: `truncate ${s.path} at 0`, path: s.path, text: '' };
}

// --- havoc phase ------------------------------------------------------------------------------

const COMMON_TOKENS = [
  "'", '"', "'''", '${', '}', '{', '[', ']', '(', ')', ':', '::', ',', '.', '?.', '.?', '!', '?', '??', '=>', '@', '#', '//', '/*', '*/',
  '\\', '\n', '\r\n', '\r', '\t', ' ', '  ', '-', '- ', '---', '...', '&a ', '*a', '<<: ', '!!str ', '!tag ', '|', '>', '|-', '>+', '%YAML 1.2\n', '? ',
  '~', 'null', 'true', '1e999', '-0', '0x7fffffffffffffff', '9223372036854775808', 'NaN', '\u0000', '\uFFFD', '\uD800', '\uDC00', '\uFEFF', '\u2028',
  '\u202E', '\u{1F600}', '\u200B', '%', '`', '$', '$(', '$((', '\\u0000', '\\uD800', '\\"', "\\'", '\\\\',
];
const BICEP_TOKENS = [
  'resource ', 'module ', 'param ', 'var ', 'output ', 'existing', ' for ', ' in ', 'if ', 'using ', 'import ', 'type ', 'func ', 'targetScope = ',
  'metadata ', '@secure()\n', "@description('x')\n", '@batchSize(1)\n', '@export()\n', 'listKeys()', '.listKeys().keys[0].value', 'resourceGroup()',
  "'Microsoft.Storage/storageAccounts@2023-05-01'", "'Microsoft.MachineLearningServices/workspaces@2024-10-01'", "'Microsoft.CognitiveServices/accounts@2024-10-01'",
  'properties: ', "publicNetworkAccess: 'Enabled'", 'disableLocalAuth: false', "az.getSecret('s', 'r', 'k', 'n')", "readEnvironmentVariable('X')",
  'scope: ', 'parent: ', 'dependsOn: ', 'range(0, 2147483647)', '...', 'sys.', '#disable-next-line ', '// bulwark-disable-line\n', 'storage.', 'adminPassword',
  "loadTextContent('main.bicep')", "'${storage.listKeys().keys[0].value}'", 'x => x', 'string?', "'a' | 'b'", 'null!', 'any(', 'concat(', 'union(',
];
const YAML_TOKENS = [
  'on: ', 'jobs:', 'steps:', '- run: ', 'uses: actions/checkout@v4', '${{ github.event.issue.title }}', '${{ secrets.X }}', '$(Build.SourceBranch)',
  '${{ parameters.x }}', '- task: AzureCLI@2', 'persistCredentials: true', 'persist-credentials: true', 'permissions: write-all', 'environment: ',
  'container: ', 'image: x:latest', '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json', 'type: command',
  'environment_variables:', 'public_network_access: enabled', '# bulwark-disable-next-line\n', '# bulwark-disable-file\n', 'template: x.yml@repo',
  '- ${{ if true }}:', '${{ each x in y }}:', 'pull_request_target', 'addSpnToEnvironment: true', 'azureSubscription: x', 'with:', 'env:', 'run: |',
  '>> $GITHUB_ENV', 'credentials:', 'password: ', 'api_key: ', 'auth_mode: key', 'identity:', 'managed_network:', 'isolation_mode: ', 'compute: ',
  '\n  ', '\n    - ', '\n- ', ': ', 'key: value\n',
];
const JSON_TOKENS = ['"key":', '{"a":1}', '[1,2]', '"\\u0000"', '"\\uD800"', '"\\u12"', '// c\n', '/* c */', ',', '"$schema"', '"rules":', '"limits":', '"exclude":', '"allowlist":'];

function tokensFor(p: string): readonly string[] {
  if (/\.bicep(param)?$/.test(p)) return [...COMMON_TOKENS, ...BICEP_TOKENS];
  if (/\.jsonc?$/.test(p)) return [...COMMON_TOKENS, ...JSON_TOKENS];
  return [...COMMON_TOKENS, ...YAML_TOKENS];
}

function plantSecret(f: Fakes, rnd: () => number): string {
  const gens: (() => string)[] = [
    () => `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${f.storageKey()};EndpointSuffix=core.windows.net`,
    () => f.githubToken(),
    () => f.githubFineGrained(),
    () => f.openai(),
    () => f.anthropic(),
    () => f.huggingface(),
    () => f.databricks(),
    () => f.entraSecret(),
    () => f.searchKey(),
    () => f.jwt(),
    () => f.pem(),
    () => `https://contoso.blob.core.windows.net/c?sv=2022-11-02&sig=${f.sasSignature()}`,
    () => f.cask('AZEF'),
    () => `Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=${f.sharedAccessKey()}`,
    () => `https://user:${f.password()}@example.com/`,
  ];
  return (gens[Math.floor(rnd() * gens.length)] as () => string)();
}

const TOKEN_RE = /\s+|[A-Za-z_$][\w$-]*|\d+|[^\sA-Za-z_$\d]/g;

function randInt(rnd: () => number, n: number): number {
  return Math.floor(rnd() * n);
}

function mutateOnce(text: string, p: string, rnd: () => number, seeds: readonly Seed[], fakes: Fakes): { text: string; op: string } {
  const len = text.length;
  const pos = () => randInt(rnd, len + 1);
  const dict = tokensFor(p);
  const pick = <T>(xs: readonly T[]): T => xs[randInt(rnd, xs.length)] as T;
  const op = randInt(rnd, 20);
  switch (op) {
    case 0: {
      const i = pos();
      return { text: text.slice(0, i) + pick(dict) + text.slice(i), op: 'insert token' };
    }
    case 1: {
      const i = pos();
      const j = Math.min(len, i + 1 + randInt(rnd, 64));
      return { text: text.slice(0, i) + text.slice(j), op: 'delete range' };
    }
    case 2: {
      const i = randInt(rnd, Math.max(1, len));
      return { text: text.slice(0, i) + String.fromCharCode(randInt(rnd, 0x10000)) + text.slice(i + 1), op: 'replace char' };
    }
    case 3: {
      const i = randInt(rnd, Math.max(1, len));
      const c = text.charCodeAt(i) ^ (1 << randInt(rnd, 8));
      return { text: text.slice(0, i) + String.fromCharCode(c) + text.slice(i + 1), op: 'flip bit' };
    }
    case 4: {
      const i = pos();
      const j = Math.min(len, i + randInt(rnd, 256));
      const at = pos();
      return { text: text.slice(0, at) + text.slice(i, j) + text.slice(at), op: 'duplicate range' };
    }
    case 5:
    case 6: {
      const toks = text.match(TOKEN_RE) ?? [];
      if (!toks.length) return { text: pick(dict), op: 'token (empty)' };
      const k = randInt(rnd, toks.length);
      const kind = randInt(rnd, 4);
      if (kind === 0) toks.splice(k, 1);
      else if (kind === 1) toks.splice(k, 0, toks[k] as string);
      else if (kind === 2) toks[k] = pick(dict);
      else {
        const m = randInt(rnd, toks.length);
        const t = toks[k] as string;
        toks[k] = toks[m] as string;
        toks[m] = t;
      }
      return { text: toks.join(''), op: ['delete token', 'duplicate token', 'replace token', 'swap tokens'][kind] as string };
    }
    case 7: {
      const lines = text.split('\n');
      const k = randInt(rnd, lines.length);
      const kind = randInt(rnd, 5);
      if (kind === 0) lines.splice(k, 1);
      else if (kind === 1) lines.splice(k, 0, lines[k] ?? '');
      else if (kind === 2) lines[k] = ' '.repeat(randInt(rnd, 9)) + (lines[k] ?? '').trimStart();
      else if (kind === 3) lines[k] = `\t${lines[k] ?? ''}`;
      else {
        const m = randInt(rnd, lines.length);
        const t = lines[k] ?? '';
        lines[k] = lines[m] ?? '';
        lines[m] = t;
      }
      return { text: lines.join('\n'), op: ['delete line', 'duplicate line', 'reindent line', 'tab line', 'swap lines'][kind] as string };
    }
    case 8:
      return { text: text.slice(0, pos()), op: 'truncate' };
    case 9: {
      const other = pick(seeds).text;
      return { text: text.slice(0, pos()) + other.slice(randInt(rnd, other.length + 1)), op: 'splice seeds' };
    }
    case 10: {
      const i = pos();
      return { text: text.slice(0, i) + plantSecret(fakes, rnd) + text.slice(i), op: 'plant secret' };
    }
    case 11: {
      // plant a secret as a value: after a `: ` or `= ` or inside quotes
      const m = /(: |= |')/g;
      const hits: number[] = [];
      let r: RegExpExecArray | null;
      while ((r = m.exec(text)) !== null && hits.length < 500) hits.push(r.index + r[0].length);
      const i = hits.length ? pick(hits) : pos();
      return { text: text.slice(0, i) + plantSecret(fakes, rnd) + text.slice(i), op: 'plant secret value' };
    }
    case 12:
      return { text: mixEols(text, rnd), op: 'mix line endings' };
    case 13:
      return { text: corruptUtf8(text, rnd, 0.005 + rnd() * 0.05), op: 'corrupt UTF-8' };
    case 14: {
      const i = pos();
      const c = pick(['\uD800', '\uDFFF', '\uFFFD', '\u0000', '\uFEFF', '\u0085', '\u00A0', '\u3000', '\u000B', '\u000C']);
      return { text: text.slice(0, i) + c.repeat(1 + randInt(rnd, 4)) + text.slice(i), op: 'insert odd char' };
    }
    case 15: {
      const i = pos();
      const n = 1 + randInt(rnd, 2000);
      const unit = pick(['[', '{', '(', '- ', '{a: ', "'${", '${{ ', '  ', '"', "'", '\\', '#', '<<: *a\n', '!', '@d(']);
      return { text: text.slice(0, i) + unit.repeat(n) + text.slice(i), op: `nest ${JSON.stringify(unit)} ×${n}` };
    }
    case 16: {
      const nums = ['9'.repeat(1 + randInt(rnd, 5000)), '1e999', '-1e-999', '0x' + 'f'.repeat(1 + randInt(rnd, 100)), '2147483648', '-9223372036854775809', '0.' + '0'.repeat(500) + '1'];
      return { text: text.replace(/\b\d+\b/, pick(nums)), op: 'enormous number' };
    }
    case 17: {
      const key = pick(['k', 'password', 'apiKey', 'run', 'properties', 'AccountKey']).repeat(1 + randInt(rnd, 5000));
      const i = text.lastIndexOf('\n', pos()) + 1;
      return { text: `${text.slice(0, i)}${key}: ${key}\n${text.slice(i)}`, op: 'enormous key' };
    }
    case 18:
      return { text: rnd() < 0.5 ? `\uFEFF${text}` : text.replace(/\r?\n/g, rnd() < 0.5 ? '\r\n' : '\r'), op: 'BOM / line endings' };
    default: {
      const i = pos();
      const j = Math.min(len, i + randInt(rnd, 128));
      return { text: text.slice(0, i) + text.slice(i, j).split('').reverse().join('') + text.slice(j), op: 'reverse range' };
    }
  }
}

function havocAt(seeds: readonly Seed[], fuzzSeed: number, k: number): FuzzInput {
  const rnd = prng(mix(fuzzSeed, k));
  const seed = seeds[randInt(rnd, seeds.length)] as Seed;
  const fakes = new Fakes(mix(fuzzSeed ^ 0x5bd1e995, k));
  let text = seed.text;
  const ops: string[] = [];
  const n = 1 + randInt(rnd, rnd() < 0.2 ? 24 : 5);
  for (let i = 0; i < n && text.length < 4 * 1024 * 1024; i++) {
    const m = mutateOnce(text, seed.path, rnd, seeds, fakes);
    text = m.text;
    ops.push(m.op);
  }
  // occasionally analyse under another kind's path: the content and the name disagree
  const paths = Object.values(P);
  const p = rnd() < 0.1 ? (paths[randInt(rnd, paths.length)] as string) : seed.path;
  const limits = rnd() < 0.05 ? { maxFileSizeKb: randInt(rnd, 64), maxLineLength: randInt(rnd, 200), fullParseKb: randInt(rnd, 8) } : undefined;
  return { label: `havoc #${k} of ${seed.path}${p !== seed.path ? ` as ${p}` : ''}: ${ops.join(', ')}`, path: p, text, ...(limits ? { limits } : {}) };
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be59b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

export function planFor(fuzzSeed: number, opts: GenOptions = {}): InputPlan {
  void fuzzSeed;
  return { specials: specials(opts).length, truncations: truncationCount(loadSeeds(), Math.max(1, opts.stride ?? 1)) };
}

let specialsCache: { key: string; list: Special[] } | undefined;

/** The `index`-th input of run `fuzzSeed`: a pure function of its arguments (and the seed files). */
export function inputAt(fuzzSeed: number, index: number, opts: GenOptions = {}): FuzzInput {
  const key = JSON.stringify(opts);
  if (!specialsCache || specialsCache.key !== key) specialsCache = { key, list: specials(opts) };
  const sp = specialsCache.list;
  if (index < sp.length) {
    const s = sp[index] as Special;
    return { label: `special: ${s.label}`, ...s.make() };
  }
  const seeds = loadSeeds();
  const stride = Math.max(1, opts.stride ?? 1);
  const truncations = truncationCount(seeds, stride);
  const j = index - sp.length;
  if (j % 2 === 1 && (j - 1) / 2 < truncations) return truncationAt(seeds, stride, (j - 1) / 2, fuzzSeed);
  const havocIndex = j < 2 * truncations ? j / 2 : j - truncations;
  return havocAt(seeds, fuzzSeed, havocIndex);
}

// ---------------------------------------------------------------------------------------------
// the property

export interface Failure {
  readonly index: number;
  readonly label: string;
  readonly path: string;
  readonly kind: 'throw' | 'rule-error' | 'invariant' | 'hang' | 'worker-crash';
  readonly message: string;
  /** Where the (minimised) reproducer was written. */
  reproducer?: string;
}

export interface CheckResult {
  readonly ms: number;
  readonly failure?: { kind: Failure['kind']; message: string };
}

const registryCache = new Map<string, RuleRegistry>();
export function fuzzRegistry(): RuleRegistry {
  let r = registryCache.get('default');
  if (!r) registryCache.set('default', (r = defaultRegistry()));
  return r;
}

export function configFor(registry: RuleRegistry, limits: Partial<Limits> | undefined): EffectiveConfig {
  const configFile = limits ? { path: '/fuzz/ws/bulwark.config.json', config: { limits }, problems: [] } : undefined;
  return effectiveConfig({ registry, configFile, workspaceRoot: '/fuzz/ws', trusted: true });
}

/** A token that turns cancelled after `reads` polls. */
function cancelAfter(reads: number): CancellationLike {
  let n = 0;
  return {
    get isCancellationRequested() {
      return ++n > reads;
    },
  };
}

/**
 * Run one input through analyze() (and, for YAML, Azure ML hover and completion) and check the
 * property. `variant` picks the cancellation probe deterministically.
 */
export function checkInput(input: FuzzInput, registry: RuleRegistry = fuzzRegistry(), variant = 0): CheckResult {
  const config = configFor(registry, input.limits);
  const base = seedHost({ path: input.path, text: input.text });
  const extra = input.files ?? {};
  const host: FileHost = { readFile: (p) => extra[p] ?? base.readFile(p), listFiles: base.listFiles };
  const t0 = performance.now();
  let ms = 0;
  try {
    const result = analyze({ path: input.path, text: input.text, host }, { registry, config });
    ms = performance.now() - t0;
    if (result.ruleErrors.length) {
      return { ms, failure: { kind: 'rule-error', message: result.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`).join('\n') } };
    }
    const len = input.text.length;
    for (const f of result.findings) {
      const bad = (s: { start: number; end: number }) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= len);
      if (bad(f.span)) return { ms, failure: { kind: 'invariant', message: `${f.ruleId}: span ${JSON.stringify(f.span)} outside the text (${len})` } };
      for (const fix of f.fixes) {
        for (const e of fix.edits) {
          if (bad(e) || typeof e.newText !== 'string') return { ms, failure: { kind: 'invariant', message: `${f.ruleId}: fix "${fix.title}" edit ${JSON.stringify({ start: e.start, end: e.end })} outside the text (${len})` } };
        }
      }
      for (const r of f.related) if (!r.file && bad(r.span)) return { ms, failure: { kind: 'invariant', message: `${f.ruleId}: related span ${JSON.stringify(r.span)} outside the text` } };
      if (typeof f.message !== 'string' || f.message.length === 0) return { ms, failure: { kind: 'invariant', message: `${f.ruleId}: empty message` } };
    }
    // cancellation mid-flight: returns, and says so when it stopped early
    if (variant % 4 === 1 && len < 512 * 1024) {
      const c = analyze({ path: input.path, text: input.text, host }, { registry, config, token: cancelAfter(variant % 7) });
      if (!c.cancelled && c.ruleErrors.length) return { ms, failure: { kind: 'rule-error', message: `with cancellation: ${c.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`).join('\n')}` } };
      if (c.cancelled && c.findings.length) return { ms, failure: { kind: 'invariant', message: 'a cancelled analysis returned findings' } };
    }
    // editor features on Azure ML YAML
    if (variant % 3 === 2 && result.kind === 'azureml' && len < 256 * 1024) {
      const cls = classify(input.path, input.text);
      const doc = new AnalysisDocument(input.path, input.text, cls.kind);
      if (cls.yaml) doc.cached('yaml', () => cls.yaml);
      const offset = (variant * 7919) % (len + 1);
      hoverAzureML(doc, offset);
      completeAzureML(doc, offset);
    }
  } catch (e) {
    return { ms: ms || performance.now() - t0, failure: { kind: 'throw', message: e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 8).join('\n') : String(e) } };
  }
  return { ms };
}

/** The first line of a failure: two failures with the same signature are the same bug. */
function signature(f: { kind: string; message: string }): string {
  const first = f.message.split('\n')[0] ?? '';
  return `${f.kind}:${first.replace(/\d+/g, 'N').slice(0, 160)}`;
}

/** Delta debugging over lines, then chunks of characters, keeping the failure's signature. */
export function minimise(input: FuzzInput, registry: RuleRegistry = fuzzRegistry(), budget = 600): FuzzInput {
  const first = checkInput(input, registry, 0);
  if (!first.failure) return input;
  const sig = signature(first.failure);
  let runs = 0;
  const fails = (text: string) => {
    runs++;
    const r = checkInput({ ...input, text }, registry, 0);
    return r.failure !== undefined && signature(r.failure) === sig;
  };
  let text = input.text;
  for (const unit of ['line', 'char'] as const) {
    let parts = unit === 'line' ? text.split(/(?<=\n)/) : [...text];
    let n = 2;
    while (parts.length >= 2 && runs < budget) {
      const size = Math.ceil(parts.length / n);
      let reduced = false;
      for (let i = 0; i < parts.length && runs < budget; i += size) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + size)];
        if (fails(candidate.join(''))) {
          parts = candidate;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= parts.length) break;
        n = Math.min(parts.length, n * 2);
      }
    }
    text = parts.join('');
  }
  return { ...input, text };
}

// ---------------------------------------------------------------------------------------------
// the run: a worker analyses, the main thread watches

export interface FuzzOptions extends GenOptions {
  readonly seed: number;
  /** Stop after this many seconds (default: no time limit). */
  readonly seconds?: number;
  /** Stop after this many inputs (default: no count limit). */
  readonly maxInputs?: number;
  /** An input that takes longer than this (plus 2 ms per KB) is a hang (default 20 s). */
  readonly hangMs?: number;
  /** Where failing inputs are written (default: a folder under the OS temp dir). */
  readonly outDir?: string;
  /** Minimise throwing inputs before writing them (default true). */
  readonly minimise?: boolean;
  readonly log?: (line: string) => void;
  /** Worker stack size in MB (default 1, about a Node main thread's). */
  readonly stackSizeMb?: number;
}

export interface Timing {
  readonly index: number;
  readonly label: string;
  readonly kb: number;
  readonly ms: number;
  readonly msPerKb: number;
}

export interface FuzzReport {
  readonly seed: number;
  readonly inputs: number;
  readonly seconds: number;
  readonly inputsPerSecond: number;
  readonly megabytes: number;
  readonly plan: InputPlan;
  readonly medianMsPerKb: number;
  readonly p99MsPerKb: number;
  readonly worst: Timing | undefined;
  /** Inputs whose time per KB is far above the median (20×, and over 50 ms). */
  readonly outliers: readonly Timing[];
  /** Scaling pairs: time at 4n divided by time at n (about 4 when linear). */
  readonly scaling: readonly { name: string; ms1: number; ms4: number; ratio: number }[];
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
  readonly heapPeakMb: number;
  readonly failures: readonly Failure[];
}

type WorkerMessage =
  | { t: 'start'; i: number; kb: number }
  | { t: 'done'; i: number; kb: number; ms: number; label: string; failure?: { kind: Failure['kind']; message: string } }
  | { t: 'heap'; before?: number; after?: number; used: number }
  | { t: 'end'; next: number };

interface WorkerJob extends GenOptions {
  readonly fuzzWorker: true;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly deadline: number;
}

function collectGarbage(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g();
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

function workerMain(job: WorkerJob): void {
  const port = parentPort;
  if (!port) return;
  const registry = fuzzRegistry();
  collectGarbage();
  port.postMessage({ t: 'heap', before: heapMb(), used: heapMb() } satisfies WorkerMessage);
  let i = job.from;
  for (; i < job.to && Date.now() < job.deadline; i++) {
    const input = inputAt(job.seed, i, job);
    const kb = input.text.length / 1024;
    port.postMessage({ t: 'start', i, kb } satisfies WorkerMessage);
    const r = checkInput(input, registry, i);
    let ms = r.ms;
    // Timing noise (JIT, GC): scaling pairs take the best of three runs, would-be outliers of two.
    if (!r.failure && (input.scale || (ms > 50 && ms / Math.max(1, kb) > 20))) {
      for (let k = input.scale ? 2 : 1; k > 0; k--) ms = Math.min(ms, checkInput(input, registry, 0).ms);
    }
    port.postMessage({ t: 'done', i, kb, ms, label: input.label, ...(r.failure ? { failure: r.failure } : {}) } satisfies WorkerMessage);
    if (i % 64 === 0) port.postMessage({ t: 'heap', used: heapMb() } satisfies WorkerMessage);
  }
  collectGarbage();
  port.postMessage({ t: 'heap', after: heapMb(), used: heapMb() } satisfies WorkerMessage);
  port.postMessage({ t: 'end', next: i } satisfies WorkerMessage);
}

if (!isMainThread && (workerData as Partial<WorkerJob> | undefined)?.fuzzWorker) workerMain(workerData as WorkerJob);

function median(xs: readonly number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] as number;
}

function writeReproducer(outDir: string, failure: Failure, input: FuzzInput, fuzzSeed: number): string {
  fs.mkdirSync(outDir, { recursive: true });
  const ext = path.extname(input.path) || '.txt';
  const base = `${fuzzSeed}-${failure.index}-${failure.kind}`;
  const file = path.join(outDir, `${base}${ext}`);
  fs.writeFileSync(file, input.text);
  fs.writeFileSync(path.join(outDir, `${base}.json`), JSON.stringify({ seed: fuzzSeed, index: failure.index, label: input.label, path: input.path, limits: input.limits, files: input.files, kind: failure.kind, message: failure.message }, null, 2));
  return file;
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const log = opts.log ?? (() => undefined);
  const gen: GenOptions = { depth: opts.depth, bigLine: opts.bigLine, stride: opts.stride, width: opts.width, scaleBase: opts.scaleBase };
  const plan = planFor(opts.seed, gen);
  const hangMs = opts.hangMs ?? 20_000;
  const outDir = opts.outDir ?? path.join(os.tmpdir(), `bulwark-fuzz-${opts.seed}`);
  const started = Date.now();
  const deadline = opts.seconds !== undefined ? started + opts.seconds * 1000 : Number.MAX_SAFE_INTEGER;
  const to = opts.maxInputs ?? Number.MAX_SAFE_INTEGER;
  const timings: Timing[] = [];
  const failures: Failure[] = [];
  const scaleMs = new Map<string, { ms1?: number; ms4?: number }>();
  let heapBefore: number | undefined;
  let heapAfter = 0;
  let heapPeak = 0;
  let bytes = 0;
  let next = 0;
  const WORKER = __filename;

  const fail = (index: number, kind: Failure['kind'], message: string, input?: FuzzInput) => {
    const inp = input ?? inputAt(opts.seed, index, gen);
    let toWrite = inp;
    if ((kind === 'throw' || kind === 'rule-error' || kind === 'invariant') && opts.minimise !== false && inp.text.length < 2 * 1024 * 1024) {
      try {
        toWrite = minimise(inp);
      } catch {
        toWrite = inp;
      }
    }
    const failure: Failure = { index, label: inp.label, path: inp.path, kind, message };
    try {
      failure.reproducer = writeReproducer(outDir, failure, toWrite, opts.seed);
    } catch {
      /* best effort */
    }
    failures.push(failure);
    log(`FAIL #${index} ${kind}: ${inp.label}\n  ${message.split('\n').join('\n  ')}${failure.reproducer ? `\n  reproducer: ${failure.reproducer}` : ''}`);
  };

  while (next < to && Date.now() < deadline) {
    const from = next;
    await new Promise<void>((resolve) => {
      const job: WorkerJob = { fuzzWorker: true, seed: opts.seed, from, to, deadline, ...gen };
      const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, {
        eval: true,
        workerData: job,
        resourceLimits: { stackSizeMb: opts.stackSizeMb ?? 1, maxOldGenerationSizeMb: 4096 },
      });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        resolve();
      };
      w.on('message', (m: WorkerMessage) => {
        switch (m.t) {
          case 'start': {
            current = m.i;
            if (timer) clearTimeout(timer);
            const budget = hangMs + m.kb * 2;
            timer = setTimeout(() => {
              void w.terminate();
              fail(current, 'hang', `no answer within ${Math.round(budget)} ms`);
              next = current + 1;
              finish();
            }, budget);
            break;
          }
          case 'done': {
            if (timer) clearTimeout(timer);
            next = m.i + 1;
            bytes += m.kb * 1024;
            const t: Timing = { index: m.i, label: m.label, kb: m.kb, ms: m.ms, msPerKb: m.ms / Math.max(1, m.kb) };
            timings.push(t);
            const input = m.label.startsWith('special: scaling: ') ? /scaling: (.*) ×(\d)$/.exec(m.label) : null;
            if (input) {
              const entry = scaleMs.get(input[1] as string) ?? {};
              if (input[2] === '1') entry.ms1 = m.ms;
              else entry.ms4 = m.ms;
              scaleMs.set(input[1] as string, entry);
            }
            if (m.failure) fail(m.i, m.failure.kind, m.failure.message);
            if (timings.length % 500 === 0) log(`… ${timings.length} inputs, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
            break;
          }
          case 'heap':
            if (m.before !== undefined && heapBefore === undefined) heapBefore = m.before;
            if (m.after !== undefined) heapAfter = m.after;
            heapPeak = Math.max(heapPeak, m.used);
            break;
          case 'end':
            next = m.next;
            finish();
            break;
        }
      });
      w.on('error', (e) => {
        if (settled) return;
        const at = current >= 0 ? current : from;
        fail(at, 'worker-crash', e instanceof Error ? `${e.name}: ${e.message}` : String(e));
        next = at + 1;
        finish();
      });
      w.on('exit', () => finish());
    });
  }

  const seconds = (Date.now() - started) / 1000;
  const per = timings.map((t) => t.msPerKb);
  const med = median(per);
  const worst = timings.reduce<Timing | undefined>((a, t) => (!a || t.msPerKb > a.msPerKb ? t : a), undefined);
  const outliers = timings.filter((t) => t.msPerKb > 20 * Math.max(med, 0.01) && t.ms > 50).sort((a, b) => b.msPerKb - a.msPerKb).slice(0, 20);
  const scaling = [...scaleMs.entries()]
    .filter(([, v]) => v.ms1 !== undefined && v.ms4 !== undefined)
    .map(([name, v]) => ({ name, ms1: v.ms1 as number, ms4: v.ms4 as number, ratio: (v.ms4 as number) / Math.max(0.5, v.ms1 as number) }));
  return {
    seed: opts.seed,
    inputs: timings.length,
    seconds,
    inputsPerSecond: timings.length / Math.max(seconds, 0.001),
    megabytes: bytes / 1048576,
    plan,
    medianMsPerKb: med,
    p99MsPerKb: percentile(per, 0.99),
    worst,
    outliers,
    scaling,
    heapBeforeMb: heapBefore ?? 0,
    heapAfterMb: heapAfter,
    heapPeakMb: heapPeak,
    failures,
  };
}

export function formatReport(r: FuzzReport): string {
  const lines: string[] = [];
  const f2 = (x: number) => x.toFixed(2);
  lines.push(`bulwark fuzz — seed ${r.seed}: ${r.inputs} inputs in ${r.seconds.toFixed(1)} s (${r.inputsPerSecond.toFixed(1)} inputs/s, ${r.megabytes.toFixed(1)} MB analysed)`);
  lines.push(`plan: ${r.plan.specials} specials, ${r.plan.truncations} truncation points, then random mutations`);
  lines.push(`time per KB: median ${r.medianMsPerKb.toFixed(3)} ms, p99 ${f2(r.p99MsPerKb)} ms, worst ${r.worst ? `${f2(r.worst.msPerKb)} ms/KB (${r.worst.label}; ${r.worst.kb.toFixed(1)} KB in ${r.worst.ms.toFixed(0)} ms)` : '-'}`);
  if (r.outliers.length) {
    lines.push('outliers (time per KB over 20× the median and over 50 ms):');
    for (const o of r.outliers) lines.push(`  ${f2(o.msPerKb)} ms/KB  ${o.ms.toFixed(0)} ms  ${o.kb.toFixed(1)} KB  #${o.index} ${o.label.slice(0, 140)}`);
  }
  if (r.scaling.length) {
    lines.push('scaling n → 4n (about 4 when linear):');
    for (const s of r.scaling) lines.push(`  ${s.name.padEnd(22)} ${s.ms1.toFixed(1).padStart(8)} ms → ${s.ms4.toFixed(1).padStart(8)} ms  ×${s.ratio.toFixed(1)}${s.ratio > 8 && s.ms4 > 100 ? '  SUPERLINEAR' : ''}`);
  }
  lines.push(`heap (after GC): ${r.heapBeforeMb.toFixed(1)} MB before, ${r.heapAfterMb.toFixed(1)} MB after, ${r.heapPeakMb.toFixed(1)} MB peak sampled`);
  lines.push(`failures: ${r.failures.length}`);
  for (const f of r.failures) lines.push(`  #${f.index} ${f.kind}: ${f.label.slice(0, 160)}\n    ${f.message.split('\n')[0]}${f.reproducer ? `\n    reproducer: ${f.reproducer}` : ''}`);
  return lines.join('\n');
}

function parseArgs(argv: readonly string[]): FuzzOptions & { only?: number } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    return eq?.slice(name.length + 3);
  };
  const num = (name: string): number | undefined => {
    const v = get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`--${name} needs a number`);
    return n;
  };
  return {
    seed: num('seed') ?? 1,
    seconds: num('seconds') ?? (num('inputs') !== undefined ? undefined : 60),
    maxInputs: num('inputs'),
    stride: num('stride') ?? 1,
    depth: num('depth'),
    width: num('width'),
    scaleBase: num('scale-base'),
    bigLine: num('big-line'),
    hangMs: num('hang-ms'),
    outDir: get('out'),
    minimise: !argv.includes('--no-minimize'),
    only: num('only'),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.only !== undefined) {
    // Regenerate one input (for a bug report) and check it here, in the main thread.
    const input = inputAt(args.seed, args.only, args);
    const out = args.outDir ?? path.join(os.tmpdir(), `bulwark-fuzz-${args.seed}`);
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `${args.seed}-${args.only}${path.extname(input.path) || '.txt'}`);
    fs.writeFileSync(file, input.text);
    const r = checkInput(input, fuzzRegistry(), args.only);
    process.stdout.write(`${input.label}\n${input.path} (${(input.text.length / 1024).toFixed(1)} KB) → ${file}\n${r.ms.toFixed(1)} ms${r.failure ? `\n${r.failure.kind}: ${r.failure.message}` : ' ok'}\n`);
    process.exitCode = r.failure ? 1 : 0;
    return;
  }
  const report = await runFuzz({ ...args, log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(`${formatReport(report)}\n`);
  process.exitCode = report.failures.length ? 1 : 0;
}

if (isMainThread && require.main === module) void main();
