/**
 * The Bicep and pipeline snippets (snippets/bicep.code-snippets.json,
 * snippets/pipelines.code-snippets.json) are secure-by-default starting points: every one,
 * expanded with its placeholders at their defaults — and once more with each alternative of
 * each choice — must parse and draw no Bulwark finding at any level with every registered
 * rule. The meta checks (files listed in package.json exist and are well-formed snippet files,
 * prefixes unique per language) cover every contributed snippet file; the expansion and
 * prefix-convention checks cover the two files above only (the Azure ML snippets have their
 * own test, test/snippets/azureml-snippets.test.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../helpers/analyzeText';

const ROOT = path.join(__dirname, '..', '..');
const PREFIX = 'secure-';
const BICEP_FILE = './snippets/bicep.code-snippets.json';
const PIPELINES_FILE = './snippets/pipelines.code-snippets.json';
const OWN_FILES: Readonly<Record<string, readonly string[]>> = {
  [BICEP_FILE]: ['bicep'],
  [PIPELINES_FILE]: ['yaml', 'github-actions-workflow', 'azure-pipelines'],
};

interface Snippet {
  readonly scope?: unknown;
  readonly prefix?: unknown;
  readonly body?: unknown;
  readonly description?: unknown;
}

interface Contribution {
  readonly language: string;
  readonly path: string;
}

// ---------------------------------------------------------------------------------------------
// expansion

/** Values of the VS Code snippet variables a snippet may use (plausible for a file being edited). */
const VARIABLES: Readonly<Record<string, string>> = {
  TM_FILENAME: 'main.bicep',
  TM_FILENAME_BASE: 'main',
  TM_DIRECTORY: 'project/infra',
  TM_FILEPATH: 'project/infra/main.bicep',
  RELATIVE_FILEPATH: 'infra/main.bicep',
  TM_LINE_INDEX: '0',
  TM_LINE_NUMBER: '1',
  TM_SELECTED_TEXT: '',
  TM_CURRENT_LINE: '',
  TM_CURRENT_WORD: '',
  CLIPBOARD: '',
  WORKSPACE_NAME: 'project',
  WORKSPACE_FOLDER: 'project',
  CURRENT_YEAR: '2026',
  CURRENT_YEAR_SHORT: '26',
  CURRENT_MONTH: '01',
  CURRENT_DATE: '15',
  CURRENT_HOUR: '09',
  CURRENT_MINUTE: '30',
  CURRENT_SECOND: '00',
  CURRENT_SECONDS_UNIX: '1768469400',
  RANDOM: '482913',
  RANDOM_HEX: '5f3a9c',
  UUID: '0d6c2a8e-4b1f-4c3e-9a7d-2f5e8b1c4a90',
  LINE_COMMENT: '//',
  BLOCK_COMMENT_START: '/*',
  BLOCK_COMMENT_END: '*/',
};

export interface ExpandOptions {
  /** Which option a choice `${n|a,b|}` takes (default: the first). */
  readonly choose?: (tabStop: number, options: readonly string[]) => string;
}

/**
 * Expand a VS Code snippet body: `${n:default}` → default (nested too), `${n|a,b|}` → a choice,
 * `$n` / `${n}` → '', `\$` `\}` `\\` → the character, `$NAME` / `${NAME}` / `${NAME:default}` →
 * the variable's value. Throws on unknown variables (an unescaped `$` in shell or Bicep text
 * would be one), transforms and unterminated placeholders.
 */
