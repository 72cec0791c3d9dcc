/**
 * acr-sku-scanning: the Basic SKU has no private link, network rules, quarantine or content
 * trust; inference images deserve a tier that supports them.
 */
import { propertyRule } from './support';
import { AVM_REGISTRY, REGISTRIES } from './parts/platform';

export default propertyRule({
  id: 'acr-sku-scanning',
  description: 'Container registries should use a Standard or Premium SKU, not Basic.',
  category: 'supply-chain',
  severity: 'info',
  tags: ['CKV_AZURE_163', 'PSRule:Azure.ACR.MinSku'],
  resourceTypes: [REGISTRIES],
  path: 'sku.name',
  insecure: ['Basic'],
  absent: 'secure',
  secureValue: "'Premium'",
  message: "Registry {{resource}} uses the {{value}} SKU, which has no private endpoints, network rules, quarantine or content trust; use 'Premium' (or at least 'Standard').",
  avm: { module: AVM_REGISTRY, param: 'acrSku' },
});
