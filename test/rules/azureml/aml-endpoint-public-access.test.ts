import rule from '../../../server/src/rules/azureml/aml-endpoint-public-access';
import { ruleTester } from '../../helpers/ruleTester';

const MOE = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: `${MOE}name: ep\nauth_mode: aad_token\npublic_network_access: disabled\n`, path: 'endpoint.yml' },
    { name: 'Disabled (case-insensitive)', code: `${MOE}name: ep\npublic_network_access: Disabled\n`, path: 'endpoint.yml' },
    {
      name: 'Kubernetes endpoints have no public_network_access',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\nname: ep\ncompute: azureml:k8s\nauth_mode: aad_token\n',
      path: 'endpoint.yml',
    },
    { name: 'batch endpoint', code: '$schema: https://azuremlschemas.azureedge.net/latest/batchEndpoint.schema.json\nname: b\n', path: 'endpoint.yml' },
  ],
  invalid: [
    {
      name: 'absent, with key auth (default)',
      code: `${MOE}name: my-endpoint\nauth_mode: key\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'missing', text: 'name', message: 'with key authentication' }],
      output: `${MOE}name: my-endpoint\nauth_mode: key\npublic_network_access: disabled\n`,
      fixTitles: ['Set public_network_access: disabled'],
    },
    {
      name: 'explicit Enabled keeps its capitalisation and comment',
      code: `${MOE}name: my-endpoint\nauth_mode: aad_token\npublic_network_access: Enabled # open\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'enabled', text: 'Enabled', line: 4 }],
      output: `${MOE}name: my-endpoint\nauth_mode: aad_token\npublic_network_access: Disabled # open\n`,
    },
    {
      name: 'no auth_mode and no name: inserted at the end',
      code: `${MOE}traffic:\n  blue: 100\n`,
      path: 'endpoint.yml',
      errors: [{ messageId: 'missing', line: 1 }],
      output: `${MOE}traffic:\n  blue: 100\npublic_network_access: disabled\n`,
    },
  ],
});
