import rule from '../../../server/src/rules/azureml/aml-workspace-public-access';
import { ruleTester } from '../../helpers/ruleTester';

const WS = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'Disabled', code: `${WS}name: w\nlocation: eastus\npublic_network_access: Disabled\n`, path: 'workspace.yml' },
    { name: 'update fragment without $schema or location', code: 'name: w\nmanaged_network:\n  isolation_mode: allow_only_approved_outbound\n', path: 'network.yml' },
    { name: 'projects inherit network settings from the hub', code: `${WS}name: p\nkind: project\nhub_id: /subscriptions/x/hub\nlocation: eastus\n`, path: 'project.yml' },
  ],
  invalid: [
    {
      name: 'absent in a complete spec: inserted after location',
      code: `${WS}name: mlw-basic\nlocation: eastus\ndisplay_name: Basic\ntags:\n  purpose: demo\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'missing', text: 'name', message: 'workspace' }],
      output: `${WS}name: mlw-basic\nlocation: eastus\npublic_network_access: disabled\ndisplay_name: Basic\ntags:\n  purpose: demo\n`,
      fixTitles: ['Set public_network_access: disabled'],
    },
    {
      name: 'explicit Enabled on a hub',
      code: `${WS}name: hub\nkind: hub\nlocation: eastus\npublic_network_access: Enabled\n`,
      path: 'hub.yml',
      errors: [{ messageId: 'enabled', text: 'Enabled', message: 'hub workspace' }],
      output: `${WS}name: hub\nkind: hub\nlocation: eastus\npublic_network_access: Disabled\n`,
    },
    {
      name: 'explicit enabled in a fragment',
      code: 'name: w\npublic_network_access: enabled\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n',
      path: 'network.yml',
      errors: [{ messageId: 'enabled' }],
      output: 'name: w\npublic_network_access: disabled\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n',
    },
    {
      name: 'feature store',
      code: '$schema: http://azureml/sdk-2-0/FeatureStore.json\nname: fs\nlocation: eastus\n',
      path: 'featurestore.yml',
      errors: [{ messageId: 'missing', message: 'feature store' }],
      output: '$schema: http://azureml/sdk-2-0/FeatureStore.json\nname: fs\nlocation: eastus\npublic_network_access: disabled\n',
    },
  ],
});
