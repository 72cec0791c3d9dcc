/**
 * The CLI and the workspace scanner on hostile file systems: symlink loops, unreadable and
 * vanished files, names that are not UTF-8, pipes, huge files. Every surprise is a clear message
 * on stderr; exit code 2 stays reserved for usage and internal errors.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/main';
import { scanPaths } from '../../server/src/workspace/scan';
import { defaultRegistry } from '../../server/src/rules';
import { Fakes } from '../secrets/fakes';

const token = new Fakes(33).githubToken();

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd });
  return { code, stdout, stderr };
}

describe('CLI on a hostile file system', () => {
  let dir: string;
  const isRoot = process.getuid?.() === 0;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-fs-'));
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a', 'b', 'leak.yml'), `token: "${token}"\n`);
    fs.symlinkSync(dir, path.join(dir, 'a', 'b', 'up-loop')); // folder loop back to the root
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'b', 'parent-loop'));
    fs.symlinkSync('self.yml', path.join(dir, 'self.yml')); // a link to itself
    fs.symlinkSync('ping.yml', path.join(dir, 'pong.yml'));
    fs.symlinkSync('pong.yml', path.join(dir, 'ping.yml'));
    fs.symlinkSync('missing.yml', path.join(dir, 'dangling.yml'));
    fs.symlinkSync(path.join(dir, 'a', 'b', 'leak.yml'), path.join(dir, 'file-link.yml')); // file links are read
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'bad-')), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('.yml')]), 'x: 1\n');
    fs.mkdirSync(path.join(dir, 'folder.yml'));
    fs.writeFileSync(path.join(dir, 'folder.yml', 'inner.yml'), `token: "${token}"\n`);
    fs.writeFileSync(path.join(dir, 'unreadable.yml'), `token: "${token}"\n`);
    fs.chmodSync(path.join(dir, 'unreadable.yml'), 0o000);
    fs.writeFileSync(path.join(dir, 'huge.yml'), `# ${'x'.repeat(9 * 1024 * 1024)}\n`);
    if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(dir, 'pipe.yml')]);
  });
  after(() => {
    fs.chmodSync(path.join(dir, 'unreadable.yml'), 0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finishes, names each problem clearly, reports what it could read, exits 1 (findings) not 2', () => {
    const r = cli(['scan', '.', '-f', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[] };
    const secretPaths = out.findings.filter((f) => f.ruleId === 'hardcoded-secret').map((f) => f.path).sort();
    const expected = ['a/b/leak.yml', 'file-link.yml', 'folder.yml/inner.yml', ...(isRoot ? ['unreadable.yml'] : [])].sort();
    assert.deepEqual(secretPaths, expected, 'each file once: folder links are never followed');
    const lines = r.stderr.trim().split('\n');
    const expect = (re: RegExp) => assert.ok(lines.some((l) => re.test(l)), `${re} in\n${r.stderr}`);
    expect(/^bulwark: self\.yml: broken symbolic link: too many levels of symbolic links$/);
    expect(/^bulwark: ping\.yml: broken symbolic link: too many levels of symbolic links$/);
    expect(/^bulwark: dangling\.yml: broken symbolic link: no such file or folder/);
    expect(/^bulwark: bad-.*\.yml: file name is not valid UTF-8; not analysed$/);
    expect(/^bulwark: huge\.yml: cannot read: larger than 8 MB, not analysed$/);
    if (!isRoot) expect(/^bulwark: unreadable\.yml: cannot read: permission denied$/);
    assert.ok(!r.stderr.includes('internal error'), r.stderr);
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token));
  });

  it('a pipe named on the command line is refused with a message, not read (no hang)', { skip: process.platform === 'win32' }, () => {
    const r = cli(['scan', 'pipe.yml'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^bulwark: pipe\.yml: not a regular file or folder \(device, pipe or socket\); not read$/m);
  });

  it('a file that vanishes between discovery and reading is a message', () => {
    const sub = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-vanish-'));
    for (const n of ['a.yml', 'b.yml', 'c.yml']) fs.writeFileSync(path.join(sub, n), `token: "${token}"\n`);
    const outcome = scanPaths([sub], {
      registry: defaultRegistry(),
      workspaceRoot: sub,
      onProgress: (_done, _total, file) => {
        if (file.endsWith('b.yml')) fs.rmSync(file);
      },
    });
    assert.deepEqual(outcome.files.map((f) => path.basename(f.path)), ['a.yml', 'c.yml']);
    assert.deepEqual(outcome.problems.map((p) => [path.basename(p.path), p.message]), [['b.yml', 'cannot read: no such file or folder (it may have been removed during the scan)']]);
    fs.rmSync(sub, { recursive: true, force: true });
  });

  it('a Bicep module path naming a pipe does not hang the scan', { skip: process.platform === 'win32' }, () => {
    const sub = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-pipe-'));
    fs.writeFileSync(path.join(sub, 'main.bicep'), "module m './mod.bicep' = {\n  name: 'm'\n  params: {\n    pwd: 'x'\n  }\n}\n");
    execFileSync('mkfifo', [path.join(sub, 'mod.bicep')]);
    const r = cli(['scan', '.', '-f', 'json'], sub); // a blocking open of the pipe would stall here for good
    assert.notEqual(r.code, 2, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: { path: string }[] };
    assert.ok(out.findings.every((f) => f.path === 'main.bicep'));
    fs.rmSync(sub, { recursive: true, force: true });
  });

  it('exit 2 only for usage and internal errors', () => {
    assert.equal(cli(['scan', 'no-such-folder'], dir).code, 2);
    assert.equal(cli(['scan', '--format', 'xml'], dir).code, 2);
    assert.equal(cli(['scan', '--bogus'], dir).code, 2);
    assert.equal(cli(['frobnicate'], dir).code, 2);
    const internal = cli(['scan', 'a', '-o', dir], dir); // the report cannot be written over a folder
    assert.equal(internal.code, 2);
    assert.match(internal.stderr, /^bulwark: internal error: /);
    assert.equal(cli(['scan', 'a', '--fail-on', 'none'], dir).code, 0, 'findings, but --fail-on none');
    assert.equal(cli(['scan', 'folder.yml/inner.yml', '--fail-on', 'error'], dir).code, 1);
  });
});
