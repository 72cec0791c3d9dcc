/**
 * The Bicep side of `aml-compute-node-public-ip` (the id is owned by the Azure ML YAML rule in
 * rules/azureml/): compute instance and cluster nodes should not get public IP addresses.
 * Merge with `mergeRules(yamlRule, amlComputeNodePublicIpBicep)`.
 */
import { propertyRule } from '../support';
import { ML_COMPUTES, isAmlCompute, isComputeInstance } from './amlCommon';

export default propertyRule({
  id: 'aml-compute-node-public-ip',
  description: 'Azure Machine Learning compute nodes should not have public IP addresses.',
  category: 'network',
  severity: 'error',
  tags: ['ASB-NS-2'],
  resourceTypes: [ML_COMPUTES],
  when: (c) => isComputeInstance(c) || isAmlCompute(c),
  path: 'properties.properties.enableNodePublicIp',
  insecure: [true],
  absent: 'insecure',
  secureValue: 'false',
  message: 'Compute {{resource}} gives its nodes public IP addresses (enableNodePublicIp is {{value}}); set it to false and place the compute in a virtual network.',
  absentMessage: 'Compute {{resource}} does not set enableNodePublicIp, so its nodes get public IP addresses (the default is true); set it to false and place the compute in a virtual network.',
});
