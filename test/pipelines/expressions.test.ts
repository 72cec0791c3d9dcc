import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adoExpressionNames, contextRefs, findAdoReferences, findExpressions } from '../../server/src/languages/pipelines/expressions';
import { classifyContext } from '../../server/src/languages/pipelines/githubContexts';
import { envNameFromPath } from '../../server/src/languages/pipelines/scriptEnv';
import { imagePinning, parseImageRef } from '../../server/src/languages/pipelines/images';

describe('GitHub expressions', () => {
  it('finds sites with source spans and unescapes per quoting', () => {
    const text = `x: 'a \${{ github.event_name == ''push'' }} b \${{ github.head_ref }}'`;
    const sites = findExpressions(text, 3, text.length, 'single');
    assert.equal(sites.length, 2);
    assert.equal(text.slice(sites[0]?.span.start, sites[0]?.span.end), "${{ github.event_name == ''push'' }}");
    assert.equal(sites[0]?.inner.trim(), "github.event_name == 'push'");
    assert.deepEqual(sites[1]?.refs.map((r) => r.path), ['github.head_ref']);
    assert.deepEqual(findExpressions('${{ unclosed', 0, 12), []);
  });

  it('normalises paths and marks boolean-only uses as sanitised', () => {
    const refs = (s: string) => contextRefs(s).map((r) => `${r.path}${r.sanitized ? ' (bool)' : ''}`);
    assert.deepEqual(refs("github.event.commits[0].message"), ['github.event.commits.*.message']);
    assert.deepEqual(refs("github['head_ref']"), ['github.head_ref']);
    assert.deepEqual(refs("github.event.pages.*.page_name"), ['github.event.pages.*.page_name']);
    assert.deepEqual(refs("contains(github.event.issue.title, 'x')"), ['github.event.issue.title (bool)']);
    assert.deepEqual(refs("!github.head_ref"), ['github.head_ref (bool)']);
    assert.deepEqual(refs("github.head_ref != ''"), ['github.head_ref (bool)']);
    assert.deepEqual(refs("github.head_ref && 'a' || github.event.issue.title"), ['github.head_ref (bool)', 'github.event.issue.title']);
    assert.deepEqual(refs("format('{0}', github.event.issue.body)"), ['github.event.issue.body']);
    assert.deepEqual(refs("toJSON(github.event)"), ['github.event']);
    assert.deepEqual(refs("startsWith(format('{0}', github.head_ref), 'x')"), ['github.head_ref (bool)']);
    assert.deepEqual(refs("true && 'github.head_ref'"), []);
  });

  it('classifies contexts', () => {
    assert.equal(classifyContext('github.event.issue.title'), 'attacker');
    assert.equal(classifyContext('github.event.commits.*.author.email'), 'attacker');
    assert.equal(classifyContext('github.event.pull_request.head'), 'attacker');
    assert.equal(classifyContext('github'), 'attacker');
    assert.equal(classifyContext('github.event.pull_request.head.sha'), undefined);
    assert.equal(classifyContext('github.event.pull_request.base.ref'), undefined);
    assert.equal(classifyContext('github.sha'), undefined);
    assert.equal(classifyContext('inputs.name'), 'input');
    assert.equal(classifyContext('github.event.inputs.name'), 'input');
    assert.equal(classifyContext('github.event.client_payload.a.b'), 'input');
    assert.equal(classifyContext('matrix.os'), undefined);
  });
});

describe('Azure DevOps references', () => {
  it('finds macros, runtime and template expressions', () => {
    const text = "echo $(Build.SourceBranchName) $[ variables['x.y'] ] ${{ parameters.p }} $(not valid) $HOME";
    const refs = findAdoReferences(text, 0, text.length);
    assert.deepEqual(refs.map((r) => [r.syntax, r.name, r.variables, r.parameters]), [
      ['macro', 'Build.SourceBranchName', ['Build.SourceBranchName'], []],
      ['runtime', "variables['x.y']", ['x.y'], []],
      ['template', 'parameters.p', [], ['p']],
    ]);
    assert.equal(text.slice(refs[0]?.span.start, refs[0]?.span.end), '$(Build.SourceBranchName)');
    assert.deepEqual(adoExpressionNames("eq(variables.a, parameters['b c'])"), { variables: ['a'], parameters: ['b c'] });
  });
});

describe('helpers', () => {
  it('env names', () => {
    assert.equal(envNameFromPath('github.event.issue.title'), 'ISSUE_TITLE');
    assert.equal(envNameFromPath('github.head_ref'), 'HEAD_REF');
    assert.equal(envNameFromPath('github.event.commits.*.message'), 'COMMITS_MESSAGE');
    assert.equal(envNameFromPath('github'), 'GH_CONTEXT');
    assert.equal(envNameFromPath('github.event'), 'EVENT_JSON');
    assert.equal(envNameFromPath('inputs.my-name'), 'INPUTS_MY_NAME');
  });
  it('image references', () => {
    assert.deepEqual(parseImageRef('localhost:5000/a/b:1.2@sha256:x'), { name: 'localhost:5000/a/b', tag: '1.2', digest: 'sha256:x' });
    assert.equal(imagePinning('localhost:5000/a'), 'latest');
    assert.equal(imagePinning('a:LATEST'), 'latest');
    assert.equal(imagePinning('a:1'), 'tag');
    assert.equal(imagePinning('a@sha256:' + 'f'.repeat(64)), 'none');
    assert.equal(imagePinning('a@sha256:short'), 'latest');
  });
});

describe('hostile input', () => {
  it('scans 100 KB lines without failing', () => {
    const big = '${{ ' + 'github.'.repeat(15_000) + ' ' + '(('.repeat(5000) + ' }}';
    assert.equal(findExpressions(big, 0, big.length).length, 1);
    const brackets = 'x' + '['.repeat(100_000);
    assert.deepEqual(contextRefs(brackets).map((r) => r.path), ['x.*']);
    const quotes = "'" + "''".repeat(50_000);
    assert.deepEqual(contextRefs(quotes), []);
    const dollars = '$('.repeat(50_000) + '${{'.repeat(10_000) + '$['.repeat(10_000);
    assert.ok(Array.isArray(findAdoReferences(dollars, 0, dollars.length)));
    assert.deepEqual(adoExpressionNames('variables.'.repeat(10_000)).parameters, []);
  });
});
