import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisDocument } from '../../server/src/engine/document';
import type { Emit, HookName, HookPayload } from '../../server/src/engine/hooks';
import type { AzureMLKind } from '../../server/src/languages/azureml/kinds';
import type { AzureMLDocument, AzureMLJob } from '../../server/src/languages/azureml/model';
import { walkAzureML } from '../../server/src/languages/azureml/walk';

function walk(kind: AzureMLKind, text: string): { docs: AzureMLDocument[]; jobs: AzureMLJob[] } {
  const docs: AzureMLDocument[] = [];
  const jobs: AzureMLJob[] = [];
  const emit: Emit = <K extends HookName>(hook: K, payload: HookPayload<K>) => {
    if (hook === 'azuremlDocument') docs.push(payload as AzureMLDocument);
    if (hook === 'azuremlJob') jobs.push(payload as AzureMLJob);
  };
  walkAzureML(new AnalysisDocument('/w/x.yml', text, 'azureml'), kind, emit);
  return { docs, jobs };
}

describe('walkAzureML', () => {
  it('emits the document with its kind, root and helpers', () => {
    const text = 'name: ep\nauth_mode: key\nidentity:\n  type: system_assigned\n';
    const { docs, jobs } = walk('managedOnlineEndpoint', text);
    assert.equal(docs.length, 1);
    const d = docs[0] as AzureMLDocument;
    assert.equal(d.kind, 'managedOnlineEndpoint');
    assert.equal(d.info.label, 'managed online endpoint');
    assert.equal(d.isJob, false);
    assert.equal(d.getString('auth_mode'), 'key');
    assert.equal(d.getMap('identity')?.items.length, 1);
    assert.equal(text.slice(d.keySpan('auth_mode').start, d.keySpan('auth_mode').end), 'auth_mode');
    const t = d.nodeAt(['identity', 'type']);
    assert.equal(text.slice(d.span(t).start, d.span(t).end), 'system_assigned');
    assert.deepEqual(d.value(), { name: 'ep', auth_mode: 'key', identity: { type: 'system_assigned' } });
    assert.deepEqual(jobs, []);
  });

  it('emits the top-level job and every pipeline step, recursively, with paths', () => {
    const text = [
      'type: pipeline',
      'jobs:',
      '  prep:',
      '    command: echo',
      '  tune:',
      '    type: sweep',
      '    trial: ./t.yml',
      '  sub:',
      '    type: pipeline',
      '    component:',
      '      type: pipeline',
      '      jobs:',
      '        inner:',
      '          type: spark',
      '',
    ].join('\n');
    const { jobs } = walk('pipelineJob', text);
    assert.deepEqual(
      jobs.map((j) => [j.path.join('.'), j.type, j.name ?? '', j.nested, j.parent?.path.join('.') ?? '-']),
      [
        ['', 'pipeline', '', false, '-'],
        ['jobs.prep', 'command', 'prep', true, ''],
        ['jobs.tune', 'sweep', 'tune', true, ''],
        ['jobs.sub', 'pipeline', 'sub', true, ''],
        ['jobs.sub.component.jobs.inner', 'spark', 'inner', true, 'jobs.sub'],
      ],
    );
    const tune = jobs[2] as AzureMLJob;
    assert.equal(text.slice(tune.anchor.start, tune.anchor.end), 'tune');
    assert.equal(tune.getString('trial'), './t.yml');
  });

  it('emits the top-level job of a command job, steps of a pipeline component and the inline job of a schedule', () => {
    assert.deepEqual(walk('commandJob', 'command: echo\nenvironment: azureml:e@latest\n').jobs.map((j) => [j.type, j.nested]), [['command', false]]);
    assert.deepEqual(walk('pipelineComponent', 'type: pipeline\njobs:\n  a:\n    type: command\n').jobs.map((j) => j.path.join('.')), ['jobs.a']);
    const sched = walk('schedule', 'name: s\ntrigger: {type: cron, expression: "* * * * *"}\ncreate_job:\n  type: pipeline\n  jobs:\n    a:\n      command: echo\n').jobs;
    assert.deepEqual(sched.map((j) => [j.path.join('.'), j.type]), [['create_job', 'pipeline'], ['create_job.jobs.a', 'command']]);
    assert.deepEqual(walk('schedule', 'name: s\ncreate_job: ./job.yml\n').jobs, []);
  });

  it('emits nothing for a document whose root is not a mapping', () => {
    assert.deepEqual(walk('commandJob', '- a\n- b\n'), { docs: [], jobs: [] });
    assert.deepEqual(walk('commandJob', ''), { docs: [], jobs: [] });
  });
});
