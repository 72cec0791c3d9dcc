/**
 * sql-public-network: Azure SQL logical servers holding training or application data should not
 * be reachable from the public internet.
 */
import { propertyRule } from './support';
import { AVM_SQL, SQL_SERVERS, offerPrivateEndpoint } from './parts/paasCommon';

export default offerPrivateEndpoint(
  propertyRule({
    id: 'sql-public-network',
    description: 'Azure SQL servers should disable public network access.',
    category: 'network',
    severity: 'error',
    tags: ['CKV_AZURE_113', 'ASB-NS-2'],
    resourceTypes: [SQL_SERVERS],
    path: 'properties.publicNetworkAccess',
    insecure: ['Enabled'],
    absent: 'insecure',
    secureValue: "'Disabled'",
    message: "SQL server {{resource}} allows public network access (publicNetworkAccess is {{value}}); set it to 'Disabled' and connect through a private endpoint.",
    absentMessage: "SQL server {{resource}} does not set publicNetworkAccess, so it is reachable from the public internet (the default is 'Enabled').",
    avm: { module: AVM_SQL, param: 'publicNetworkAccess' },
  }),
);
