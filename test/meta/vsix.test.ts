/**
 * The VSIX holds only bundles and assets: `vsce ls` (what `vsce package` would include)
 * must match the whitelist, and nothing from sources, tests, maps or node_modules.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^out\/(client|server|cli)\.js$/,
  /^schemas\/[\w./-]+\.json$/,
  /^snippets\/[\w.-]+\.json$/,
  /^docs\/rules\/[a-z0-9-]+\.md$/,
  /^language-configuration\/[\w.-]+\.json$/,
  /^images\/icon\.png$/,
];

describe('VSIX contents', () => {
  it('vsce ls lists only bundles and assets', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.ok(files.includes('out/server.js') && files.includes('out/client.js') && files.includes('out/cli.js'), files.join('\n'));
    const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, [], 'files outside the whitelist would ship in the VSIX');
  });
});
