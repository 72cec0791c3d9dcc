import rule from '../../../server/src/rules/bicep/sc-ml-env-image-unpinned';
import { ruleTester } from '../../helpers/ruleTester';

const env = (image: string) => `resource env 'Microsoft.MachineLearningServices/workspaces/environments/versions@2024-10-01' = {\n  name: 'ws/env/1'\n  properties: {\n    image: ${image}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'versioned tag', code: env("'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20240709.v1'") },
    { name: 'digest', code: env("'contosoacr.azurecr.io/train@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'") },
    { name: 'unknown', code: `param image string\n${env('image')}` },
    { name: 'allowed registry', code: env("'contosoacr.azurecr.io/train:1.0'"), options: { allowedRegistries: ['contosoacr.azurecr.io'] } },
  ],
  invalid: [
    { name: 'latest', code: env("'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest'"), errors: [{ messageId: 'latest', line: 4, message: "the 'latest' tag" }] },
    { name: 'no tag', code: env("'python'"), errors: [{ messageId: 'latest', message: 'no tag' }] },
    { name: 'registry not allowed', code: env("'docker.io/library/python:3.11'"), options: { allowedRegistries: ['contosoacr.azurecr.io'] }, errors: [{ messageId: 'registry', message: "from 'docker.io'" }] },
    { name: 'registry environment from a param default', code: `param image string = 'pytorch/pytorch'\nresource env 'Microsoft.MachineLearningServices/registries/environments/versions@2024-10-01' = {\n  name: 'reg/env/1'\n  properties: {\n    image: image\n  }\n}\n`, errors: [{ line: 5 }] },
  ],
});
