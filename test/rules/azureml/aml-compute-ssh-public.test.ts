import rule from '../../../server/src/rules/azureml/aml-compute-ssh-public';
import { ruleTester } from '../../helpers/ruleTester';

const AML = '$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\n';
const CI = '$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'explicit false', code: `${AML}name: c\ntype: amlcompute\nssh_public_access_enabled: false\n`, path: 'compute.yml' },
    { name: 'absent, in a subnet (NotSpecified closes the port)', code: `${AML}name: c\ntype: amlcompute\nnetwork_settings:\n  vnet_name: v\n  subnet: s\n`, path: 'compute.yml' },
    { name: 'absent, no public IP', code: `${AML}name: c\ntype: amlcompute\nenable_node_public_ip: false\n`, path: 'compute.yml' },
    { name: 'compute instance: absent means disabled', code: `${CI}name: i\ntype: computeinstance\n`, path: 'compute.yml' },
  ],
  invalid: [
    {
      name: 'cluster with password SSH and no subnet (corpus shape)',
      code: `${AML}name: ssh-example\ntype: amlcompute\nsize: STANDARD_DS3_v2\nssh_settings:\n  admin_username: example-user\n  admin_password: example-password\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'notSpecified', text: 'name', message: 'with password login' }],
      output: `${AML}name: ssh-example\ntype: amlcompute\nsize: STANDARD_DS3_v2\nssh_settings:\n  admin_username: example-user\n  admin_password: example-password\nssh_public_access_enabled: false\n`,
      fixTitles: ['Set ssh_public_access_enabled: false'],
    },
    {
      name: 'cluster without SSH settings',
      code: `${AML}name: c\ntype: amlcompute\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'notSpecified' }],
      output: `${AML}name: c\ntype: amlcompute\nssh_public_access_enabled: false\n`,
    },
    {
      name: 'explicit true on an instance',
      code: `${CI}name: i\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3Nza\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'enabled', text: 'true', message: 'compute instance' }],
      output: `${CI}name: i\ntype: computeinstance\nssh_public_access_enabled: false\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3Nza\n`,
    },
    {
      name: 'explicit true in a subnet is still open',
      code: `${AML}name: c\ntype: amlcompute\nssh_public_access_enabled: True\nnetwork_settings:\n  subnet: s\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'enabled' }],
      output: `${AML}name: c\ntype: amlcompute\nssh_public_access_enabled: false\nnetwork_settings:\n  subnet: s\n`,
    },
  ],
});
