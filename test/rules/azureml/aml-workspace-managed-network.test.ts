import rule from '../../../server/src/rules/azureml/aml-workspace-managed-network';
import { ruleTester } from '../../helpers/ruleTester';

const WS = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'approved outbound only', code: `${WS}name: w\nlocation: eastus\nmanaged_network:\n  isolation_mode: allow_only_approved_outbound\n`, path: 'workspace.yml' },
    { name: 'internet outbound is accepted by default', code: 'name: w\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n', path: 'network.yml' },
    { name: 'fragment without managed_network', code: 'name: w\nhbi_workspace: true\n', path: 'update.yml' },
  ],
  invalid: [
    {
      name: 'absent: a block is inserted',
      code: `${WS}name: w\nlocation: eastus\npublic_network_access: disabled\ntags:\n  a: b\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'missing', text: 'name' }],
      output: `${WS}name: w\nlocation: eastus\npublic_network_access: disabled\nmanaged_network:\n  isolation_mode: allow_only_approved_outbound\ntags:\n  a: b\n`,
      fixTitles: ['Set managed_network isolation_mode: allow_only_approved_outbound', 'Set managed_network isolation_mode: allow_internet_outbound'],
    },
    {
      name: 'explicit disabled',
      code: `${WS}name: w\nlocation: eastus\nmanaged_network:\n  isolation_mode: Disabled\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'disabled', text: 'Disabled' }],
      output: `${WS}name: w\nlocation: eastus\nmanaged_network:\n  isolation_mode: allow_only_approved_outbound\n`,
    },
    {
      name: 'managed_network without isolation_mode (default disabled), second fix',
      code: `${WS}name: w\nlocation: eastus\nmanaged_network:\n  outbound_rules: []\n`,
      path: 'workspace.yml',
      fixIndex: 1,
      errors: [{ messageId: 'missing', text: 'managed_network' }],
      output: `${WS}name: w\nlocation: eastus\nmanaged_network:\n  outbound_rules: []\n  isolation_mode: allow_internet_outbound\n`,
    },
    {
      name: 'option requireApprovedOutbound',
      code: 'name: w\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n',
      path: 'network.yml',
      options: { requireApprovedOutbound: true },
      errors: [{ messageId: 'internet', text: 'allow_internet_outbound' }],
      output: 'name: w\nmanaged_network:\n  isolation_mode: allow_only_approved_outbound\n',
    },
  ],
});
