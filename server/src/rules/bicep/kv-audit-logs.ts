/**
 * kv-audit-logs: every read of a secret or key should be logged (AuditEvent) to Log Analytics.
 */
import { auditLogsRule } from './parts/auditLogs';
import { AVM_KEY_VAULT, KEY_VAULTS } from './parts/platform';

export default auditLogsRule({
  id: 'kv-audit-logs',
  description: 'Key Vaults should send their AuditEvent logs to Log Analytics with a diagnostic setting.',
  severity: 'warning',
  tags: ['PSRule:Azure.KeyVault.Logs', 'ASB-LT-3'],
  resourceTypes: [KEY_VAULTS],
  label: 'Key Vault',
  required: [['AuditEvent']],
  avmModule: AVM_KEY_VAULT,
});
