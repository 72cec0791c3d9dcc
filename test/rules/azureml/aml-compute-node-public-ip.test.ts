import rule from '../../../server/src/rules/azureml/aml-compute-node-public-ip';
import { ruleTester } from '../../helpers/ruleTester';

const AML = '$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\n';
const CI = '$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json\n';

ruleTester(rule, {
  valid: [
    { name: 'false with a subnet', code: `${AML}name: c\ntype: amlcompute\nnetwork_settings:\n  vnet_name: v\n  subnet: s\nenable_node_public_ip: false\n`, path: 'compute.yml' },
    { name: 'quoted False (the CLI accepts it)', code: `${CI}name: i\ntype: computeinstance\nenable_node_public_ip: 'False'\n`, path: 'compute.yml' },
    { name: 'attached VM: not applicable', code: '$schema: https://azuremlschemas.azureedge.net/latest/vmCompute.schema.json\nname: vm\ntype: virtualmachine\nresource_id: /subscriptions/x\n', path: 'compute.yml' },
  ],
  invalid: [
    {
      name: 'absent on a cluster without subnet: unsafe fix after size',
      code: `${AML}name: cpu-cluster\ntype: amlcompute\nsize: STANDARD_DS3_v2\nmax_instances: 2\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'missing', text: 'name', message: 'compute cluster' }],
      output: `${AML}name: cpu-cluster\ntype: amlcompute\nsize: STANDARD_DS3_v2\nenable_node_public_ip: false\nmax_instances: 2\n`,
      fixTitles: ['Set enable_node_public_ip: false'],
    },
    {
      name: 'true on a compute instance with a subnet: after network_settings',
      code: `${CI}name: ci\ntype: computeinstance\nenable_node_public_ip: true # default\nnetwork_settings:\n  vnet_name: v\n  subnet: s\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'enabled', text: 'true', message: 'compute instance' }],
      output: `${CI}name: ci\ntype: computeinstance\nenable_node_public_ip: false # default\nnetwork_settings:\n  vnet_name: v\n  subnet: s\n`,
    },
    {
      name: 'absent with a subnet',
      code: `${AML}name: c\ntype: amlcompute\nnetwork_settings:\n  vnet_name: v\n  subnet: s\nmin_instances: 0\n`,
      path: 'compute.yml',
      errors: [{ messageId: 'missing' }],
      output: `${AML}name: c\ntype: amlcompute\nnetwork_settings:\n  vnet_name: v\n  subnet: s\nenable_node_public_ip: false\nmin_instances: 0\n`,
    },
    {
      name: 'detected by type',
      code: 'name: c\ntype: amlcompute\n',
      path: 'cluster.yml',
      errors: [{ messageId: 'missing' }],
      output: 'name: c\ntype: amlcompute\nenable_node_public_ip: false\n',
    },
  ],
});
