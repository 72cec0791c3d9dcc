/**
 * Every Azure ML snippet, expanded with its placeholders at their defaults (choices → the
 * first one, tab stops and $0 → nothing), must be an Azure ML file that parses, matches its
 * schema and draws no Bulwark finding at all: the snippets are the secure-by-default starting
 * points the rules' remediation points to.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../helpers/analyzeText';

const ROOT = path.join(__dirname, '..', '..');
const FILE = path.join(ROOT, 'snippets', 'azureml.code-snippets.json');

interface Snippet {
  readonly scope?: string;
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description?: string;
}

/** Expand a VS Code snippet body with every placeholder at its default. Throws on variables ($NAME), which the snippets must not use. */
export function expandSnippet(body: string): string {
  const parse = (i: number, inPlaceholder: boolean): { text: string; i: number } => {
    let out = '';
    while (i < body.length) {
      const c = body.charAt(i);
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body.charAt(i + 1))) {
        out += body.charAt(i + 1);
        i += 2;
        continue;
      }
      if (inPlaceholder && c === '}') return { text: out, i: i + 1 };
      if (c === '$') {
        const rest = body.slice(i);
        let m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
        if (m) {
          i += m[0].length;
          continue;
        }
        m = /^\$\{(\d+):/.exec(rest);
        if (m) {
          const r = parse(i + m[0].length, true);
          out += r.text;
          i = r.i;
          continue;
        }
        m = /^\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}/.exec(rest);
        if (m) {
          out += (m[2] ?? '').split(/(?<!\\),/)[0]?.replace(/\\(.)/g, '$1') ?? '';
          i += m[0].length;
          continue;
        }
        if (/^\$\{?[A-Za-z_]/.test(rest)) throw new Error(`unescaped snippet variable at ${JSON.stringify(rest.slice(0, 20))}`);
      }
      out += c;
      i++;
    }
    if (inPlaceholder) throw new Error('unterminated placeholder');
    return { text: out, i };
  };
  return parse(0, false).text;
}

describe('expandSnippet', () => {
  it('expands placeholders, choices, tab stops and escapes', () => {
    assert.equal(expandSnippet('\\$schema: ${1:a${2:b}c} ${3|x,y|} $1 ${4} $0\\}'), '$schema: abc x   }');
    assert.equal(expandSnippet('cmd: \\${{inputs.x}}'), 'cmd: ${{inputs.x}}');
    assert.throws(() => expandSnippet('$schema: x'), /unescaped snippet variable/);
    assert.throws(() => expandSnippet('${1:open'), /unterminated/);
  });
});

describe('snippets/azureml.code-snippets.json', () => {
  const snippets = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
  const entries = Object.entries(snippets);

  it('is contributed for YAML in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(
      (pkg.contributes.snippets as { language: string; path: string }[]).some((s) => s.language === 'yaml' && s.path === './snippets/azureml.code-snippets.json'),
    );
  });

  it('covers the secure starting points the rules recommend', () => {
    const prefixes = entries.map(([, s]) => s.prefix).flat();
    for (const p of ['aml-command-job', 'aml-pipeline-job', 'aml-online-endpoint', 'aml-online-deployment', 'aml-compute-cluster', 'aml-blob-datastore', 'aml-workspace']) {
      assert.ok(prefixes.includes(p), `missing snippet ${p}`);
    }
    assert.equal(new Set(prefixes).size, prefixes.length, 'duplicate prefixes');
  });

  for (const [name, snippet] of entries) {
    it(`${name}: expands to an Azure ML file with no finding`, () => {
      assert.equal(snippet.scope, 'yaml');
      assert.ok(snippet.description && snippet.description.length > 0);
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      const text = expandSnippet(body);
      const result = analyzeText(text, { path: 'snippet.yml' });
      assert.deepEqual(result.ruleErrors, []);
      assert.equal(result.kind, 'azureml', `classified as ${result.kind}:\n${text}`);
      assert.ok(result.azuremlKind, 'an Azure ML kind');
      assert.deepEqual(
        result.findings.map((f) => `${f.ruleId}: ${f.message}`),
        [],
        `findings in:\n${text}`,
      );
    });
  }
});
