import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diskHost, isInside } from '../../server/src/workspace/host';

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
