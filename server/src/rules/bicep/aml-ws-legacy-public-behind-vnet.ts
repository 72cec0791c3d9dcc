/**
 * aml-ws-legacy-public-behind-vnet: the legacy `allowPublicAccessWhenBehindVnet: true` opens a
 * private workspace to the internet again.
 */
import { propertyRule } from './support';
import { ML_WORKSPACES } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-ws-legacy-public-behind-vnet',
  description: 'Azure Machine Learning workspaces should not set the legacy allowPublicAccessWhenBehindVnet to true.',
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.ML.PublicAccess', 'ASB-NS-2'],
  resourceTypes: [ML_WORKSPACES],
  path: 'properties.allowPublicAccessWhenBehindVnet',
  insecure: [true],
  absent: 'secure',
  fix: 'remove',
  message: 'Workspace {{resource}} sets the legacy allowPublicAccessWhenBehindVnet to true, which exposes a private-endpoint workspace to the public internet; remove it and control access with publicNetworkAccess.',
});
