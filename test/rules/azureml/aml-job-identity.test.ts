import rule from '../../../server/src/rules/azureml/aml-job-identity';
import { ruleTester } from '../../helpers/ruleTester';

const CJ = '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\n';
const PJ = '$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'user_identity', code: `${CJ}command: python train.py\nenvironment: azureml:env@latest\ncompute: azureml:cpu\nidentity:\n  type: user_identity\n` },
    { name: 'managed', code: `${CJ}command: python train.py\nenvironment: azureml:env@latest\nidentity:\n  type: managed\n  client_id: 00000000-0000-0000-0000-000000000000\n` },
    {
      name: 'pipeline with identity: steps without one inherit it',
      code: `${PJ}type: pipeline\nidentity:\n  type: user_identity\njobs:\n  train:\n    type: command\n    command: echo hi\n    environment: azureml:env@latest\n`,
    },
    {
      name: 'pipeline whose every step sets an identity',
      code: `${PJ}type: pipeline\njobs:\n  a:\n    type: spark\n    identity:\n      type: managed\n  b:\n    type: command\n    identity:\n      type: user_identity\n`,
    },
    {
      name: 'components are not jobs',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json\nname: c\nversion: 1\ncommand: echo\nenvironment: azureml:env@latest\n',
      path: 'component.yml',
    },
    {
      name: 'pipeline component steps inherit from the job that uses the component',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/pipelineComponent.schema.json\ntype: pipeline\nname: pc\njobs:\n  s:\n    type: command\n    component: ./c.yml\n',
      path: 'component.yml',
    },
  ],
  invalid: [
    {
      name: 'command job without identity, on a cluster: managed first, after compute',
      code: `${CJ}name: train\ncommand: python train.py\nenvironment: azureml:env@latest\ncompute: azureml:cpu # cluster\ndisplay_name: x\n`,
      errors: [{ messageId: 'missing', text: 'name', line: 2, message: 'command job' }],
      output: `${CJ}name: train\ncommand: python train.py\nenvironment: azureml:env@latest\ncompute: azureml:cpu # cluster\nidentity:\n  type: managed\ndisplay_name: x\n`,
      fixTitles: ['Add identity type: managed', 'Add identity type: user_identity'],
    },
    {
      name: 'serverless job (no compute): user_identity first; 4-space indentation kept',
      code: `${CJ}command: echo hi\nenvironment:\n    image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04\nexperiment_name: demo\n`,
      errors: [{ messageId: 'missing', text: 'command' }],
      output: `${CJ}command: echo hi\nenvironment:\n    image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04\nexperiment_name: demo\nidentity:\n    type: user_identity\n`,
      fixTitles: ['Add identity type: user_identity', 'Add identity type: managed'],
    },
    {
      name: 'second fix',
      code: `${CJ}command: echo hi\nenvironment: azureml:env@latest\nexperiment_name: demo\n`,
      fixIndex: 1,
      errors: [{ messageId: 'missing' }],
      output: `${CJ}command: echo hi\nenvironment: azureml:env@latest\nexperiment_name: demo\nidentity:\n  type: managed\n`,
    },
    {
      name: 'pipeline job: one finding at the top, none per step',
      code: `${PJ}type: pipeline\nsettings:\n  default_compute: azureml:cpu\njobs:\n  prep:\n    type: command\n    command: echo\n  train:\n    type: command\n    command: echo\n`,
      errors: [{ messageId: 'missing', message: 'pipeline job', text: 'type' }],
      output: `${PJ}type: pipeline\nsettings:\n  default_compute: azureml:cpu\nidentity:\n  type: managed\njobs:\n  prep:\n    type: command\n    command: echo\n  train:\n    type: command\n    command: echo\n`,
    },
    {
      name: 'explicit aml_token on a nested step',
      code: `${PJ}type: pipeline\nidentity:\n  type: user_identity\njobs:\n  train:\n    type: command\n    command: echo\n    identity:\n      type: aml_token\n`,
      errors: [{ messageId: 'amlToken', text: 'aml_token', line: 10 }],
      output: `${PJ}type: pipeline\nidentity:\n  type: user_identity\njobs:\n  train:\n    type: command\n    command: echo\n    identity:\n      type: user_identity\n`,
    },
    {
      name: 'explicit aml_token at the top of a job with compute',
      code: `${CJ}command: echo\ncompute: azureml:gpu\nidentity:\n  type: AML_Token\n`,
      errors: [{ messageId: 'amlToken' }],
      output: `${CJ}command: echo\ncompute: azureml:gpu\nidentity:\n  type: managed\n`,
    },
    {
      name: 'empty identity key',
      code: `${CJ}command: echo\nenvironment: azureml:env@latest\nidentity:\nexperiment_name: e\n`,
      errors: [{ messageId: 'missing' }],
      output: `${CJ}command: echo\nenvironment: azureml:env@latest\nidentity:\n  type: user_identity\nexperiment_name: e\n`,
    },
    {
      name: 'schedule with an inline job',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/schedule.schema.json\nname: nightly\ntrigger:\n  type: cron\n  expression: "0 1 * * *"\ncreate_job:\n  type: command\n  command: echo\n  compute: azureml:cpu\n',
      path: 'schedule.yml',
      errors: [{ messageId: 'missing', text: 'create_job', message: 'scheduled job' }],
      output: '$schema: https://azuremlschemas.azureedge.net/latest/schedule.schema.json\nname: nightly\ntrigger:\n  type: cron\n  expression: "0 1 * * *"\ncreate_job:\n  type: command\n  command: echo\n  compute: azureml:cpu\n  identity:\n    type: managed\n',
    },
    {
      name: 'AutoML job',
      code: '$schema: https://azuremlsdk2.blob.core.windows.net/preview/0.0.1/autoMLJob.schema.json\ntype: automl\ntask: classification\ncompute: azureml:cpu\ntraining_data:\n  type: mltable\n  path: ./data\n',
      errors: [{ messageId: 'missing', message: 'AutoML job' }],
      output: '$schema: https://azuremlsdk2.blob.core.windows.net/preview/0.0.1/autoMLJob.schema.json\ntype: automl\ntask: classification\ncompute: azureml:cpu\nidentity:\n  type: managed\ntraining_data:\n  type: mltable\n  path: ./data\n',
    },
  ],
});
