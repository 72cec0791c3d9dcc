/**
 * acr-audit-logs: logins and pushes / pulls / deletes of images should be logged.
 */
import { auditLogsRule } from './parts/auditLogs';
import { AVM_REGISTRY, REGISTRIES } from './parts/platform';

export default auditLogsRule({
  id: 'acr-audit-logs',
  description: 'Container registries should send their login and repository events to Log Analytics with a diagnostic setting.',
  severity: 'warning',
  tags: ['PSRule:Azure.ACR.AuditLogs', 'ASB-LT-3'],
  resourceTypes: [REGISTRIES],
  label: 'Registry',
  required: [['ContainerRegistryLoginEvents'], ['ContainerRegistryRepositoryEvents']],
  avmModule: AVM_REGISTRY,
});
