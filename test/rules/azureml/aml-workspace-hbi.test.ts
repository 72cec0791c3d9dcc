import rule from '../../../server/src/rules/azureml/aml-workspace-hbi';
import { ruleTester } from '../../helpers/ruleTester';

const WS = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'true', code: `${WS}name: w\nlocation: eastus\nhbi_workspace: true\n`, path: 'workspace.yml' },
    { name: 'fragment', code: 'name: w\nmanaged_network:\n  isolation_mode: allow_internet_outbound\n', path: 'network.yml' },
  ],
  invalid: [
    {
      name: 'explicit false',
      code: `${WS}name: w\nlocation: eastus\nhbi_workspace: false\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'disabled', text: 'false' }],
      output: `${WS}name: w\nlocation: eastus\nhbi_workspace: true\n`,
      fixTitles: ['Set hbi_workspace: true'],
    },
    {
      name: 'absent: after description',
      code: `${WS}name: w\nlocation: eastus\ndescription: >\n  A workspace\n  for demos.\ntags:\n  a: b\n`,
      path: 'workspace.yml',
      errors: [{ messageId: 'missing' }],
      output: `${WS}name: w\nlocation: eastus\ndescription: >\n  A workspace\n  for demos.\nhbi_workspace: true\ntags:\n  a: b\n`,
    },
  ],
});
