import rule from '../../../server/src/rules/azureml/aml-endpoint-key-auth';
import { ruleTester } from '../../helpers/ruleTester';

const MOE = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\n';
const K8S = '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\n';
const BATCH = '$schema: https://azuremlschemas.azureedge.net/latest/batchEndpoint.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'aad_token', code: `${MOE}name: ep\nauth_mode: aad_token\npublic_network_access: disabled\n`, path: 'endpoint.yml' },
    { name: 'aad_token in any case', code: `${MOE}name: ep\nauth_mode: AAD_Token\n`, path: 'endpoint.yml' },
    { name: 'aml_token is not reported by default', code: `${MOE}name: ep\nauth_mode: aml_token\n`, path: 'endpoint.yml' },
    { name: 'batch endpoint default is Entra ID', code: `${BATCH}name: batch-ep\ndescription: scoring\n`, path: 'endpoint.yml' },
    { name: 'batch endpoint aad_token', code: `${BATCH}name: batch-ep\nauth_mode: aad_token\n`, path: 'endpoint.yml' },
    { name: 'not an endpoint', code: `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: echo key\nenvironment: azureml:env@latest\n` },
    { name: 'a YAML file that is not Azure ML', code: 'auth_mode: key\nfoo: bar\nsteps: []\n', path: 'other.yml' },
  ],
  invalid: [
    {
      name: 'explicit key on a public managed endpoint',
      code: `${MOE}name: my-endpoint\nauth_mode: key # keys\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'key', text: 'key', line: 3, message: 'reachable from the internet' }],
      output: `${MOE}name: my-endpoint\nauth_mode: aad_token # keys\n`,
      fixTitles: ['Set auth_mode: aad_token'],
    },
    {
      name: 'capitalised Key, quoted',
      code: `${MOE}name: my-endpoint\nauth_mode: "Key"\npublic_network_access: disabled\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'key', text: '"Key"', message: 'auth_mode: Key authenticates' }],
      output: `${MOE}name: my-endpoint\nauth_mode: "aad_token"\npublic_network_access: disabled\n`,
    },
    {
      name: 'absent auth_mode defaults to key',
      code: `${MOE}name: my-endpoint\ndescription: demo\ntags:\n  team: ml\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'defaultKey', text: 'name', line: 2 }],
      output: `${MOE}name: my-endpoint\nauth_mode: aad_token\ndescription: demo\ntags:\n  team: ml\n`,
    },
    {
      name: 'kubernetes endpoint, 4-space file, no trailing newline',
      code: `${K8S}name: k8s-ep\ncompute: azureml:k8s\ntags:\n    a: b`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'defaultKey', message: 'Kubernetes online endpoint' }],
      output: `${K8S}name: k8s-ep\nauth_mode: aad_token\ncompute: azureml:k8s\ntags:\n    a: b`,
    },
    {
      name: 'empty auth_mode',
      code: `${MOE}name: ep\nauth_mode:\ntraffic:\n  blue: 100\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'defaultKey' }],
      output: `${MOE}name: ep\nauth_mode: aad_token\ntraffic:\n  blue: 100\n`,
    },
    {
      name: 'batch endpoint with key',
      code: `${BATCH}name: b\nauth_mode: key\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'key', text: 'key' }],
      output: `${BATCH}name: b\nauth_mode: aad_token\n`,
    },
    {
      name: 'aml_token when configured',
      code: `${MOE}name: ep\nauth_mode: aml_token\n`,
      path: 'endpoint.yml',
      options: { flagAmlToken: true },
      errors: [{ messageId: 'amlToken' }],
      output: `${MOE}name: ep\nauth_mode: aad_token\n`,
    },
    {
      name: 'detected by content (no $schema)',
      code: 'name: my-endpoint\nauth_mode: key\ntraffic:\n  blue: 100\n',
      path: 'endpoint.yml',
      errors: [{ messageId: 'key' }],
      output: 'name: my-endpoint\nauth_mode: aad_token\ntraffic:\n  blue: 100\n',
    },
    {
      name: 'CRLF line endings',
      code: `${MOE}name: ep\r\ndescription: x\r\n`.replace(MOE, MOE.replace('\n', '\r\n')),
      path: 'endpoint.yml',
      errors: [{ messageId: 'defaultKey' }],
      output: `${MOE}name: ep\r\nauth_mode: aad_token\r\ndescription: x\r\n`.replace(MOE, MOE.replace('\n', '\r\n')),
    },
  ],
});
