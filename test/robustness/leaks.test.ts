/**
 * The tool never prints a secret it found. Fake secrets of every supported format are planted in
 * every file kind — as values, keys' values, inside scripts, and in broken syntax (so that parser
 * errors are exercised) — then every output is searched: findings (message, related, fix titles),
 * CLI text / JSON / SARIF and stderr, and in the language server diagnostics (message,
 * relatedInformation), code action titles and command arguments, hover, completion, and
 * window/logMessage. A secret counts as leaked when any 16-character window of its random part
 * appears (so a long prefix leaks too; masks show at most 4 characters).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { run } from '../../server/src/cli/main';
import { scanPaths } from '../../server/src/workspace/scan';
import { defaultRegistry } from '../../server/src/rules';
import { LspHarness } from '../lsp/harness';
import { Fakes } from '../secrets/fakes';

interface Plant {
  readonly name: string;
  /** What is written in the file. */
  readonly value: string;
  /** The random part that must never be printed. */
  readonly secret: string;
}

function plants(seed: number): Plant[] {
  const f = new Fakes(seed);
  const p = (name: string, value: string, secret = value): Plant => ({ name, value, secret });
  const storageKey = f.storageKey();
  const sasSig = f.sasSignature();
  const sbKey = f.sharedAccessKey();
  const jwt = f.jwt();
  const pem = f.pem('RSA PRIVATE KEY', '\n', 320);
  const urlPassword = f.password(20);
  return [
    p('storage connection string', `DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${storageKey};EndpointSuffix=core.windows.net`, storageKey),
    p('storage key', f.storageKey()),
    p('github classic token', f.githubToken()),
    p('github fine-grained token', f.githubFineGrained()),
    p('openai key', f.openai()),
    p('anthropic key', f.anthropic()),
    p('hugging face token', f.huggingface()),
    p('databricks token', f.databricks()),
    p('entra client secret', f.entraSecret()),
    p('search key', f.searchKey()),
    p('container registry key', f.acrKey()),
    p('cask key', f.cask('AZEF')),
    p('jwt', jwt, jwt.split('.')[2] as string),
    p('sas url', `https://contosodata.blob.core.windows.net/c/x?sv=2022-11-02&ss=b&srt=o&sp=r&sig=${sasSig}`, decodeURIComponent(sasSig)),
    p('service bus connection string', `Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sbKey}`, sbKey),
    p('password in url', `https://deploy:${urlPassword}@git.contoso.com/repo.git`, urlPassword),
    p('pem private key', pem, pem.split('\n').slice(1, -1).join('')),
    p('plain password', `Zq${f.password(18)}`),
  ];
}

