/**
 * aml-compute-vnet: compute instances and clusters should run in a virtual network — their
 * own subnet, or the workspace's managed virtual network.
 */
import { propertyRule } from './support';
import { ML_COMPUTES, hasManagedNetwork, isAmlCompute, isComputeInstance, parentWorkspace } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-compute-vnet',
  description: 'Azure Machine Learning compute instances and clusters should be deployed into a virtual network.',
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.ML.ComputeVnet', 'ASB-NS-1'],
  resourceTypes: [ML_COMPUTES],
  when: (c) => isComputeInstance(c) || isAmlCompute(c),
  path: 'properties.properties.subnet.id',
  insecure: (v) => v === '',
  // a workspace with a managed virtual network places its computes there
  absent: (c) => (hasManagedNetwork(parentWorkspace(c)) === true ? 'secure' : 'insecure'),
  // the workspace is not in this file (or its setting is unknown): it may have a managed network
  findingConfidence: (c) => (hasManagedNetwork(parentWorkspace(c)) === undefined ? 'medium' : undefined),
  message: 'Compute {{resource}} has an empty subnet id; set properties.properties.subnet.id to a subnet resource ID or use a workspace managed virtual network.',
  absentMessage: 'Compute {{resource}} is not in a virtual network (no properties.properties.subnet.id) and its workspace does not declare a managed virtual network; set subnet.id or enable the workspace managed virtual network.',
});
