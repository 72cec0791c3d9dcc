import rule from '../../../server/src/rules/azureml/aml-deployment-egress-public';
import { ruleTester } from '../../helpers/ruleTester';

const MOD = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: `${MOD}name: blue\nendpoint_name: ep\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\negress_public_network_access: disabled\n`, path: 'deployment.yml' },
    {
      name: 'Kubernetes deployments have no such setting',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineDeployment.schema.json\nname: blue\ntype: kubernetes\nendpoint_name: ep\nmodel: azureml:m:1\ninstance_count: 1\n',
      path: 'deployment.yml',
    },
  ],
  invalid: [
    {
      name: 'absent: inserted after instance_count',
      code: `${MOD}name: blue\nendpoint_name: ep\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\nrequest_settings:\n  request_timeout_ms: 3000\n`,
      path: 'deployment.yml',
      errors: [{ messageId: 'missing', text: 'name', line: 2 }],
      output: `${MOD}name: blue\nendpoint_name: ep\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\negress_public_network_access: disabled\nrequest_settings:\n  request_timeout_ms: 3000\n`,
      fixTitles: ['Set egress_public_network_access: disabled'],
    },
    {
      name: 'explicit enabled, quoted',
      code: `${MOD}name: blue\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\negress_public_network_access: 'enabled'\n`,
      path: 'deployment.yml',
      errors: [{ messageId: 'enabled', text: "'enabled'" }],
      output: `${MOD}name: blue\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\negress_public_network_access: 'disabled'\n`,
    },
    {
      name: 'detected by content',
      code: 'name: blue\nendpoint_name: ep\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\n',
      path: 'blue-deployment.yml',
      errors: [{ messageId: 'missing' }],
      output: 'name: blue\nendpoint_name: ep\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\negress_public_network_access: disabled\n',
    },
  ],
});
