import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisDocument } from '../../server/src/engine/document';
import type { HookName } from '../../server/src/engine/hooks';
import { getGhWorkflow, matchesActionPattern, parseUses, yamlString } from '../../server/src/languages/pipelines/github';
import type { GhWorkflow } from '../../server/src/languages/pipelines/github';
import { walkPipeline } from '../../server/src/languages/pipelines/walk';
import { parseYamlText } from '../../server/src/languages/yaml/parse';

const FIXTURE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'pipelines', 'workflow-full.yml'), 'utf8');

function model(text: string, kind: 'github-workflow' | 'github-action' = 'github-workflow'): GhWorkflow {
  const wf = getGhWorkflow(new AnalysisDocument(kind === 'github-action' ? '/w/action.yml' : '/w/.github/workflows/x.yml', text, kind));
  assert.ok(wf);
  return wf;
}

describe('GitHub workflow model', () => {
  const wf = model(FIXTURE);
  const slice = (s: { start: number; end: number }) => FIXTURE.slice(s.start, s.end);

  it('reads triggers, inputs, permissions, env and defaults', () => {
    assert.deepEqual(wf.triggers.map((t) => t.name), ['pull_request_target', 'workflow_dispatch']);
    assert.equal(wf.dangerousTrigger?.name, 'pull_request_target');
    assert.ok(wf.hasTrigger('workflow_dispatch') && !wf.hasTrigger('push'));
    assert.deepEqual(wf.inputs, [
      { name: 'target', type: 'choice', source: 'workflow_dispatch' },
      { name: 'note', type: undefined, source: 'workflow_dispatch' },
    ]);
    assert.equal(wf.permissions?.kind, 'map');
    assert.equal(wf.permissions?.scope('id-token'), 'write');
    assert.equal(wf.permissions?.scope('packages'), undefined);
    assert.deepEqual(wf.env.map((e) => [e.name, e.value?.value]), [['GLOBAL', '1']]);
    assert.equal(wf.defaultShell, 'bash');
    assert.equal(slice(wf.anchor), 'on');
  });

  it('reads jobs: permissions, environment, container, services, reusable calls', () => {
    assert.deepEqual(wf.jobs.map((j) => j.id), ['build', 'call']);
    const [build, call] = wf.jobs;
    assert.ok(build && call);
    assert.equal(slice(build.idSpan), 'build');
    assert.equal(build.name, 'Build');
    assert.equal(build.permissions?.kind, 'write-all');
    assert.ok(build.environment);
    assert.equal(build.container?.image?.value, 'node:20');
    assert.equal(build.container?.password?.isExpression, true);
    assert.deepEqual(build.services.map((s) => [s.name, s.image?.value]), [['redis', 'redis:7']]);
    assert.deepEqual(build.env.map((e) => e.name), ['JOBVAR']);
    assert.equal(call.uses?.kind, 'reusable-workflow');
    assert.equal(call.uses?.ref, 'main');
    assert.equal(call.secrets?.value?.value, 'inherit');
    assert.equal(call.steps.length, 0);
  });

  it('reads steps: uses, inputs (case-insensitive), scripts with their language', () => {
    const steps = wf.jobs[0]?.steps ?? [];
    assert.equal(steps.length, 9);
    assert.equal(wf.steps.length, 9);
    const [co, codeql, gs, cli, run, docker, local, expr, short] = steps;
    assert.ok(co && codeql && gs && cli && run && docker && local && expr && short);
    assert.equal(co.id, 'co');
    assert.equal(co.uses?.refKind, 'sha');
    assert.equal(co.input('persist-credentials')?.value?.value, 'false');
    assert.equal(codeql.uses?.slug, 'github/codeql-action');
    assert.equal(codeql.uses?.subpath, 'init');
    assert.equal(slice(codeql.uses?.refSpan ?? { start: 0, end: 0 }), 'v3');
    assert.deepEqual(gs.scripts.map((s) => [s.kind, s.language]), [['github-script', 'js']]);
    assert.equal(slice(gs.scripts[0]?.value.expressions[0]?.span ?? { start: 0, end: 0 }), '${{ github.event.pull_request.title }}');
    assert.deepEqual(cli.scripts.map((s) => [s.kind, s.language]), [['azure-cli', 'bash']]);
    // step shell beats workflow defaults; single-quoted scalar: expression unescaped
    assert.equal(run.shell, 'pwsh');
    assert.deepEqual(run.scripts.map((s) => s.language), ['pwsh']);
    assert.equal(run.scripts[0]?.value.expressions[0]?.refs[0]?.path, 'github.head_ref');
    assert.equal(docker.uses?.kind, 'docker');
    assert.equal(docker.uses?.image, 'alpine:3');
    assert.equal(local.uses?.kind, 'local');
    assert.equal(expr.uses?.kind, 'expression');
    assert.equal(short.uses?.refKind, 'short-sha');
    assert.equal(slice(run.anchor), 'run');
  });

  it('uses workflow defaults, then runs-on, for the shell', () => {
    const w = model('on: push\njobs:\n  a:\n    runs-on: windows-2022\n    steps:\n      - run: x\n  b:\n    runs-on: [self-hosted, linux]\n    steps:\n      - run: x\n  c:\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: x\n');
    assert.deepEqual(w.steps.map((s) => s.shell), ['pwsh', 'bash', undefined]);
    assert.deepEqual(w.steps.map((s) => s.scripts[0]?.language), ['pwsh', 'bash', 'unknown']);
  });

  it('trigger forms: string and list', () => {
    assert.deepEqual(model('on: push\njobs: {}\n').triggers.map((t) => t.name), ['push']);
    assert.deepEqual(model('on: [push, pull_request_target]\njobs: {}\n').dangerousTrigger?.name, 'pull_request_target');
  });

  it('permission forms', () => {
    assert.equal(model('on: push\npermissions: read-all\njobs: {}\n').permissions?.kind, 'read-all');
    assert.equal(model('on: push\npermissions: {}\njobs: {}\n').permissions?.kind, 'none');
    assert.equal(model('on: push\npermissions:\njobs: {}\n').permissions?.kind, 'none');
    assert.equal(model('on: push\njobs: {}\n').permissions, undefined);
  });

  it('composite action: one pseudo-job with runs.steps and declared inputs', () => {
    const a = model('name: a\ninputs:\n  who: {}\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n', 'github-action');
    assert.equal(a.jobs.length, 1);
    assert.equal(a.jobs[0]?.composite, true);
    assert.equal(a.steps[0]?.shell, 'bash');
    assert.deepEqual(a.inputs, [{ name: 'who', type: undefined, source: 'action' }]);
    const docker = model('name: a\nruns:\n  using: docker\n  image: Dockerfile\n', 'github-action');
    assert.equal(docker.jobs.length, 0);
  });

  it('is memoised and tolerates non-map roots and odd shapes', () => {
    const doc = new AnalysisDocument('/w/.github/workflows/x.yml', 'on: push\njobs: {}\n', 'github-workflow');
    assert.equal(getGhWorkflow(doc), getGhWorkflow(doc));
    assert.equal(getGhWorkflow(new AnalysisDocument('/w/.github/workflows/x.yml', '- a\n- b\n', 'github-workflow')), undefined);
    const odd = model('on: push\njobs:\n  a: 3\n  b:\n    steps: 5\n  c:\n    steps: [1, null, {run: x}]\n');
    assert.deepEqual(odd.jobs.map((j) => [j.id, j.steps.length]), [['b', 0], ['c', 1]]);
  });
});