/** Every file kind, with the plants in natural places and in broken syntax. */
function workspaceFiles(ps: readonly Plant[]): Record<string, string> {
  const one = (i: number) => (ps[i % ps.length] as Plant).value.replace(/\n/g, '\\n');
  const yamlBlock = (pem: string, indent: string) => pem.split('\n').map((l) => indent + l).join('\n');
  const pemPlant = ps.find((x) => x.name === 'pem private key') as Plant;
  const files: Record<string, string> = {};
  files['infra/main.bicep'] = [
    ...ps.map((x, i) => `param p${i} string = '${x.value.replace(/\n/g, '\\n')}'`),
    ...ps.map((x, i) => `var v${i} = '${x.value.replace(/\n/g, '\\n')}'`),
    "resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
    "  name: 'contosodata'",
    ...ps.map((_, i) => `  tag${i}: { password: v${i}, connectionString: '${one(i)}', secret: p${i} }`),
    '}',
    "module m 'mod.bicep' = {",
    "  name: 'm'",
    `  params: { adminPassword: '${one(2)}', key: v3 }`,
    '}',
    ...ps.map((_, i) => `output o${i} string = v${i}`),
    `var broken1 = ${one(1)}`,
    `var broken2 = '${one(4)}`,
  ].join('\n');
  files['infra/mod.bicep'] = `param adminPassword string\nparam key string\noutput k string = key\n`;
  files['infra/main.bicepparam'] = `using 'main.bicep'\n${ps.map((x, i) => `param p${i} = '${x.value.replace(/\n/g, '\\n')}'`).join('\n')}\nparam broken = ${one(5)}\n`;
  const envLines = (indent: string) => ps.filter((x) => x !== pemPlant).map((x, i) => `${indent}SECRET_${i}: "${x.value}"`).join('\n');
  files['ml/job.yml'] = `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ntype: command\ncommand: python train.py --key ${one(6)}\ncompute: azureml:cpu\nenvironment: azureml:env@latest\nenvironment_variables:\n${envLines('  ')}\n  PEM: |\n${yamlBlock(pemPlant.value, '    ')}\n`;
  files['ml/connection.yml'] = `$schema: https://azuremlschemas.azureedge.net/latest/azureOpenAIConnection.schema.json\nname: aoai\ntype: azure_open_ai\nazure_endpoint: https://contoso.openai.azure.com/\napi_key: ${one(4)}\n`;
  files['ml/datastore.yml'] = `$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\nname: blob\ntype: azure_blob\naccount_name: contosodata\ncontainer_name: c\ncredentials:\n  account_key: ${one(1)}\n  sas_token: "${one(13)}"\n`;
  files['ml/compute.yml'] = `$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\nname: c\ntype: amlcompute\nadmin_username: azureuser\nadmin_password: "${one(17)}"\n`;
  files['.github/workflows/deploy.yml'] = `name: deploy\non: push\npermissions: {}\nenv:\n${envLines('  ')}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    container:\n      image: ghcr.io/contoso/x@sha256:${'a'.repeat(64)}\n      credentials:\n        username: bot\n        password: ${one(17)}\n    steps:\n      - uses: azure/login@a457da9ea143d694b1b9c7c869ebb04ebe844ef5\n        with:\n          creds: '{"clientId":"x","clientSecret":"${one(8)}"}'\n      - run: |\n          curl -H "Authorization: Bearer ${one(2)}" https://api.github.com\n          docker login -u bot -p ${one(10)} contoso.azurecr.io\n          echo "${one(15)}"\n      - run: echo "${one(3)}\n`;
  files['action.yml'] = `name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo ${one(5)}\n      shell: bash\n      env:\n        TOKEN: ${one(2)}\n`;
  files['azure-pipelines.yml'] = `trigger: none\npool: { vmImage: ubuntu-latest }\nvariables:\n${ps.filter((x) => x !== pemPlant).map((x, i) => `  secret${i}: '${x.value}'`).join('\n')}\nsteps:\n  - script: az login --service-principal -u app -p ${one(8)} --tenant t\n  - bash: echo "${one(7)}"\n    env:\n      KEY: ${one(6)}\n  - script: [ "${one(0)}"\n`;
  files['config/settings.yaml'] = `${envLines('')}\nnested:\n  deeper:\n    - password: "${one(17)}"\n      key: |\n${yamlBlock(pemPlant.value, '        ')}\nbroken: "${one(9)}\n`;
  files['config/appsettings.json'] = `{\n${ps.map((x, i) => `  "Secret${i}": "${x.value.replace(/\n/g, '\\n')}"`).join(',\n')},\n  "ConnectionStrings": { "Default": "${one(0)}" },\n  "broken": ${one(11)}\n}\n`;
  return files;
}

function leaks(haystack: string, ps: readonly Plant[]): string[] {
  const found: string[] = [];
  for (const p of ps) {
    const s = p.secret;
    const windows = s.length <= 16 ? [s] : Array.from({ length: Math.floor((s.length - 16) / 4) + 1 }, (_, i) => s.slice(i * 4, i * 4 + 16));
    const hit = windows.find((w) => haystack.includes(w));
    if (hit !== undefined) {
      const at = haystack.indexOf(hit);
      found.push(`${p.name}: …${haystack.slice(Math.max(0, at - 60), at + 40).replace(/\n/g, '⏎')}…`);
    }
  }
  return found;
}

