import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule, { dockerfileBaseImages, parseImageRef } from '../../../server/src/rules/azureml/aml-environment-image-unpinned';
import { ruleTester } from '../../helpers/ruleTester';

const ENV = '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json\n';
const CJ = '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\n';
const DIGEST = 'sha256:' + 'ab'.repeat(32);

describe('parseImageRef / dockerfileBaseImages', () => {
  it('splits host, repository, tag and digest', () => {
    assert.deepEqual(parseImageRef('python'), { host: undefined, repository: 'python', tag: undefined, digest: undefined });
    assert.deepEqual(parseImageRef('library/python:3.11'), { host: undefined, repository: 'library/python', tag: '3.11', digest: undefined });
    assert.deepEqual(parseImageRef('localhost:5000/img:1@sha256:x'), { host: 'localhost:5000', repository: 'img', tag: '1', digest: 'sha256:x' });
    assert.deepEqual(parseImageRef('mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest')?.host, 'mcr.microsoft.com');
    assert.equal(parseImageRef('{{ACR_NAME}}.azurecr.io/x'), undefined);
    assert.equal(parseImageRef('<image>'), undefined);
  });
  it('reads FROM lines, skipping stages, scratch and ARG substitutions', () => {
    const df = 'ARG BASE=python\nFROM --platform=linux/amd64 python:3.8-slim AS build\nRUN pip install x\nFROM build\nfrom ${BASE}\nFROM scratch\nFROM mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest AS final\n';
    assert.deepEqual(dockerfileBaseImages(df), ['python:3.8-slim', 'mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest']);
  });
});

ruleTester(rule, {
  valid: [
    { name: 'curated MCR image with latest (trusted by default)', code: `${ENV}name: e\nimage: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest\n`, path: 'env.yml' },
    { name: 'private ACR', code: `${ENV}name: e\nimage: contoso.azurecr.io/train/base:1.4\n`, path: 'env.yml' },
    { name: 'Docker Hub pinned by digest', code: `${ENV}name: e\nimage: python:3.11@${DIGEST}\n`, path: 'env.yml' },
    { name: 'unknown private registry', code: `${ENV}name: e\nimage: registry.contoso.internal/base:2\n`, path: 'env.yml' },
    { name: 'registry environment reference', code: `${CJ}command: echo\nenvironment: azureml://registries/azureml/environments/sklearn-1.5/labels/latest\n` },
    { name: 'option: extra trusted registry', code: `${ENV}name: e\nimage: ghcr.io/contoso/base:1\n`, path: 'env.yml', options: { trustedRegistries: ['ghcr.io'] } },
    {
      name: 'Dockerfile from MCR',
      code: `${ENV}name: e\nbuild:\n  path: ./ctx\n`,
      path: 'envs/env.yml',
      files: { 'envs/ctx/Dockerfile': 'FROM mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04\n' },
    },
    {
      name: 'Dockerfile checks can be turned off',
      code: `${ENV}name: e\nbuild:\n  path: ./ctx\n`,
      path: 'envs/env2.yml',
      files: { 'envs/ctx/Dockerfile': 'FROM python:3.8\n' },
      options: { checkDockerfiles: false },
    },
  ],
  invalid: [
    {
      name: 'implicit Docker Hub with latest in a command job',
      code: `${CJ}command: echo "hello world"\nenvironment:\n  image: library/python:latest\n`,
      errors: [{ messageId: 'publicImage', text: 'library/python:latest', message: 'Docker Hub, with the moving tag latest' }],
    },
    {
      name: 'explicit docker.io without tag in an environment file',
      code: `${ENV}name: e\nimage: docker.io/python\n`,
      path: 'env.yml',
      errors: [{ messageId: 'publicImage', message: 'without a tag' }],
    },
    {
      name: 'NGC image with a version tag in a deployment',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json\nname: blue\nmodel: azureml:m:1\ninstance_type: Standard_NC6s_v3\ninstance_count: 1\nenvironment:\n  image: nvcr.io/nvidia/tritonserver:23.10-py3\n',
      path: 'deployment.yml',
      errors: [{ messageId: 'publicImage', message: 'NVIDIA NGC' }],
    },
    {
      name: 'pipeline step and sweep trial environments',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\ntype: pipeline\njobs:\n  a:\n    type: command\n    command: echo\n    environment:\n      image: pytorch/pytorch:latest\n  b:\n    type: sweep\n    trial:\n      command: echo\n      environment:\n        image: ubuntu:22.04\n',
      errors: [{ messageId: 'publicImage', line: 8 }, { messageId: 'publicImage', line: 14 }],
    },
    {
      name: 'Dockerfile FROM Docker Hub',
      code: `${ENV}name: e\nbuild:\n  path: docker-context\n`,
      path: 'envs/env.yml',
      files: { 'envs/docker-context/Dockerfile': '# base\nFROM rocker/tidyverse:4.0.0\nRUN echo\n' },
      errors: [{ messageId: 'dockerfile', text: 'docker-context', message: 'rocker/tidyverse:4.0.0' }],
    },
    {
      name: 'custom dockerfile_path in an inline job environment',
      code: `${CJ}command: echo\nenvironment:\n  build:\n    path: ctx\n    dockerfile_path: docker/train.Dockerfile\n`,
      path: 'jobs/job.yml',
      files: { 'jobs/ctx/docker/train.Dockerfile': 'FROM nvcr.io/nvidia/pytorch:23.10-py3\n' },
      errors: [{ messageId: 'dockerfile', message: 'NVIDIA NGC' }],
    },
    {
      name: 'option: floating tags of trusted registries',
      code: `${ENV}name: e\nimage: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04\n`,
      path: 'env.yml',
      options: { flagFloatingTags: true },
      errors: [{ messageId: 'floating', message: '(no tag)' }],
    },
  ],
});
