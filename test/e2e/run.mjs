#!/usr/bin/env node
// @ts-check
/**
 * Entry point of the end-to-end tests: builds the VSIX (production bundles + vsce), then runs
 * test/e2e/scenarios/*.test.mjs serially with node:test (each file starts its own code-server and
 * Chromium), and prints `N passed, N failed` last. Exit code 1 when a test failed.
 *
 *   node test/e2e/run.mjs [--update-docs-images] [substring of a scenario file…]
 *
 * --update-docs-images copies .artifacts/{diagnostic,quickfix,snippet}.png taken by this run to
 * images/docs-*.png (the README's screenshots).
 * Environment: VSIX=<path> uses a ready VSIX instead of building one; see harness.mjs for the rest.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(E2E_DIR, '..', '..');
const ARTIFACTS = path.join(E2E_DIR, '.artifacts');
const args = process.argv.slice(2);
const updateDocs = args.includes('--update-docs-images');
const filters = args.filter((a) => !a.startsWith('--'));
const started = Date.now();

/** @param {string} msg */
function fail(msg) {
  process.stdout.write(`e2e: ${msg}\n0 passed, 1 failed\n`);
  process.exit(1);
}

/** @param {string} label @param {string} cmd @param {string[]} argv @param {import('node:child_process').SpawnSyncOptions} [opts] */
function step(label, cmd, argv, opts = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) fail(`${label} failed (exit ${r.status ?? r.signal}):\n${out}`);
  process.stdout.write(`e2e: ${label}: ${Date.now() - t} ms\n`);
  return String(r.stdout ?? '');
}

const codeServer = process.env.CODE_SERVER || path.join(E2E_DIR, 'node_modules', '.bin', 'code-server');
if (!fs.existsSync(codeServer)) fail(`code-server not found at ${codeServer}: run \`npm ci --prefix test/e2e\` (see test/e2e/README.md)`);
const chromiumBin = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(chromiumBin)) fail(`Chromium not found at ${chromiumBin}: apt-get install -y chromium`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-e2e-run-'));
let vsix = process.env.VSIX;
if (!vsix) {
  vsix = path.join(tmp, 'bulwark.vsix');
  if (fs.existsSync(path.join(ROOT, 'scripts', 'package.mjs')) && fs.existsSync(path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'))) {
    step('npm run package (production bundles + vsce package --no-dependencies)', process.execPath, ['scripts/package.mjs', vsix]);
  } else {
    step('esbuild --production', process.execPath, ['esbuild.mjs', '--production']);
    step('vsce package --no-dependencies', path.join(E2E_DIR, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '-o', vsix]);
  }
}
if (!fs.existsSync(vsix)) fail(`no VSIX at ${vsix}`);

// The rules the built server registers: scenarios that need a rule not there yet are skipped with the reason.
const rulesJson = process.env.E2E_RULES_JSON || path.join(tmp, 'rules.json');
const cli = path.join(ROOT, 'out', 'cli.js');
if (!process.env.E2E_RULES_JSON && fs.existsSync(cli)) fs.writeFileSync(rulesJson, step('list the built rules', process.execPath, [cli, 'rules', '--format', 'json']));

const scenarioDir = path.join(E2E_DIR, 'scenarios');
const files = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort()
  .map((f) => path.join(scenarioDir, f));
if (!files.length) fail('no scenario file matched');

fs.mkdirSync(ARTIFACTS, { recursive: true });
const tap = path.join(tmp, 'results.tap');
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, VSIX: vsix, E2E_RULES_JSON: rulesJson, CODE_SERVER: codeServer, CHROMIUM: chromiumBin };
delete env.VSCODE_IPC_HOOK_CLI;
delete env.NODE_TEST_CONTEXT;
const testStart = Date.now();
const r = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { cwd: E2E_DIR, env, stdio: ['ignore', 'inherit', 'inherit'] },
);
const tapText = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
/** @param {string} key */
const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + count('cancelled') + (r.status !== 0 && count('fail') === 0 && count('cancelled') === 0 ? 1 : 0);
const skipped = count('skipped');

if (updateDocs) {
  for (const [from, to] of [['diagnostic', 'docs-diagnostic'], ['quickfix', 'docs-quickfix'], ['snippet', 'docs-snippet']]) {
    const src = path.join(ARTIFACTS, `${from}.png`);
    if (fs.existsSync(src) && fs.statSync(src).mtimeMs >= started) {
      fs.copyFileSync(src, path.join(ROOT, 'images', `${to}.png`));
      process.stdout.write(`e2e: images/${to}.png updated\n`);
    } else process.stdout.write(`e2e: ${from}.png not taken by this run; images/${to}.png left as is\n`);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`e2e: scenarios ${Date.now() - testStart} ms, total ${Date.now() - started} ms${skipped ? `, ${skipped} skipped (see the reasons above)` : ''}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || r.status !== 0 ? 1 : 0);