describe('parseUses / matchesActionPattern', () => {
  const uses = (raw: string) => {
    const d = parseYamlText(`u: ${raw}\n`).documents[0];
    const node = (d?.contents as { items: { value: unknown }[] }).items[0]?.value;
    const v = yamlString(`u: ${raw}\n`, node as never);
    assert.ok(v);
    return parseUses(`u: ${raw}\n`, v);
  };
  it('classifies refs', () => {
    assert.equal(uses('actions/checkout').refKind, 'none');
    assert.equal(uses('actions/checkout@').refKind, 'none');
    assert.equal(uses('actions/checkout@v4.1.0').refKind, 'other');
    assert.equal(uses('a/b@' + 'A'.repeat(40)).refKind, 'sha');
    assert.equal(uses('nope').kind, 'invalid');
    assert.equal(uses('./.github/workflows/x.yml').kind, 'local');
  });
  it('matches owner patterns case-insensitively', () => {
    const u = uses('Azure/login@v2');
    assert.ok(matchesActionPattern(u, 'azure/*'));
    assert.ok(matchesActionPattern(u, 'AZURE/LOGIN'));
    assert.ok(matchesActionPattern(u, '*'));
    assert.ok(!matchesActionPattern(u, 'azure/cli'));
    assert.ok(matchesActionPattern(uses('github/codeql-action/init@v3'), 'github/codeql-action'));
  });
});

describe('walkPipeline (GitHub)', () => {
  it('emits workflow, then each job followed by its steps, once', () => {
    const doc = new AnalysisDocument('/w/.github/workflows/x.yml', 'on: push\njobs:\n  a:\n    steps:\n      - run: 1\n      - run: 2\n  b:\n    steps:\n      - run: 3\n', 'github-workflow');
    const events: string[] = [];
    walkPipeline(doc, ((hook: HookName, payload: unknown) => {
      const p = payload as { id?: string; index?: number };
      events.push(hook === 'ghStep' ? `step${p.index}` : hook === 'ghJob' ? `job:${p.id}` : hook);
    }) as never);
    assert.deepEqual(events, ['ghWorkflow', 'job:a', 'step0', 'step1', 'job:b', 'step0']);
  });
});
