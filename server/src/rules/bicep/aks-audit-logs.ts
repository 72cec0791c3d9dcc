/**
 * aks-audit-logs: Kubernetes API audit logs (kube-audit / kube-audit-admin) and Entra ID
 * authentication logs (guard) should go to Log Analytics.
 */
import { auditLogsRule } from './parts/auditLogs';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

export default auditLogsRule({
  id: 'aks-audit-logs',
  description: 'AKS clusters should send their kube-audit and guard logs to Log Analytics with a diagnostic setting.',
  severity: 'warning',
  tags: ['PSRule:Azure.AKS.AuditLogs', 'ASB-LT-3'],
  resourceTypes: [MANAGED_CLUSTERS],
  label: 'Cluster',
  required: [['kube-audit', 'kube-audit-admin'], ['guard']],
  avmModule: AVM_AKS,
});
