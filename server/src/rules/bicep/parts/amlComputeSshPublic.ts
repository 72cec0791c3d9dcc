/**
 * The Bicep side of `aml-compute-ssh-public` (the id is owned by the Azure ML YAML rule in
 * rules/azureml/): the SSH port of compute instances and cluster nodes should not be open to
 * the internet. Merge with `mergeRules(yamlRule, amlComputeSshPublicBicep)`.
 */
import { propertyRule, sameEnum } from '../support';
import type { ResourceView } from '../support';
import { ML_COMPUTES, isAmlCompute, isComputeInstance } from './amlCommon';

/** A cluster with a subnet closes the port when remoteLoginPortPublicAccess is NotSpecified. */
function clusterInVnet(c: ResourceView): boolean {
  const s = c.state('properties.properties.subnet.id');
  return s.kind !== 'absent';
}

export default propertyRule({
  id: 'aml-compute-ssh-public',
  description: 'Azure Machine Learning compute instances and clusters should not expose SSH to the internet.',
  category: 'network',
  severity: 'error',
  tags: ['ASB-NS-2'],
  resourceTypes: [ML_COMPUTES],
  path: (c) => (isComputeInstance(c) ? 'properties.properties.sshSettings.sshPublicAccess' : isAmlCompute(c) ? 'properties.properties.remoteLoginPortPublicAccess' : undefined),
  insecure: (v, c) => sameEnum(v, 'Enabled') || (isAmlCompute(c) && sameEnum(v, 'NotSpecified') && !clusterInVnet(c)),
  // instances: SSH is off unless enabled; clusters: NotSpecified opens the port outside a virtual network
  absent: (c) => (isAmlCompute(c) && !clusterInVnet(c) ? 'insecure' : 'secure'),
  secureValue: "'Disabled'",
  message: "Compute {{resource}} opens its SSH port to the internet ({{property}} is {{value}}); set it to 'Disabled'.",
  absentMessage: "Cluster {{resource}} does not set remoteLoginPortPublicAccess and is not in a virtual network, so its SSH port is open to the internet; set it to 'Disabled'.",
});
