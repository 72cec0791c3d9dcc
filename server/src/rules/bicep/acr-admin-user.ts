/**
 * acr-admin-user: the admin user of a registry is a shared username/password with push and
 * pull rights on every repository.
 */
import { propertyRule } from './support';
import { AVM_REGISTRY, REGISTRIES } from './parts/platform';

export default propertyRule({
  id: 'acr-admin-user',
  description: 'Container registries should disable the admin user.',
  category: 'identity',
  severity: 'error',
  tags: ['PSRule:Azure.ACR.AdminUser', 'CKV_AZURE_137', 'ASB-IM-1'],
  resourceTypes: [REGISTRIES],
  path: 'properties.adminUserEnabled',
  insecure: [true],
  absent: 'secure',
  secureValue: 'false',
  message: 'Registry {{resource}} enables the admin user (adminUserEnabled is {{value}}), a shared password with push and pull rights on every repository; set it to false and pull with managed identities (AcrPull).',
  avm: { module: AVM_REGISTRY, param: 'acrAdminUserEnabled' },
});
