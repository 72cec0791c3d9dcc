import rule from '../../../server/src/rules/azureml/aml-compute-admin-password';
import { ruleTester } from '../../helpers/ruleTester';

const AML = '$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\n';
const VM = '$schema: https://azuremlschemas.azureedge.net/latest/vmCompute.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'SSH key', code: `${AML}name: c\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  ssh_key_value: ssh-rsa AAAAB3Nza\n`, path: 'compute.yml' },
    { name: 'empty password', code: `${AML}name: c\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_password:\n`, path: 'compute.yml' },
    { name: 'not a compute', code: '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: echo\nenvironment: azureml:e@latest\n' },
  ],
  invalid: [
    {
      name: 'cluster with a literal password: replaced by an SSH key field',
      code: `${AML}name: ssh-example\ntype: amlcompute\nssh_settings:\n  admin_username: example-user\n  admin_password: Xq7!pL2#vR9z # do not commit\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'password', text: 'admin_password', message: 'Use ssh_key_value' }],
      output: `${AML}name: ssh-example\ntype: amlcompute\nssh_settings:\n  admin_username: example-user\n  ssh_key_value: <ssh-public-key>\n`,
      fixTitles: ['Replace admin_password with ssh_key_value'],
    },
    {
      name: 'placeholder password on an attached VM',
      code: `${VM}name: vm\ntype: virtualmachine\nresource_id: /subscriptions/x\nssh_settings:\n  admin_username: <admin_username>\n  admin_password: <admin_password>\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'password', message: 'placeholder' }],
      output: `${VM}name: vm\ntype: virtualmachine\nresource_id: /subscriptions/x\nssh_settings:\n  admin_username: <admin_username>\n  ssh_private_key_file: <path-to-private-key>\n`,
    },
    {
      name: 'password next to a key: the password goes',
      code: `${AML}name: c\ntype: amlcompute\nssh_settings:\n  admin_password: hunter2\n  ssh_key_value: ssh-rsa AAAAB3Nza\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'password' }],
      output: `${AML}name: c\ntype: amlcompute\nssh_settings:\n  ssh_key_value: ssh-rsa AAAAB3Nza\n`,
      fixTitles: ['Remove admin_password'],
    },
  ],
});