export function expandSnippet(body: string, opts: ExpandOptions = {}): string {
  const choose = opts.choose ?? ((_n: number, options: readonly string[]) => options[0] ?? '');
  const parse = (start: number, inPlaceholder: boolean): { text: string; end: number } => {
    let out = '';
    let i = start;
    while (i < body.length) {
      const c = body.charAt(i);
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body.charAt(i + 1))) {
        out += body.charAt(i + 1);
        i += 2;
        continue;
      }
      if (inPlaceholder && c === '}') return { text: out, end: i + 1 };
      if (c !== '$') {
        out += c;
        i++;
        continue;
      }
      const rest = body.slice(i, i + 200);
      let m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
      if (m) {
        i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+):/.exec(rest);
      if (m) {
        const inner = parse(i + m[0].length, true);
        out += inner.text;
        i = inner.end;
        continue;
      }
      m = /^\$\{(\d+)\|((?:\\.|[^|\\]){0,1000})\|\}/.exec(body.slice(i));
      if (m) {
        const options = (m[2] ?? '').split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
        out += choose(Number(m[1]), options);
        i += m[0].length;
        continue;
      }
      m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest) ?? /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?=[}:/])/.exec(rest);
      if (m) {
        const name = m[1] ?? '';
        const value = VARIABLES[name];
        if (value === undefined) throw new Error(`unknown snippet variable ${name} at ${JSON.stringify(rest.slice(0, 30))} (escape a literal $ as \\$)`);
        if (m[0].startsWith('${')) {
          const after = body.charAt(i + m[0].length);
          if (after === '/') throw new Error(`variable transforms are not supported (${name})`);
          if (after === ':') {
            const inner = parse(i + m[0].length + 1, true);
            out += value === '' ? inner.text : value;
            i = inner.end;
            continue;
          }
          i += m[0].length + 1; // the closing brace
        } else {
          i += m[0].length;
        }
        out += value;
        continue;
      }
      out += c;
      i++;
    }
    if (inPlaceholder) throw new Error('unterminated placeholder');
    return { text: out, end: i };
  };
  return parse(0, false).text;
}

/** The choices of a body: tab stop → options. */
function choicesOf(body: string): Map<number, string[]> {
  const found = new Map<number, string[]>();
  expandSnippet(body, {
    choose: (n, options) => {
      found.set(n, [...options]);
      return options[0] ?? '';
    },
  });
  return found;
}

/** The body at its defaults, then once per non-default alternative of each choice. */
function variants(body: string): { label: string; text: string }[] {
  const out = [{ label: 'defaults', text: expandSnippet(body) }];
  for (const [n, options] of choicesOf(body)) {
    for (const option of options.slice(1)) {
      const text = expandSnippet(body, { choose: (m, opts) => (m === n ? option : (opts[0] ?? '')) });
      out.push({ label: `choice \${${n}} = ${option}`, text });
    }
  }
  return out;
}

