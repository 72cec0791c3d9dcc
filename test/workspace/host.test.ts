import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diskHost, isInside, snapshotHost } from '../../server/src/workspace/host';

describe('disk host confined to workspace folders', () => {
  let root: string;
  let outside: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-ws-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-out-'));
    fs.mkdirSync(path.join(root, 'infra'));
    fs.writeFileSync(path.join(root, 'infra', 'mod.bicep'), 'param a string\n');
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'not for the workspace\n');
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('reads inside the roots and refuses everything outside, `..` included', () => {
    const host = diskHost(undefined, () => [root]);
    assert.equal(host.readFile(path.join(root, 'infra', 'mod.bicep')), 'param a string\n');
    assert.equal(host.readFile(path.join(outside, 'secret.txt')), undefined);
    assert.equal(host.readFile(path.join(root, 'infra', '..', '..', path.basename(outside), 'secret.txt')), undefined);
    assert.equal(host.listFiles?.(outside), undefined);
    assert.deepEqual(host.listFiles?.(path.join(root, 'infra')), ['mod.bicep']);
  });

  it('open documents (the overlay) are always readable; no roots means no confinement (the CLI)', () => {
    const host = diskHost((p) => (p.endsWith('open.bicep') ? 'open' : undefined), () => [root]);
    assert.equal(host.readFile(path.join(outside, 'open.bicep')), 'open');
    assert.equal(diskHost().readFile(path.join(outside, 'secret.txt')), 'not for the workspace\n');
  });

  it('isInside', () => {
    assert.equal(isInside('/a/b', '/a/b'), true);
    assert.equal(isInside('/a/b', '/a/b/c'), true);
    assert.equal(isInside('/a/b', '/a/bc'), false);
    assert.equal(isInside('/a/b', '/a/b/../c'), false);
  });
});

describe('snapshot host (one scan)', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-snap-'));
    fs.writeFileSync(path.join(root, 'main.bicep'), 'param a string\n');
    fs.writeFileSync(path.join(root, 'main.bicepparam'), "using 'main.bicep'\n");
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads each file once: later reads see the snapshot, not the disk', () => {
    const host = snapshotHost();
    const file = path.join(root, 'main.bicep');
    assert.equal(host.readFile(file), 'param a string\n');
    fs.writeFileSync(file, 'param b string\n');
    assert.equal(host.readFile(file), 'param a string\n');
    assert.equal(snapshotHost().readFile(file), 'param b string\n');
  });

  it('reports why a read failed, and lists folders once', () => {
    const host = snapshotHost();
    const missing = host.read(path.join(root, 'nope.bicep'));
    assert.equal(missing.text, undefined);
    assert.equal((missing.error as { code?: string }).code, 'ENOENT');
    assert.equal((host.read(root).error as { code?: string }).code, 'EISDIR');
    assert.deepEqual([...(host.listFiles?.(root) ?? [])].sort(), ['main.bicep', 'main.bicepparam']);
    fs.writeFileSync(path.join(root, 'later.bicep'), '');
    assert.deepEqual([...(host.listFiles?.(root) ?? [])].sort(), ['main.bicep', 'main.bicepparam']);
  });

  it('a listing the folder walk already made is reused', () => {
    const host = snapshotHost();
    host.remember(root, ['main.bicep', 'listed.bicepparam']);
    assert.deepEqual(host.listFiles?.(root), ['main.bicep', 'listed.bicepparam']);
  });

  it('a name missing from a complete listing is absent without asking the disk', () => {
    const dir = fs.mkdtempSync(path.join(root, 'listed-'));
    fs.writeFileSync(path.join(dir, 'main.bicep'), 'param a string\n');
    const host = snapshotHost();
    host.remember(dir, ['main.bicep']);
    // created after the walk listed the folder: the snapshot says it is not there
    fs.writeFileSync(path.join(dir, 'bulwark.config.json'), '{}');
    assert.equal((host.read(path.join(dir, 'bulwark.config.json')).error as { code?: string }).code, 'ENOENT');
    // listed in another case: on a case-insensitive file system it could be there, so the disk decides
    fs.writeFileSync(path.join(dir, 'Other.bicep'), 'x');
    host.remember(dir, ['main.bicep', 'other.bicep']);
    assert.equal(host.readFile(path.join(dir, 'Other.bicep')), 'x');
    // listed: read through the open descriptor
    assert.equal(host.readFile(path.join(dir, 'main.bicep')), 'param a string\n');
    // a non-ASCII name may be normalised differently by the file system: the disk decides
    fs.writeFileSync(path.join(dir, 'caf\u00e9.bicep'), 'y');
    assert.equal(host.readFile(path.join(dir, 'caf\u00e9.bicep')), 'y');
    // a listing of 1000 names may be cut short: the disk decides
    const many = Array.from({ length: 1000 }, (_, i) => `f${i}.bicep`);
    fs.writeFileSync(path.join(dir, 'late.bicep'), 'z');
    host.remember(dir, many);
    assert.equal(host.readFile(path.join(dir, 'late.bicep')), 'z');
    // a listed name that became a folder is reported as one
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub);
    host.remember(dir, ['sub']);
    assert.equal((host.read(sub).error as { code?: string }).code, 'EISDIR');
  });

  it('a listed named pipe (a module path may name one) is refused at once, never waited on', { skip: process.platform === 'win32', timeout: 10_000 }, () => {
    const dir = fs.mkdtempSync(path.join(root, 'pipe-'));
    execFileSync('mkfifo', [path.join(dir, 'mod.bicep')]);
    const host = snapshotHost();
    host.remember(dir, ['mod.bicep']);
    assert.equal((host.read(path.join(dir, 'mod.bicep')).error as { code?: string }).code, 'EISDIR');
    assert.equal(snapshotHost().readFile(path.join(dir, 'mod.bicep')), undefined); // unlisted: the stat path
  });

  it('open documents win over the disk', () => {
    const file = path.join(root, 'main.bicepparam');
    const host = snapshotHost((p) => (p === file ? 'edited' : undefined));
    assert.equal(host.readFile(file), 'edited');
  });

  it('stays within its character budget (least recently used dropped first)', () => {
    const a = path.join(root, 'a.txt');
    const b = path.join(root, 'b.txt');
    fs.writeFileSync(a, 'x'.repeat(60));
    fs.writeFileSync(b, 'y'.repeat(60));
    const host = snapshotHost(undefined, 100);
    assert.equal(host.readFile(a)?.length, 60);
    assert.equal(host.readFile(b)?.length, 60); // a is dropped
    fs.writeFileSync(a, 'z'.repeat(10));
    assert.equal(host.readFile(a), 'z'.repeat(10));
  });
});
