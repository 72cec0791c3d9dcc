/**
 * Limits: files over limits.maxFileSizeKb or with a line over limits.maxLineLength, and binary
 * files, are skipped with one informational `analysis-skipped` finding (engine, CLI); YAML alias
 * expansion is bounded everywhere (static check of every toJS/toJSON call and yaml import).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { analyzeText } from '../helpers/analyzeText';
import { fakeStorageConnectionString } from '../helpers/fakeSecrets';
import { Fakes } from '../secrets/fakes';
import { run } from '../../server/src/cli/main';
import { DEFAULT_LIMITS } from '../../server/src/engine/config';
import { MAX_ALIAS_COUNT } from '../../server/src/languages/yaml/parse';

const secret = fakeStorageConnectionString(21);
const secretLine = `connection: "${secret}"\n`;

function only(findings: readonly { ruleId: string }[]): string[] {
  return findings.map((f) => f.ruleId);
}

describe('limits: skipped files', () => {
  it('a file above limits.maxFileSizeKb is skipped with one informational finding, whatever it holds', () => {
    const text = secretLine + `# ${'x'.repeat(2048)}\n`;
    const r = analyzeText(text, { path: 'big.yml', config: { limits: { maxFileSizeKb: 1 } } });
    assert.deepEqual(only(r.findings), ['analysis-skipped']);
    assert.equal(r.findings[0]?.severity, 'info');
    assert.match(r.findings[0]?.message ?? '', /above the limit of 1 KB \(limits\.maxFileSizeKb\)/);
    assert.deepEqual(r.findings[0]?.span, { start: 0, end: 0 });
    assert.ok(r.skipped);
    // the same text under the default limits is analysed
    assert.ok(only(analyzeText(text, { path: 'big.yml' }).findings).includes('hardcoded-secret'));
  });

  it('a line above limits.maxLineLength skips the file; a line at the limit does not', () => {
    const secretLine = `token: "${new Fakes(21).githubToken()}"\n`;
    const at = `k: "${'a'.repeat(95)}"\n${secretLine}`; // first line: 100 characters
    assert.ok(only(analyzeText(at, { path: 'a.yml', config: { limits: { maxLineLength: 100 } } }).findings).includes('hardcoded-secret'));
    const over = `k: "${'a'.repeat(96)}"\n${secretLine}`;
    const r = analyzeText(over, { path: 'a.yml', config: { limits: { maxLineLength: 100 } } });
    assert.deepEqual(only(r.findings), ['analysis-skipped']);
    assert.match(r.findings[0]?.message ?? '', /a line of 101 characters is above the limit of 100 \(limits\.maxLineLength\)/);
    // the last line counts too, and CRLF files measure lines without their break
    assert.deepEqual(only(analyzeText(`${secretLine}k: ${'b'.repeat(200)}`, { path: 'a.yml', config: { limits: { maxLineLength: 100 } } }).findings), ['analysis-skipped']);
    assert.ok(only(analyzeText(`k: "${'a'.repeat(95)}"\r\n${secretLine}`, { path: 'a.yml', config: { limits: { maxLineLength: 100 } } }).findings).includes('hardcoded-secret'));
    // a file with lone-CR line breaks has short lines, not one long one
    const crOnly = `${`k: "${'a'.repeat(95)}"\r`.repeat(10)}${secretLine}`;
    assert.ok(only(analyzeText(crOnly, { path: 'a.yml', config: { limits: { maxLineLength: 100 } } }).findings).includes('hardcoded-secret'));
  });

  it('defaults: files over 5 MB and lines over 200,000 characters are skipped, in every language', () => {
    assert.equal(DEFAULT_LIMITS.maxFileSizeKb, 5120);
    assert.equal(DEFAULT_LIMITS.maxLineLength, 200_000);
    const lines = `${secretLine}${`# ${'x'.repeat(1000)}\n`.repeat(5300)}`;
    for (const p of ['a.yml', '.github/workflows/a.yml', 'azure-pipelines.yml', 'main.bicep', 'main.bicepparam', 'a.json']) {
      const big = p.endsWith('.json') ? `{"k": "${secret}"}\n${`// ${'x'.repeat(1000)}\n`.repeat(5300)}` : p.includes('.bicep') ? `var k = '${secret}'\n${`// ${'x'.repeat(1000)}\n`.repeat(5300)}` : lines;
      assert.deepEqual(only(analyzeText(big, { path: p }).findings), ['analysis-skipped'], p);
      const longLine = p.endsWith('.json') ? `{"k": "${'a'.repeat(200_001)}"}` : p.includes('.bicep') ? `var k = '${'a'.repeat(200_001)}'` : `k: ${'a'.repeat(200_001)}`;
      assert.deepEqual(only(analyzeText(longLine, { path: p }).findings), ['analysis-skipped'], p);
    }
  });

  it('binary files (a NUL byte in the first 8 KB) are skipped', () => {
    const r = analyzeText(`${secretLine}\u0000\u0001\u0002`, { path: 'a.yml' });
    assert.deepEqual(only(r.findings), ['analysis-skipped']);
    assert.match(r.findings[0]?.message ?? '', /looks binary/);
    assert.deepEqual(only(analyzeText(`\u0000var k = '${secret}'`, { path: 'main.bicep' }).findings), ['analysis-skipped']);
  });

  it('analysis-skipped can be turned off like any rule', () => {
    const r = analyzeText(`${secretLine}\u0000`, { path: 'a.yml', config: { rules: { 'analysis-skipped': 'off' } } });
    assert.deepEqual(r.findings, []);
    assert.ok(r.skipped, 'still skipped: only the report is off');
  });
});

describe('limits through the CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-limits-'));
    fs.writeFileSync(path.join(dir, 'bulwark.config.json'), JSON.stringify({ limits: { maxFileSizeKb: 4, maxLineLength: 500 } }));
    fs.writeFileSync(path.join(dir, 'large.yml'), secretLine + `# ${'x'.repeat(400)}\n`.repeat(20));
    fs.writeFileSync(path.join(dir, 'minified.json'), `{"k": "${'a'.repeat(600)}"}`);
    fs.writeFileSync(path.join(dir, 'binary.yml'), Buffer.concat([Buffer.from(secretLine), Buffer.from([0, 1, 2, 255, 254])]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function cli(args: string[]): { code: number; stdout: string; stderr: string } {
    let stdout = '';
    let stderr = '';
    const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: dir });
    return { code, stdout, stderr };
  }

  it('reports one analysis-skipped finding per skipped file (json and sarif) and exits 0 by default', () => {
    const r = cli(['scan', '.', '-f', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: { path: string; ruleId: string; severity: string; message: string }[] };
    assert.deepEqual(
      out.findings.map((f) => [f.path, f.ruleId, f.severity]).sort(),
      [
        ['binary.yml', 'analysis-skipped', 'info'],
        ['large.yml', 'analysis-skipped', 'info'],
        ['minified.json', 'analysis-skipped', 'info'],
      ],
    );
    assert.ok(!r.stdout.includes(secret));
    const sarif = JSON.parse(cli(['scan', '.', '-f', 'sarif']).stdout) as { runs: { results: { ruleId: string; level: string }[] }[] };
    assert.deepEqual(sarif.runs[0]?.results.map((x) => [x.ruleId, x.level]), [['analysis-skipped', 'note'], ['analysis-skipped', 'note'], ['analysis-skipped', 'note']]);
    assert.equal(cli(['scan', '.', '--fail-on', 'info']).code, 1, 'a skipped file fails a run that fails on info');
  });
});

describe('YAML alias expansion is bounded', () => {
  const SRC = path.join(__dirname, '..', '..', 'server', 'src');
  function tsFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  }

  it('every toJS/toJSON call passes maxAliasCount at most MAX_ALIAS_COUNT; yaml.parse/parseDocument are not used', () => {
    assert.ok(MAX_ALIAS_COUNT <= 100);
    const problems: string[] = [];
    let calls = 0;
    for (const file of tsFiles(SRC)) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const where = (n: ts.Node) => `${path.relative(SRC, file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      const visit = (n: ts.Node): void => {
        if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier) && n.moduleSpecifier.text === 'yaml') {
          const clause = n.importClause;
          if (clause?.name) problems.push(`${where(n)}: default import of yaml`);
          const bindings = clause?.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) problems.push(`${where(n)}: namespace import of yaml`);
          if (bindings && ts.isNamedImports(bindings)) {
            for (const el of bindings.elements) {
              const name = (el.propertyName ?? el.name).text;
              if (['parse', 'parseDocument', 'Composer', 'Parser'].includes(name)) problems.push(`${where(n)}: imports ${name} from yaml (use parseYamlText)`);
              if (name === 'parseAllDocuments' && !file.endsWith(path.join('languages', 'yaml', 'parse.ts'))) problems.push(`${where(n)}: parseAllDocuments outside languages/yaml/parse.ts`);
            }
          }
        }
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ['toJS', 'toJSON'].includes(n.expression.name.text)) {
          calls++;
          const arg = n.arguments[0];
          const prop = arg && ts.isObjectLiteralExpression(arg) ? arg.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'maxAliasCount') : undefined;
          const init = prop && ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
          const ok = init && ((ts.isNumericLiteral(init) && Number(init.text) <= MAX_ALIAS_COUNT) || (ts.isIdentifier(init) && init.text === 'MAX_ALIAS_COUNT'));
          if (!ok) problems.push(`${where(n)}: ${n.getText(source).slice(0, 80)} without a bounded maxAliasCount`);
        }
        ts.forEachChild(n, visit);
      };
      visit(source);
    }
    assert.deepEqual(problems, []);
    assert.ok(calls >= 1, 'the check saw the config loader');
  });

  it('alias and merge-key bombs in every YAML kind finish with bounded findings and no rule error', () => {
    const laughs = ['l0: &l0 ["x", "x"]', ...Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`)].join('\n');
    const merges = ['m0: &m0 { a: 1 }', ...Array.from({ length: 11 }, (_, i) => `m${i + 1}: &m${i + 1}\n  <<: [${Array(8).fill(`*m${i}`).join(', ')}]\n  k${i}: 1`)].join('\n');
    const cases: [string, string][] = [
      ['a.yml', `${laughs}\n${merges}\nall: *l8\n`],
      ['.github/workflows/a.yml', `${laughs}\non: push\njobs:\n  b:\n    runs-on: x\n    env: *l8\n    steps: *l8\n`],
      ['azure-pipelines.yml', `${laughs}\ntrigger: none\nvariables: *l8\nsteps:\n  - script: echo\n    env: *l8\n`],
      ['job.yml', `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ntype: command\ncommand: x\n${laughs}\n${merges}\nenvironment_variables: *m11\ninputs: *l8\n<<: *m11\n`],
      ['bulwark.config.json', `{"a": &a [1, 2], "rules": *a}`],
    ];
    for (const [p, text] of cases) {
      const r = analyzeText(text, { path: p });
      assert.deepEqual(r.ruleErrors, [], p);
      assert.ok(r.findings.length < 100, `${p}: ${r.findings.length} findings`);
    }
  });
});
