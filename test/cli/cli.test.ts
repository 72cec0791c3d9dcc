import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv4 from 'ajv-draft-04';
import { run } from '../../server/src/cli/main';
import { fakeStorageConnectionString, fakeStorageKey } from '../helpers/fakeSecrets';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, isTTY = false): Captured {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY, cwd });
  return { code, stdout, stderr };
}

let dir: string;
const secret = fakeStorageConnectionString(7);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-cli-'));
  fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'infra'));
  fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.yml'), `storage:\n  connection: "${secret}"\n`);
  fs.writeFileSync(path.join(dir, 'broken.yml'), 'a: [1, 2\n');
  fs.writeFileSync(path.join(dir, 'clean.yml'), 'name: hello\n');
  fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'x.yml'), `k: "${secret}"\n`);
  fs.writeFileSync(path.join(dir, 'README.md'), `not scanned ${secret}\n`);
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bulwark scan', () => {
  it('text: prints findings with relative paths, masks secrets, exits 1', () => {
    const r = cli(['scan', dir, '--no-color'], os.tmpdir());
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /settings\.yml/);
    assert.match(r.stdout, /broken\.yml/);
    assert.match(r.stdout, /syntax-error/);
    assert.doesNotMatch(r.stdout, /node_modules/);
    assert.ok(!r.stdout.includes(fakeStorageKey(7)), 'the secret is never printed whole');
    assert.ok(!r.stdout.includes(fakeStorageKey(7).slice(0, 12)), 'not even a long prefix');
    assert.match(r.stdout, /\d+ findings? \(/);
  });

  it('json: versioned, 1-based positions, relative paths', () => {
    const r = cli(['scan', dir, '--format', 'json'], os.tmpdir());
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    const syntax = out.findings.find((f: { ruleId: string }) => f.ruleId === 'syntax-error');
    assert.equal(syntax.path, 'broken.yml');
    assert.ok(syntax.startLine >= 1 && syntax.startColumn >= 1);
    assert.ok(!r.stdout.includes(fakeStorageKey(7)));
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with the contract fields', () => {
    const r = cli(['scan', dir, '--format', 'sarif'], os.tmpdir());
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const log: any = JSON.parse(r.stdout);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new Ajv4({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const driver = log.runs[0].tool.driver;
    const categories = new Set(['secrets', 'network', 'identity', 'encryption', 'governance', 'supply-chain', 'pipeline', 'schema', 'syntax']);
    for (const rule of driver.rules) {
      assert.match(rule.helpUri, /^https:\/\//);
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
      assert.ok(categories.has(rule.properties.category), rule.id);
    }
    const results = log.runs[0].results;
    const syntax = results.find((x: { ruleId: string }) => x.ruleId === 'syntax-error');
    assert.equal(syntax.locations[0].physicalLocation.artifactLocation.uri, 'broken.yml');
    assert.ok(syntax.locations[0].physicalLocation.region.startLine >= 1);
    assert.ok(!r.stdout.includes(fakeStorageKey(7)));
  });

  it('exit codes: 0 when nothing at or above --fail-on, 2 for usage errors', () => {
    assert.equal(cli(['scan', path.join(dir, 'clean.yml')], dir).code, 0);
    assert.equal(cli(['scan', dir, '--fail-on', 'none'], dir).code, 0);
    assert.equal(cli(['scan', dir, '--format', 'xml'], dir).code, 2);
    assert.equal(cli(['scan', dir, '--bogus'], dir).code, 2);
    assert.equal(cli(['scan', path.join(dir, 'missing')], dir).code, 2);
    assert.equal(cli(['frobnicate'], dir).code, 2);
    assert.equal(cli([], dir).code, 2);
    assert.equal(cli(['--version'], dir).code, 0);
    assert.equal(cli(['rules'], dir).code, 0);
  });

  it('--output writes the report to a file', () => {
    const out = path.join(dir, '..', `bulwark-out-${process.pid}.sarif`);
    const r = cli(['scan', dir, '-f', 'sarif', '-o', out], dir);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).version, '2.1.0');
    fs.rmSync(out);
  });

  it('honours the nearest bulwark.config.json (levels and excludes)', () => {
    const sub = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-cfg-'));
    fs.writeFileSync(path.join(sub, 'broken.yml'), 'a: [1\n');
    fs.mkdirSync(path.join(sub, 'gen'));
    fs.writeFileSync(path.join(sub, 'gen', 'broken.yml'), 'a: [1\n');
    fs.writeFileSync(path.join(sub, 'bulwark.config.json'), JSON.stringify({ rules: { 'syntax-error': 'info' }, exclude: ['gen/**'] }));
    const r = cli(['scan', sub, '-f', 'json'], sub);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.findings.map((f: { path: string; severity: string }) => [f.path, f.severity]), [['broken.yml', 'info']]);
    assert.equal(r.code, 0, 'info is below the default failing level (warning)');
    fs.rmSync(sub, { recursive: true });
  });

  it('survives symlink loops, broken links and odd names with clear messages', () => {
    const sub = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-fs-'));
    fs.mkdirSync(path.join(sub, 'a'));
    fs.symlinkSync(sub, path.join(sub, 'a', 'loop'));
    fs.symlinkSync(path.join(sub, 'nowhere.yml'), path.join(sub, 'dangling.yml'));
    fs.writeFileSync(path.join(sub, 'a', 'ok.yml'), 'a: 1\n');
    fs.writeFileSync(Buffer.concat([Buffer.from(sub + '/name-'), Buffer.from([0xff, 0xfe]), Buffer.from('.yml')]), 'b: 2\n');
    const r = cli(['scan', sub, '-f', 'json'], sub);
    assert.notEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /dangling\.yml: broken symbolic link/);
    fs.rmSync(sub, { recursive: true });
  });
});
