/**
 * aml-endpoint-public-network: managed online endpoints should not accept scoring requests
 * from the public internet.
 */
import { propertyRule } from './support';
import { ML_ONLINE_ENDPOINTS } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-endpoint-public-network',
  description: 'Azure Machine Learning online endpoints should disable public network access.',
  category: 'network',
  severity: 'error',
  tags: ['ASB-NS-2'],
  resourceTypes: [ML_ONLINE_ENDPOINTS],
  path: 'properties.publicNetworkAccess',
  insecure: ['Enabled'],
  absent: 'insecure',
  secureValue: "'Disabled'",
  message: "Online endpoint {{resource}} accepts scoring requests from the internet (publicNetworkAccess is {{value}}); set it to 'Disabled' and call it through the workspace private endpoint.",
  absentMessage: "Online endpoint {{resource}} does not set publicNetworkAccess, so it accepts scoring requests from the internet (the default is 'Enabled'); set it to 'Disabled'.",
});
