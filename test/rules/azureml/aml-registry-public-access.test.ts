import rule from '../../../server/src/rules/azureml/aml-registry-public-access';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: 'name: reg\nlocation: eastus\npublic_network_access: disabled\nreplication_locations:\n  - location: eastus\n', path: 'registry.yml' },
  ],
  invalid: [
    {
      name: 'absent (corpus shape): inserted after location',
      code: 'name: DemoRegistry\ntags:\n  foo: bar\nlocation: eastus\nreplication_locations:\n  - location: eastus\n  - location: westus\n',
      path: 'registry.yml',
      errors: [{ messageId: 'missing', text: 'name' }],
      output: 'name: DemoRegistry\ntags:\n  foo: bar\nlocation: eastus\npublic_network_access: disabled\nreplication_locations:\n  - location: eastus\n  - location: westus\n',
      fixTitles: ['Set public_network_access: disabled'],
    },
    {
      name: 'explicit enabled with $schema',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/registry.schema.json\nname: reg\nlocation: eastus\npublic_network_access: enabled\nreplication_locations:\n  - location: eastus\n',
      path: 'registry.yml',
      errors: [{ messageId: 'enabled', text: 'enabled' }],
      output: '$schema: https://azuremlschemas.azureedge.net/latest/registry.schema.json\nname: reg\nlocation: eastus\npublic_network_access: disabled\nreplication_locations:\n  - location: eastus\n',
    },
  ],
});
