/**
 * aml-registry-public-network: Azure ML registries (shared models, environments, components)
 * should not be reachable from the public internet.
 */
import { propertyRule } from './support';
import { AVM_ML_REGISTRY, ML_REGISTRIES } from './parts/amlCommon';

export default propertyRule({
  id: 'aml-registry-public-network',
  description: 'Azure Machine Learning registries should disable public network access.',
  category: 'network',
  severity: 'error',
  tags: ['ASB-NS-2'],
  resourceTypes: [ML_REGISTRIES],
  path: 'properties.publicNetworkAccess',
  insecure: ['Enabled'],
  absent: 'insecure',
  secureValue: "'Disabled'",
  message: "Registry {{resource}} is reachable from the internet (publicNetworkAccess is {{value}}); set it to 'Disabled' and use a private endpoint.",
  absentMessage: "Registry {{resource}} does not set publicNetworkAccess, so it is reachable from the internet (the default is 'Enabled'); set it to 'Disabled'.",
  // the module disables public access by itself only when private endpoints are passed
  avm: { module: AVM_ML_REGISTRY, param: 'publicNetworkAccess', absent: (m) => (m.state('params.privateEndpoints').kind === 'absent' ? 'insecure' : 'secure') },
});
