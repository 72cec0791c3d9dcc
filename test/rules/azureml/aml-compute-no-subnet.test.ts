import rule from '../../../server/src/rules/azureml/aml-compute-no-subnet';
import { ruleTester } from '../../helpers/ruleTester';

const AML = '$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'subnet', code: `${AML}name: c\ntype: amlcompute\nnetwork_settings:\n  vnet_name: v\n  subnet: default\n`, path: 'compute.yml' },
    { name: 'attached Synapse pool', code: 'name: p\ntype: synapsespark\nresource_id: /subscriptions/x/bigDataPools/p\n', path: 'compute.yml' },
  ],
  invalid: [
    { name: 'no network settings', code: `${AML}name: c\ntype: amlcompute\n`, path: 'compute.yml', errors: [{ messageId: 'noSubnet', text: 'name' }] },
    { name: 'vnet without subnet', code: `${AML}name: c\ntype: amlcompute\nnetwork_settings:\n  vnet_name: v\n`, path: 'compute.yml', errors: [{ messageId: 'noSubnet', text: 'network_settings' }] },
    {
      name: 'compute instance',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json\nname: i\ntype: computeinstance\n',
      path: 'compute.yml',
      errors: [{ messageId: 'noSubnet', message: 'compute instance' }],
    },
  ],
});
