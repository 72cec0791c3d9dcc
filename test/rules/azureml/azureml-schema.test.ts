import rule from '../../../server/src/rules/azureml/azureml-schema';
import { ruleTester } from '../../helpers/ruleTester';

const EP = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\n';
const DEP = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json\n';
const PIPE = '$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\ntype: pipeline\n';

ruleTester(rule, {
  valid: [
    { name: 'endpoint, enum in another case', code: `${EP}name: ep\nauth_mode: Key\npublic_network_access: Disabled\n` },
    { name: 'deployment with quoted scalars', code: `${DEP}name: blue\nendpoint_name: ep\nmodel: azureml:m@latest\ninstance_type: Standard_DS3_v2\ninstance_count: "1"\napp_insights_enabled: 'true'\n` },
    {
      name: 'pipeline with bindings and registry references',
      code: `${PIPE}inputs:\n  n: 2\njobs:\n  a:\n    component: azureml://registries/azureml/components/x/labels/latest\n    compute: \${{parent.inputs.c}}\n    resources:\n      instance_count: \${{parent.inputs.n}}\n    inputs:\n      d:\n        type: uri_folder\n        path: azureml://datastores/workspaceblobstore/paths/data/\n`,
    },
    { name: 'content-classified connection', path: 'connections/git.yml', code: 'name: c\ntype: git\ntarget: https://example.com/repo\ncredentials:\n  type: pat\n  pat: placeholder\n' },
    { name: 'non Azure ML YAML is not checked', path: 'conda.yml', code: 'name: env\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n' },
    {
      name: 'suppressed',
      code: `${EP}name: ep\n# bulwark-disable-next-line azureml-schema\nauth_mod: aad_token\n`,
    },
  ],
  invalid: [
    {
      name: 'unknown top-level key',
      code: `${EP}name: ep\nauth_mod: aad_token\n`,
      errors: [{ message: "unknown key 'auth_mod' in managed online endpoint", line: 3, column: 1, text: 'auth_mod' }],
    },
    {
      name: 'enum value',
      code: `${EP}name: ep\nauth_mode: entra\n`,
      errors: [{ message: 'auth_mode must be one of key, aml_token, aad_token', line: 3, text: 'entra' }],
    },
    {
      name: 'type of a nested value',
      code: `${DEP}name: blue\nrequest_settings:\n  request_timeout_ms: soon\n`,
      errors: [{ message: 'request_timeout_ms must be an integer', line: 4, text: 'soon' }],
    },
    {
      name: 'unknown key in a pipeline step',
      code: `${PIPE}jobs:\n  train:\n    command: echo\n    instance_count: 2\n`,
      errors: [{ message: "unknown key 'instance_count' in step 'train'", line: 6, text: 'instance_count' }],
    },
    {
      name: 'missing required key',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: echo hi\n',
      errors: [{ message: "missing required key 'environment'", line: 1, text: '$schema' }],
    },
    {
      name: 'unquoted template placeholder',
      code: `${DEP}name: blue\nendpoint_name: {{ENDPOINT_NAME}}\n`,
      errors: [{ message: /endpoint_name is an unquoted template placeholder for ENDPOINT_NAME/, line: 3, text: '{{ENDPOINT_NAME}}' }],
    },
  ],
});
