/**
 * aml-compute-idle-shutdown: compute instances should shut down when idle (cost and exposure).
 */
import { propertyRule } from './support';
import { ML_COMPUTES, isComputeInstance } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-compute-idle-shutdown',
  description: 'Azure Machine Learning compute instances should shut down automatically when idle.',
  category: 'governance',
  severity: 'info',
  tags: ['PSRule:Azure.ML.ComputeIdleShutdown'],
  resourceTypes: [ML_COMPUTES],
  when: isComputeInstance,
  path: 'properties.properties.idleTimeBeforeShutdown',
  insecure: [],
  absent: 'insecure',
  secureValue: "'PT60M'",
  message: 'Compute instance {{resource}} has an idle shutdown of {{value}}.',
  absentMessage: "Compute instance {{resource}} never shuts down when idle; set idleTimeBeforeShutdown (for example 'PT60M') so that an unattended instance does not keep running and stay reachable.",
});
