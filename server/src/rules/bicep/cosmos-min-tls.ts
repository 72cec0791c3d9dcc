/**
 * cosmos-min-tls: Cosmos DB accounts should refuse TLS 1.0 and 1.1 clients.
 */
import { propertyRule } from './support';
import { COSMOS } from './parts/paasCommon';

export default propertyRule({
  id: 'cosmos-min-tls',
  description: 'Cosmos DB accounts should require TLS 1.2 or later.',
  category: 'encryption',
  severity: 'warning',
  tags: ['PSRule:Azure.Cosmos.MinTLS', 'ASB-DP-3'],
  resourceTypes: [COSMOS],
  path: 'properties.minimalTlsVersion',
  insecure: ['Tls', 'Tls11'],
  // the service has required TLS 1.2 for every account since the retirement of TLS 1.0/1.1
  absent: 'secure',
  secureValue: "'Tls12'",
  message: "Cosmos DB account {{resource}} accepts outdated TLS versions (minimalTlsVersion is {{value}}); set it to 'Tls12'.",
});
