/**
 * sql-min-tls: Azure SQL servers should refuse TLS 1.0 and 1.1 clients.
 */
import { propertyRule } from './support';
import { AVM_SQL, SQL_SERVERS } from './parts/paasCommon';

export default propertyRule({
  id: 'sql-min-tls',
  description: 'Azure SQL servers should require TLS 1.2 or later.',
  category: 'encryption',
  severity: 'warning',
  tags: ['PSRule:Azure.SQL.MinTLS', 'CKV_AZURE_52', 'ASB-DP-3'],
  resourceTypes: [SQL_SERVERS],
  path: 'properties.minimalTlsVersion',
  insecure: ['1.0', '1.1', 'None'],
  absent: 'insecure',
  secureValue: "'1.2'",
  message: "SQL server {{resource}} accepts outdated TLS versions (minimalTlsVersion is {{value}}); set it to '1.2'.",
  absentMessage: "SQL server {{resource}} does not set minimalTlsVersion, so the server does not enforce a minimum TLS version; set minimalTlsVersion: '1.2'.",
  avm: { module: AVM_SQL, param: 'minimalTlsVersion' },
});
