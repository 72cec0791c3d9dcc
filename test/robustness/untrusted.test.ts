/**
 * Untrusted workspace (initializationOptions.trusted = false): a bulwark.config.json may lower
 * the limits but never raise them, so a hostile repository cannot make the server read and parse
 * more than the defaults allow. Checked end to end through the language server.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspHarness } from '../lsp/harness';
import { TRUST_CHANGED_NOTIFICATION } from '../../server/src/server';
import { DEFAULT_LIMITS, effectiveConfig, loadConfigText } from '../../server/src/engine/config';
import { defaultRegistry } from '../../server/src/rules';
import { Fakes } from '../secrets/fakes';

const token = new Fakes(41).githubToken();

function codes(diags: readonly { code?: string | number }[]): string[] {
  return [...new Set(diags.map((d) => String(d.code)))].sort();
}

describe('untrusted workspace: limits can only be lowered', () => {
  let root: string;
  let raising: string;
  let lowering: string;
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-trust-')));
    raising = path.join(root, 'raising');
    lowering = path.join(root, 'lowering');
    fs.mkdirSync(raising);
    fs.mkdirSync(lowering);
    const big = { maxFileSizeKb: 64 * 1024, maxLineLength: 50_000_000, fullParseKb: 64 * 1024 };
    fs.writeFileSync(path.join(raising, 'bulwark.config.json'), JSON.stringify({ limits: big }));
    fs.writeFileSync(path.join(lowering, 'bulwark.config.json'), JSON.stringify({ limits: { maxLineLength: 80 } }));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  // one 250,000-character line (over the default 200,000), then a secret
  const longLine = `note: "${'a'.repeat(250_000)}"\ntoken: "${token}"\n`;
  // short lines, but one of 100 characters
  const medium = `note: "${'b'.repeat(91)}"\ntoken: "${token}"\n`;

  async function diagnosticsFor(trusted: boolean, dir: string, text: string): Promise<string[]> {
    const h = new LspHarness({ rootPath: root, trusted });
    try {
      await h.initialize();
      const uri = `file://${path.join(dir, 'settings.yml')}`;
      await h.open(uri, text);
      return codes(await h.diagnostics(uri));
    } finally {
      await h.dispose();
    }
  }

  it('trusted: the project config raises the line-length limit and the long file is analysed', async () => {
    assert.deepEqual(await diagnosticsFor(true, raising, longLine), ['hardcoded-secret']);
  });

  it('untrusted: the raised limit is ignored, the file is skipped', async () => {
    assert.deepEqual(await diagnosticsFor(false, raising, longLine), ['analysis-skipped']);
  });

  it('untrusted: a lowered limit applies', async () => {
    assert.deepEqual(await diagnosticsFor(false, lowering, medium), ['analysis-skipped']);
    assert.deepEqual(await diagnosticsFor(false, raising, medium), ['hardcoded-secret']);
  });

  it('revoking trust at run time (bulwark/trustChanged) re-applies the defaults', async () => {
    const h = new LspHarness({ rootPath: root, trusted: true });
    try {
      await h.initialize();
      const uri = `file://${path.join(raising, 'settings.yml')}`;
      await h.open(uri, longLine);
      assert.deepEqual(codes(await h.diagnostics(uri)), ['hardcoded-secret']);
      await h.client.sendNotification(TRUST_CHANGED_NOTIFICATION, { trusted: false });
      // the notification is handled before the next request on the same connection
      assert.deepEqual(codes(await h.diagnostics(uri)), ['analysis-skipped']);
    } finally {
      await h.dispose();
    }
  });

  it('effectiveConfig: each limit is the minimum of the request and the default when untrusted', () => {
    const registry = defaultRegistry();
    const file = loadConfigText('/w/bulwark.config.json', JSON.stringify({ limits: { maxFileSizeKb: 1e9, maxLineLength: 1000, fullParseKb: 1e9 } }), registry);
    assert.deepEqual(file.problems, []);
    const untrusted = effectiveConfig({ registry, configFile: file, trusted: false }).limits;
    assert.deepEqual(untrusted, { maxFileSizeKb: DEFAULT_LIMITS.maxFileSizeKb, maxLineLength: 1000, fullParseKb: DEFAULT_LIMITS.fullParseKb });
    const trusted = effectiveConfig({ registry, configFile: file, trusted: true }).limits;
    assert.deepEqual(trusted, { maxFileSizeKb: 1e9, maxLineLength: 1000, fullParseKb: 1e9 });
  });
});