describe('no output holds a planted secret', () => {
  const ps = plants(2024);
  const files = workspaceFiles(ps);
  let root: string;
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-leak-')));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the planted files are found: every kind reports secrets', () => {
    const outcome = scanPaths([root], { registry: defaultRegistry(), workspaceRoot: root });
    const byFile = new Map(outcome.files.map((f) => [path.relative(root, f.path), f.result]));
    for (const rel of Object.keys(files)) {
      if (rel === 'infra/mod.bicep') continue;
      const r = byFile.get(rel);
      assert.ok(r, rel);
      assert.ok(r.findings.some((x) => x.category === 'secrets'), `${rel}: ${[...new Set(r.findings.map((x) => x.ruleId))].join(', ')}`);
      assert.deepEqual(r.ruleErrors, [], rel);
    }
  });

  it('findings: messages, related locations and fix titles', () => {
    const outcome = scanPaths([root], { registry: defaultRegistry(), workspaceRoot: root });
    const text = JSON.stringify(outcome.files.map((f) => f.result.findings.map((x) => [x.message, x.related.map((r) => r.message), x.fixes.map((fx) => fx.title)])));
    assert.deepEqual(leaks(text, ps), []);
    assert.deepEqual(leaks(JSON.stringify(outcome.problems), ps), []);
  });

  it('CLI: text, JSON and SARIF reports and standard error', () => {
    for (const format of ['text', 'json', 'sarif']) {
      let out = '';
      let err = '';
      const code = run(['scan', '.', '-f', format, '--no-color'], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, cwd: root });
      assert.equal(code, 1, err);
      assert.ok(out.length > 1000, format);
      assert.deepEqual(leaks(out, ps), [], `${format} report`);
      assert.deepEqual(leaks(err, ps), [], `${format} stderr`);
    }
  });

  it('content of files read through loadTextContent/loadJsonContent (even outside the workspace) is never printed', () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-outside-')));
    const canary = `CANARY${new Fakes(7).chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 24)}`;
    fs.writeFileSync(path.join(outside, 'canary.txt'), canary);
    fs.writeFileSync(path.join(outside, 'canary.json'), JSON.stringify({ value: canary, publicNetworkAccess: canary, minimalTlsVersion: canary }));
    const rel = path.relative(path.join(root, 'exfil'), outside).split(path.sep).join('/');
    const props = ['publicNetworkAccess', 'minimalTlsVersion', 'minimumTlsVersion', 'networkAcls', 'disableLocalAuth', 'authMode', 'allowBlobPublicAccess', 'password', 'value', 'name', 'kind'];
    const types = ['Microsoft.DocumentDB/databaseAccounts@2024-05-15', 'Microsoft.Sql/servers@2023-08-01-preview', 'Microsoft.Storage/storageAccounts@2023-05-01', 'Microsoft.CognitiveServices/accounts@2024-10-01', 'Microsoft.MachineLearningServices/workspaces@2024-10-01', 'Microsoft.KeyVault/vaults/secrets@2023-07-01'];
    const bicep = [
      `var abs = loadTextContent('${outside}/canary.txt')`,
      `var relText = loadTextContent('${rel}/canary.txt')`,
      `var json = loadJsonContent('${rel}/canary.json')`,
      ...types.map((t, i) => `resource r${i} '${t}' = {\n  name: abs\n  kind: relText\n  location: json.value\n  properties: {\n${props.map((p, k) => `    ${p}: ${['abs', 'relText', 'json.value', `json.${p}`][k % 4]}`).join('\n')}\n  }\n}`),
      'output o string = abs',
      'output p object = json',
    ].join('\n');
    fs.mkdirSync(path.join(root, 'exfil'), { recursive: true });
    fs.writeFileSync(path.join(root, 'exfil', 'main.bicep'), bicep);
    try {
      for (const format of ['text', 'json', 'sarif']) {
        let out = '';
        let err = '';
        run(['scan', 'exfil', '-f', format, '--no-color'], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, cwd: root });
        assert.ok(out.includes('main.bicep'), format);
        assert.ok(!out.includes(canary) && !out.includes(canary.slice(6, 18)), `${format}: ${out.slice(Math.max(0, out.indexOf(canary.slice(6, 18)) - 200), out.indexOf(canary.slice(6, 18)) + 50)}`);
        assert.ok(!err.includes(canary.slice(6, 18)), err);
      }
    } finally {
      fs.rmSync(path.join(root, 'exfil'), { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('language server: diagnostics, code actions, hover, completion and log messages', async () => {
    const h = new LspHarness({ rootPath: root });
    const logs: string[] = [];
    h.client.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
    h.client.onNotification('window/showMessage', (p: { message: string }) => void logs.push(p.message));
    try {
      await h.initialize();
      const outputs: unknown[] = [];
      for (const [rel, text] of Object.entries(files)) {
        const uri = `file://${path.join(root, rel)}`;
        const languageId = rel.endsWith('.bicep') ? 'bicep' : rel.endsWith('.bicepparam') ? 'bicep-params' : rel.endsWith('.json') ? 'json' : 'yaml';
        await h.open(uri, text, languageId);
        const diags: Diagnostic[] = await h.diagnostics(uri);
        outputs.push(diags.map((d) => [d.message, d.relatedInformation?.map((r) => r.message)]));
        for (const d of diags) {
          const actions = await h.codeActions(uri, d.range, [d]);
          outputs.push(actions.map((a) => [a.title, a.command?.title, a.command?.arguments?.filter((x) => typeof x === 'string' && !x.startsWith('file:'))]));
          outputs.push(await h.hover(uri, d.range.start.line, d.range.start.character));
        }
        const fixAll = await h.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.bulwark']);
        outputs.push(fixAll.map((a) => a.title));
        const lines = text.split('\n');
        for (let line = 0; line < lines.length; line += 3) {
          outputs.push(await h.hover(uri, line, Math.min(10, (lines[line] ?? '').length)));
          const completion = await h.completion(uri, line, (lines[line] ?? '').length);
          const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
          outputs.push(items.map((c) => [c.label, c.detail]));
        }
        await h.close(uri);
      }
      assert.ok(JSON.stringify(outputs).length > 5000);
      assert.deepEqual(leaks(JSON.stringify(outputs), ps), []);
      assert.deepEqual(leaks(logs.join('\n'), ps), []);
    } finally {
      await h.dispose();
    }
  });
});
