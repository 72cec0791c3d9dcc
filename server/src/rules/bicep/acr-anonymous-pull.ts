/**
 * acr-anonymous-pull: anonymous pull exposes every image (model servers, inference code,
 * baked-in weights) to anyone on the internet.
 */
import { propertyRule } from './support';
import { AVM_REGISTRY, REGISTRIES } from './parts/platform';

export default propertyRule({
  id: 'acr-anonymous-pull',
  description: 'Container registries should disable anonymous pull access.',
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.ACR.AnonymousAccess', 'CKV_AZURE_138', 'ASB-NS-2'],
  resourceTypes: [REGISTRIES],
  path: 'properties.anonymousPullEnabled',
  insecure: [true],
  absent: 'secure',
  secureValue: 'false',
  message: 'Registry {{resource}} lets anyone pull its images without credentials (anonymousPullEnabled is {{value}}); set it to false.',
  avm: { module: AVM_REGISTRY, param: 'anonymousPullEnabled' },
});
