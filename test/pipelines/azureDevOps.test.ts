import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisDocument } from '../../server/src/engine/document';
import type { HookName } from '../../server/src/engine/hooks';
import { getAdoPipeline } from '../../server/src/languages/pipelines/azureDevOps';
import type { AdoPipeline } from '../../server/src/languages/pipelines/azureDevOps';
import { walkPipeline } from '../../server/src/languages/pipelines/walk';

const FIXTURE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'pipelines', 'azure-pipelines-full.yml'), 'utf8');

function model(text: string): AdoPipeline {
  const p = getAdoPipeline(new AnalysisDocument('/w/azure-pipelines.yml', text, 'azure-pipelines'));
  assert.ok(p);
  return p;
}

describe('Azure DevOps pipeline model', () => {
  const p = model(FIXTURE);
  const slice = (s: { start: number; end: number }) => FIXTURE.slice(s.start, s.end);

  it('reads parameters, resources and template references', () => {
    assert.equal(p.isTemplate, false);
    assert.deepEqual(p.parameters.map((x) => [x.name, x.type, x.restricted]), [['env', 'string', true], ['tag', 'string', false]]);
    assert.deepEqual(p.repositories.map((r) => [r.alias, r.type, r.ref?.value]), [['templates', 'git', 'refs/tags/v1']]);
    assert.deepEqual(p.containers.map((c) => [c.alias, c.image?.value]), [['py', 'python:3.12']]);
    assert.deepEqual(p.templateRefs.map((t) => [t.where, t.path, t.repoAlias]), [
      ['variables', 'vars.yml', 'templates'],
      ['step', 'steps.yml', 'templates'],
      ['job', 'jobs.yml', undefined],
    ]);
  });

  it('reads variables of every scope and form, through conditionals', () => {
    assert.deepEqual(
      p.variables.map((v) => [v.scope, v.kind, v.name, v.value?.value, v.readonly]),
      [
        ['pipeline', 'group', 'kv', undefined, false],
        ['pipeline', 'value', 'branch', '$(Build.SourceBranchName)', true],
        ['pipeline', 'template', 'vars.yml@templates', undefined, false],
        ['stage', 'value', 'stageVar', '1', false],
        ['job', 'value', 'jobVar', '2', false],
      ],
    );
  });

  it('reads stages, jobs (plain, deployment with strategy hooks, top-level steps)', () => {
    assert.deepEqual(p.stages.map((s) => s.name), ['build', 'deploy']);
    assert.deepEqual(p.jobs.map((j) => [j.kind, j.name, j.stage?.name, j.steps.length]), [
      ['job', 'compile', 'build', 7],
      ['deployment', 'web', 'deploy', 2],
      ['steps', undefined, undefined, 1],
    ]);
    const [compile, web] = p.jobs;
    assert.equal(compile?.container?.resource?.alias, 'py');
    assert.equal(web?.environmentName, 'prod');
    assert.equal(slice(web?.anchor ?? { start: 0, end: 0 }), 'deployment');
  });

  it('reads steps: kinds, tasks, inputs, scripts and their languages', () => {
    const steps = p.jobs[0]?.steps ?? [];
    assert.deepEqual(steps.map((s) => s.kind), ['checkout', 'script', 'bash', 'pwsh', 'task', 'task', 'template']);
    const [checkout, script, bash, pwsh, cli, tf] = steps;
    assert.equal(checkout?.get('persistCredentials')?.value?.value, 'true');
    assert.equal(script?.script?.language, 'cmd-or-bash');
    assert.deepEqual(script?.script?.references.map((r) => [r.syntax, r.name]), [['macro', 'branch']]);
    assert.deepEqual(bash?.env.map((e) => e.name), ['A']);
    assert.equal(pwsh?.script?.language, 'pwsh');
    assert.equal(cli?.task?.name, 'azurecli');
    assert.equal(cli?.task?.version, '2');
    assert.equal(cli?.input('AZURESUBSCRIPTION')?.value?.value, 'conn');
    assert.equal(cli?.script?.language, 'pwsh');
    assert.equal(cli?.script?.value.value, 'az account show');
    assert.equal(tf?.task?.name, 'terraformtaskv4');
    assert.equal(tf?.script, undefined);
    assert.deepEqual(p.jobs[1]?.steps.map((s) => s.task?.name ?? s.kind), ['azurewebapp', 'script']);
    assert.equal(p.jobs[2]?.steps[0]?.script?.language, 'powershell');
  });

  it('recognises template files and tolerates odd shapes', () => {
    assert.equal(model('parameters:\n  - name: x\nsteps:\n  - script: echo\n').isTemplate, true);
    assert.equal(model('steps:\n  - script: echo\n').isTemplate, true);
    const odd = model('stages: 3\njobs:\n  - 1\n  - job: a\n    steps: x\nvariables: [1, {name: 2}]\n');
    assert.deepEqual(odd.jobs.map((j) => j.name), ['a']);
    assert.equal(getAdoPipeline(new AnalysisDocument('/w/azure-pipelines.yml', '[1]', 'azure-pipelines')), undefined);
  });
});

describe('walkPipeline (Azure DevOps)', () => {
  it('emits pipeline, variables, then stage → job → steps, then stage-less jobs', () => {
    const doc = new AnalysisDocument('/w/azure-pipelines.yml', FIXTURE, 'azure-pipelines');
    const events: string[] = [];
    walkPipeline(doc, ((hook: HookName) => {
      if (events[events.length - 1] !== hook) events.push(hook);
    }) as never);
    assert.deepEqual(events, ['adoPipeline', 'adoVariable', 'adoStage', 'adoJob', 'adoStep', 'adoStage', 'adoJob', 'adoStep', 'adoJob', 'adoStep']);
  });
});
