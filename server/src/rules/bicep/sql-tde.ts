/**
 * sql-tde: transparent data encryption should stay on for every Azure SQL database.
 */
import { propertyRule } from './support';

export default propertyRule({
  id: 'sql-tde',
  description: 'Azure SQL databases should keep transparent data encryption enabled.',
  category: 'encryption',
  severity: 'warning',
  tags: ['PSRule:Azure.SQL.TDE', 'TA-000027', 'ASB-DP-4'],
  resourceTypes: ['Microsoft.Sql/servers/databases/transparentDataEncryption'],
  path: 'properties.state',
  insecure: ['Disabled'],
  absent: 'secure',
  secureValue: "'Enabled'",
  message: "Transparent data encryption {{resource}} is turned off (state is {{value}}), so the database, its backups and its logs are stored unencrypted; set state to 'Enabled'.",
});