describe('expandSnippet', () => {
  it('expands placeholders, nested placeholders, choices, tab stops and escapes', () => {
    assert.equal(expandSnippet('a ${1:x${2:y}z} ${3|p,q|} $1 ${4} $0\\} \\$x \\\\'), 'a xyz p   } $x \\');
    assert.equal(expandSnippet('${1|p,q|}', { choose: (_n, o) => o[1] ?? '' }), 'q');
    assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
    assert.equal(expandSnippet("name: '\\${{ github.ref }}'"), "name: '${{ github.ref }}'");
  });

  it('replaces variables with plausible values and rejects unknown ones', () => {
    assert.equal(expandSnippet('${TM_FILENAME_BASE}-$CURRENT_YEAR'), 'main-2026');
    assert.equal(expandSnippet('${TM_SELECTED_TEXT:fallback}'), 'fallback');
    assert.throws(() => expandSnippet('echo "$RESOURCE_GROUP"'), /unknown snippet variable RESOURCE_GROUP/);
    assert.throws(() => expandSnippet("'${hubName}'"), /unknown snippet variable hubName/);
    assert.throws(() => expandSnippet('${TM_FILENAME/(.*)/$1/}'), /transforms/);
    assert.throws(() => expandSnippet('${1:open'), /unterminated/);
  });

  it('lists the variants of a body with choices', () => {
    assert.deepEqual(
      variants('${1|a,b|} ${2|c,d,e|}').map((v) => v.text),
      ['a c', 'b c', 'a d', 'a e'],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// meta: every contributed snippet file

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes?: { snippets?: unknown } };
const contributions: Contribution[] = Array.isArray(pkg.contributes?.snippets) ? (pkg.contributes.snippets as Contribution[]) : [];

function readSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, Snippet>;
}

function prefixesOf(s: Snippet): string[] {
  return typeof s.prefix === 'string' ? [s.prefix] : Array.isArray(s.prefix) ? (s.prefix as unknown[]).filter((p): p is string => typeof p === 'string') : [];
}

function bodyOf(s: Snippet): string {
  return Array.isArray(s.body) ? (s.body as string[]).join('\n') : String(s.body);
}

describe('package.json contributes.snippets', () => {
  it('lists snippet files as { language, path } entries', () => {
    assert.ok(contributions.length > 0);
    for (const c of contributions) {
      assert.equal(typeof c.language, 'string', JSON.stringify(c));
      assert.ok(c.language.length > 0);
      assert.match(c.path, /^\.\/snippets\/[a-z0-9-]+\.code-snippets\.json$/, JSON.stringify(c));
    }
    const keys = contributions.map((c) => `${c.language} ${c.path}`);
    assert.equal(new Set(keys).size, keys.length, 'duplicate contribution');
  });

  it('contributes the Bicep snippets for bicep and the pipeline snippets for each YAML flavour', () => {
    for (const [file, languages] of Object.entries(OWN_FILES)) {
      for (const language of languages) {
        assert.ok(
          contributions.some((c) => c.path === file && c.language === language),
          `${file} is not contributed for ${language}`,
        );
      }
    }
  });

  for (const file of [...new Set(contributions.map((c) => c.path))]) {
    it(`${file} exists and is a well-formed snippet file`, () => {
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} does not exist`);
      const snippets = readSnippets(file);
      assert.ok(snippets && typeof snippets === 'object' && !Array.isArray(snippets));
      const entries = Object.entries(snippets);
      assert.ok(entries.length > 0, 'no snippets');
      for (const [name, s] of entries) {
        assert.ok(prefixesOf(s).length > 0 && prefixesOf(s).every((p) => p.length > 0), `${name}: prefix`);
        assert.ok(
          typeof s.body === 'string' || (Array.isArray(s.body) && s.body.length > 0 && (s.body as unknown[]).every((l) => typeof l === 'string')),
          `${name}: body`,
        );
        assert.ok(typeof s.description === 'string' && s.description.trim().length > 0, `${name}: description`);
        assert.ok(s.scope === undefined || typeof s.scope === 'string', `${name}: scope`);
        expandSnippet(bodyOf(s)); // throws on malformed snippet syntax
      }
    });
  }

  it('has unique prefixes per language across all files contributed for it', () => {
    for (const language of new Set(contributions.map((c) => c.language))) {
      const seen = new Map<string, string>();
      for (const c of contributions.filter((x) => x.language === language)) {
        if (!fs.existsSync(path.join(ROOT, c.path))) continue; // reported above
        for (const [name, s] of Object.entries(readSnippets(c.path))) {
          for (const p of prefixesOf(s)) {
            assert.ok(!seen.has(p), `prefix ${p} of "${name}" (${c.path}) is already used by "${seen.get(p)}" for ${language}`);
            seen.set(p, `${name}" (${c.path}`);
          }
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// the Bicep and pipeline snippets: secure by default

type Target = { path: string; kind: string };

function targetOf(file: string, s: Snippet): Target {
  if (file === BICEP_FILE) return { path: 'snippet.bicep', kind: 'bicep' };
  const scope = typeof s.scope === 'string' ? s.scope.split(',').map((x) => x.trim()) : [];
  if (scope.includes('github-actions-workflow')) return { path: '.github/workflows/snippet.yml', kind: 'github-workflow' };
  if (scope.includes('azure-pipelines')) return { path: 'azure-pipelines.yml', kind: 'azure-pipelines' };
  throw new Error(`cannot tell the platform of a pipeline snippet with scope ${JSON.stringify(s.scope)}`);
}

describe('the analysis the snippet checks rely on reports syntax errors', () => {
  it('reports a Bicep syntax error with the default configuration', () => {
    const result = analyzeText("param name string\nresource x 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: name(\n", { path: 'snippet.bicep' });
    assert.ok(result.findings.some((f) => f.ruleId === 'syntax-error'));
  });

  it('reports a YAML syntax error in a workflow and a pipeline', () => {
    for (const p of ['.github/workflows/snippet.yml', 'azure-pipelines.yml']) {
      const result = analyzeText('jobs:\n  a: [1, 2\n  b: {\n', { path: p });
      assert.ok(result.findings.some((f) => f.ruleId === 'syntax-error'), p);
    }
  });
});

for (const file of Object.keys(OWN_FILES)) {
  describe(file, () => {
    const snippets = readSnippets(file);
    const entries = Object.entries(snippets);

    it(`uses the ${PREFIX} prefix for every snippet`, () => {
      for (const [name, s] of entries) {
        for (const p of prefixesOf(s)) assert.match(p, /^secure-[a-z0-9]+(?:-[a-z0-9]+)*$/, `${name}: ${p}`);
      }
    });

    for (const [name, s] of entries) {
      const target = targetOf(file, s);
      const body = bodyOf(s);
      for (const v of variants(body)) {
        it(`${name} (${v.label}) expands to ${target.kind} text with no finding`, () => {
          const result = analyzeText(v.text, { path: target.path });
          assert.deepEqual(result.ruleErrors, []);
          assert.equal(result.skipped, undefined);
          assert.equal(result.kind, target.kind, `classified as ${result.kind}`);
          assert.deepEqual(
            result.findings.map((f) => `${f.ruleId} [${f.severity}] line ${v.text.slice(0, f.span.start).split('\n').length}: ${f.message}`),
            [],
            `findings in:\n${v.text}`,
          );
        });
      }
    }
  });
}

describe('snippet coverage', () => {
  const bicep = readSnippets(BICEP_FILE);
  const pipelines = readSnippets(PIPELINES_FILE);
  const find = (snippets: Record<string, Snippet>, prefix: string): Snippet => {
    const s = Object.values(snippets).find((x) => prefixesOf(x).includes(prefix));
    assert.ok(s, `missing snippet ${prefix}`);
    return s;
  };

  it('has the Bicep starting points the rules point to', () => {
    for (const p of [
      'secure-ai-hub',
      'secure-ai-foundry',
      'secure-openai',
      'secure-ai-search',
      'secure-storage',
      'secure-key-vault',
      'secure-acr',
      'secure-role-assignment',
      'secure-diagnostic-settings',
      'secure-private-endpoint',
    ]) {
      find(bicep, p);
    }
  });

  it('the hub snippet has a managed network, a user-assigned identity, a customer-managed key and a private endpoint', () => {
    const text = expandSnippet(bodyOf(find(bicep, 'secure-ai-hub')));
    for (const needle of [
      "kind: 'Hub'",
      "kind: 'Project'",
      "isolationMode: 'AllowOnlyApprovedOutbound'",
      "type: 'UserAssigned'",
      'primaryUserAssignedIdentity: identity.id',
      'keyVaultProperties:',
      "'Microsoft.Network/privateEndpoints@",
      "'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@",
      "'Microsoft.Insights/diagnosticSettings@",
    ]) {
      assert.ok(text.includes(needle), `secure-ai-hub lacks ${needle}`);
    }
  });

  it('the Azure OpenAI snippet disables keys and public access and has a content filter', () => {
    const text = expandSnippet(bodyOf(find(bicep, 'secure-openai')));
    for (const needle of ['disableLocalAuth: true', "publicNetworkAccess: 'Disabled'", "'Microsoft.CognitiveServices/accounts/raiPolicies@", 'raiPolicyName: contentFilter.name', "'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@"]) {
      assert.ok(text.includes(needle), `secure-openai lacks ${needle}`);
    }
    assert.ok(!/blocking: false|enabled: false/.test(text), 'a content filter is off');
  });

  it('the GitHub workflow pins every action with a SHA placeholder and signs in with OIDC', () => {
    const s = find(pipelines, 'secure-gha-azure-deploy');
    const body = bodyOf(s);
    const uses = [...body.matchAll(/uses: ([^\s@]+)@(\S+)/g)];
    assert.ok(uses.length >= 2);
    for (const [, action, ref] of uses) {
      assert.match(ref ?? '', /^\$\{\d+:[0-9a-f]{40}\}$/, `${action} is not pinned through a 40-hex SHA placeholder`);
    }
    assert.match(String(s.description), /replace each with the full commit SHA/);
    const text = expandSnippet(body);
    for (const needle of ['id-token: write', 'client-id:', 'tenant-id:', 'subscription-id:', 'environment: ', 'persist-credentials: false']) {
      assert.ok(text.includes(needle), `secure-gha-azure-deploy lacks ${needle}`);
    }
    assert.ok(!/creds:|client-secret|AZURE_CREDENTIALS/.test(text));
  });

  it('the Azure DevOps pipeline uses a deployment job, an environment and a Key Vault-linked variable group', () => {
    const text = expandSnippet(bodyOf(find(pipelines, 'secure-ado-azure-deploy')));
    for (const needle of ['- deployment: ', 'environment: ', '- group: ', 'task: AzureCLI@2', 'azureSubscription: ']) {
      assert.ok(text.includes(needle), `secure-ado-azure-deploy lacks ${needle}`);
    }
    assert.ok(!/servicePrincipalKey|addSpnToEnvironment/.test(text));
  });
});
