/**
 * sql-min-tls: Azure SQL servers should not be configured for TLS 1.0 / 1.1 or "no minimum".
 * Azure SQL retired TLS 1.0 / 1.1 (31 August 2025) and makes 1.2 the minimum when the setting
 * is left blank, so only explicit old values are reported.
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
  absent: 'secure',
  secureValue: "'1.2'",
  message: "SQL server {{resource}} asks for outdated TLS versions (minimalTlsVersion is {{value}}): Azure SQL has retired TLS 1.0 and 1.1 and is removing 'None', so such servers can no longer be created as written; set it to '1.2'.",
  avm: { module: AVM_SQL, param: 'minimalTlsVersion' },
});
