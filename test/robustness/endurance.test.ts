/**
 * Endurance of the language server (in-process harness): a scripted session of random edits over
 * documents of every kind, with open/close cycles, configuration changes, overlapping and
 * cancelled pulls, code-action and hover requests. Checks: no crash or failed request (other than
 * a cancellation), diagnostics for the latest version only — once the edits settle, the pulled
 * diagnostics of every open document equal a fresh analyze() of its final text — and memory that
 * stays flat (heap and RSS sampled along the way; a bound is asserted on full-size runs only).
 * Env: BULWARK_ENDURANCE_EDITS (default 1,500; the full run is 10,000), BULWARK_ENDURANCE_SEED.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol/node';
import { LspHarness } from '../lsp/harness';
import { analyze } from '../../server/src/engine/analyze';
import { effectiveConfig } from '../../server/src/engine/config';
import { computeLineStarts, lineOf } from '../../server/src/engine/document';
import { normaliseSettings, toEditorSettings } from '../../server/src/lsp/settings';
import { defaultRegistry } from '../../server/src/rules';
import { loadSeeds } from '../../scripts/fuzz';
import { Fakes, prng } from '../secrets/fakes';

const EDITS = Number(process.env['BULWARK_ENDURANCE_EDITS'] ?? 1_500);
const SEED = Number(process.env['BULWARK_ENDURANCE_SEED'] ?? 7);
const FULL = EDITS >= 10_000;
const ROOT = '/virtual-endurance';

interface Doc {
  readonly uri: string;
  readonly path: string;
  readonly languageId: string;
  text: string;
  open: boolean;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g();
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

function positionOf(text: string, starts: readonly number[], offset: number): { line: number; character: number } {
  void text;
  const line = lineOf(starts, offset);
  return { line, character: offset - (starts[line] ?? 0) };
}

interface Pos {
  readonly line: number;
  readonly character: number;
}

function key(d: { readonly code?: string | number | undefined; readonly range: { readonly start: Pos; readonly end: Pos }; readonly message: string }): string {
  return `${String(d.code)}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.message}`;
}

function initialDocs(): Doc[] {
  const seeds = loadSeeds();
  const pick = (re: RegExp) => seeds.find((s) => re.test(s.path))?.text ?? '';
  const f = new Fakes(SEED);
  const secret = () => f.githubToken();
  const list: [string, string, string][] = [
    ['infra/main.bicep', 'bicep', pick(/\/ws\/infra\/main\.bicep$/)],
    ['infra/main.bicepparam', 'bicep-params', pick(/\/ws\/infra\/main\.bicepparam$/)],
    ['infra/modules/storage.bicep', 'bicep', pick(/\/ws\/infra\/modules\/storage\.bicep$/)],
    ['ml/job.yml', 'yaml', pick(/\/ws\/ml\/job\.yml$/)],
    ['ml/workspace.yml', 'yaml', pick(/\/ws\/ml\/workspace\.yml$/)],
    ['ml/compute.yml', 'yaml', pick(/\/ws\/ml\/compute\.yml$/)],
    ['.github/workflows/deploy.yml', 'yaml', pick(/\/ws\/\.github\/workflows\/deploy\.yml$/)],
    ['action.yml', 'yaml', pick(/\/ws\/action\.yml$/)],
    ['azure-pipelines.yml', 'yaml', pick(/\/ws\/azure-pipelines\.yml$/)],
    ['config/settings.yaml', 'yaml', `${pick(/\/ws\/config\/plain\.yaml$/)}\ntoken: "${secret()}"\n`],
    ['config/azuredeploy.json', 'json', pick(/\/ws\/config\/azuredeploy\.json$/)],
    ['untitled-like/notes.yml', 'yaml', `password: "${secret()}"\n`],
  ];
  return list.map(([rel, languageId, text]) => {
    const p = `${ROOT}/${rel}`;
    assert.ok(text.length > 0, rel);
    return { uri: pathToFileURL(p).href, path: p, languageId, text, open: false };
  });
}

const TOKENS = ['\n', ' ', '  ', '- ', ': ', "'", '"', '{', '}', '[', ']', '(', ')', '${', '${{ github.event.issue.title }}', 'publicNetworkAccess: ', "'Enabled'", 'password: ', 'secret', 'resource ', 'param ', 'var ', 'x', 'true', 'false', '#', '//', '\u00e9', '\uD83D\uDE00', '\t'];

describe('language server endurance', () => {
  it('a .bicepparam is re-analysed when its template changes, though its own version did not', async () => {
    const h = new LspHarness({ rootPath: '/virtual-xfile' });
    try {
      await h.initialize();
      const main = pathToFileURL('/virtual-xfile/main.bicep').href;
      const params = pathToFileURL('/virtual-xfile/main.bicepparam').href;
      await h.open(main, "param access string\nresource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {\n  name: 'w'\n  location: 'x'\n  properties: { publicNetworkAccess: access }\n}\n", 'bicep');
      await h.open(params, "using 'main.bicep'\nparam access = 'Enabled'\n", 'bicep-params');
      const codes = async () => (await h.diagnostics(params)).map((d) => d.code);
      assert.deepEqual(await codes(), ['aml-ws-public-network']);
      await h.change(main, undefined, 'param access string\n');
      assert.deepEqual(await codes(), [], 'stale: the finding came from the old template');
      await h.close(main); // read from disk now: the file does not exist there
      assert.deepEqual(await codes(), []);
    } finally {
      await h.dispose();
    }
  });

  it(`${EDITS} random edits over ${initialDocs().length} documents: no crash, never stale, flat memory`, async (t) => {
    const rnd = prng(SEED);
    const int = (n: number) => Math.floor(rnd() * n);
    const fakes = new Fakes(SEED + 1);
    const docs = initialDocs();
    const h = new LspHarness({ rootPath: ROOT });
    const logs: string[] = [];
    h.client.onNotification('window/logMessage', (p: { message: string; type: number }) => void logs.push(`${p.type}: ${p.message}`));
    const registry = defaultRegistry();
    let settings: Record<string, unknown> = {};
    const failures: string[] = [];
    const inflight: Promise<unknown>[] = [];
    const track = (what: string, p: Promise<unknown>) =>
      inflight.push(
        p.catch((e: { code?: number; message?: string }) => {
          // -32800: request cancelled; -32802: server cancelled (content modified) — both are fine
          if (e?.code !== -32800 && e?.code !== -32802) failures.push(`${what}: ${e?.code} ${e?.message}`);
        }),
      );
    const samples: { edits: number; heapMb: number; rssMb: number }[] = [];
    const sample = (edits: number) => {
      gc();
      const m = process.memoryUsage();
      samples.push({ edits, heapMb: m.heapUsed / 1048576, rssMb: m.rss / 1048576 });
    };

    try {
      await h.initialize();
      for (const d of docs) {
        await h.open(d.uri, d.text, d.languageId);
        d.open = true;
      }
      for (const d of docs) await h.diagnostics(d.uri); // warm up: first analyses
      sample(0);
      const every = Math.max(1, Math.floor(EDITS / 20));
      for (let i = 1; i <= EDITS; i++) {
        const d = docs[int(docs.length)] as Doc;
        const roll = rnd();
        if (!d.open) {
          await h.open(d.uri, d.text, d.languageId);
          d.open = true;
        } else if (roll < 0.015) {
          await h.close(d.uri);
          d.open = false;
          if (rnd() < 0.5) d.text = d.text.slice(0, int(d.text.length + 1)); // changed on disk while closed
        } else if (roll < 0.025) {
          const off = int(3);
          settings = off === 0 ? {} : off === 1 ? { rules: { 'hardcoded-secret': 'off', 'syntax-error': 'hint' } } : { bicep: { syntaxErrors: true }, exclude: ['**/ml/compute.yml'] };
          await h.changeSettings(settings);
        } else {
          // an incremental edit: replace a random range (often empty) by a token, a secret or nothing
          const starts = computeLineStarts(d.text);
          const start = int(d.text.length + 1);
          const end = Math.min(d.text.length, start + (rnd() < 0.6 ? 0 : int(40)));
          // never split a CRLF or a surrogate pair: the client would not either
          const safe = (o: number) => (o > 0 && o < d.text.length && ((d.text.charCodeAt(o - 1) === 13 && d.text.charCodeAt(o) === 10) || (d.text.charCodeAt(o) >= 0xdc00 && d.text.charCodeAt(o) <= 0xdfff)) ? o - 1 : o);
          const s = safe(start);
          const e = Math.max(s, safe(end));
          const insert = rnd() < 0.05 ? fakes.githubToken() : rnd() < 0.3 ? '' : (TOKENS[int(TOKENS.length)] as string);
          const range: Range = { start: positionOf(d.text, starts, s), end: positionOf(d.text, starts, e) };
          d.text = d.text.slice(0, s) + insert + d.text.slice(e);
          await h.change(d.uri, range, insert);
        }
        // requests while edits are in flight: overlapping pulls, cancelled pulls, code actions, hover
        const r = rnd();
        if (d.open && r < 0.12) track(`pull ${d.path}`, h.pull(d.uri));
        else if (d.open && r < 0.17) track(`cancelled pull ${d.path}`, h.pull(d.uri, undefined, int(3)));
        else if (d.open && r < 0.2) {
          const pos = positionOf(d.text, computeLineStarts(d.text), int(d.text.length + 1));
          track(`code actions ${d.path}`, h.codeActions(d.uri, { start: pos, end: pos }, []));
          track(`hover ${d.path}`, h.hover(d.uri, pos.line, pos.character));
        } else if (d.open && r < 0.21) track(`fix all ${d.path}`, h.codeActions(d.uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.bulwark']));
        if (i % 50 === 0) {
          await Promise.all(inflight.splice(0));
        }
        if (i % every === 0) sample(i);
      }
      await Promise.all(inflight.splice(0));

      // settle: the pulled diagnostics of every open document equal a fresh analysis of its text
      const editor = toEditorSettings(normaliseSettings(settings));
      const config = effectiveConfig({ registry, configFile: undefined, editor, workspaceRoot: ROOT });
      const openText = new Map(docs.filter((d) => d.open).map((d) => [d.path, d.text]));
      const host = { readFile: (p: string) => openText.get(p) };
      const mismatches: string[] = [];
      for (const d of docs.filter((x) => x.open)) {
        const pulled: Diagnostic[] = await h.diagnostics(d.uri);
        const excluded = config.isExcluded(d.path);
        const fresh = excluded ? [] : analyze({ path: d.path, text: d.text, languageId: d.languageId, host }, { registry, config }).findings;
        const starts = computeLineStarts(d.text);
        const expected = fresh.map((f) => key({ code: f.ruleId, message: f.message, range: { start: positionOf(d.text, starts, f.span.start), end: positionOf(d.text, starts, f.span.end) } })).sort();
        const actual = pulled.map((x) => key({ code: x.code, range: x.range, message: typeof x.message === 'string' ? x.message : x.message.value })).sort();
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          const missing = expected.filter((x) => !actual.includes(x));
          const extra = actual.filter((x) => !expected.includes(x));
          mismatches.push(`${d.path}: missing ${JSON.stringify(missing.slice(0, 3))}, stale or extra ${JSON.stringify(extra.slice(0, 3))}`);
        }
      }
      sample(EDITS);
      t.diagnostic(`memory (after GC): ${samples.map((s) => `${s.edits}: heap ${s.heapMb.toFixed(0)} MB, rss ${s.rssMb.toFixed(0)} MB`).join('; ')}`);
      assert.deepEqual(failures, []);
      assert.deepEqual(logs.filter((l) => /failed|uncaught|unhandled/i.test(l)), [], 'no rule failure or crash in the server log');
      assert.deepEqual(mismatches, []);
      if (FULL) {
        const first = samples[1] ?? samples[0];
        const last = samples[samples.length - 1];
        assert.ok(first && last && last.heapMb - first.heapMb < 64, `heap grew from ${first?.heapMb.toFixed(0)} to ${last?.heapMb.toFixed(0)} MB`);
      }
    } finally {
      await h.dispose();
    }
  });
});
