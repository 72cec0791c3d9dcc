/**
 * purview-managed-eventhub: the managed Event Hubs namespace of a Purview account is an extra,
 * publicly reachable ingestion endpoint; disable it unless Kafka notifications are needed.
 */
import { propertyRule } from './support';
import { AVM_PURVIEW, PURVIEW } from './parts/paasCommon';

export default propertyRule({
  id: 'purview-managed-eventhub',
  description: 'Microsoft Purview accounts should disable the managed Event Hubs namespace unless they need it.',
  category: 'network',
  severity: 'info',
  confidence: 'medium',
  tags: ['ASB-NS-2'],
  resourceTypes: [PURVIEW],
  path: 'properties.managedEventHubState',
  insecure: ['Enabled'],
  absent: 'secure',
  secureValue: "'Disabled'",
  message: "Purview account {{resource}} deploys a managed Event Hubs namespace (managedEventHubState is {{value}}), an extra ingestion endpoint to secure; set it to 'Disabled' unless you use Purview's Kafka notifications.",
  absentMessage: "Purview module {{resource}} keeps the module's default managedEventHubState 'Enabled', which deploys a managed Event Hubs namespace; pass 'Disabled' unless you use Purview's Kafka notifications.",
  // the AVM module's default is 'Enabled'
  avm: { module: AVM_PURVIEW, param: 'managedEventHubState', absent: 'insecure' },
});
