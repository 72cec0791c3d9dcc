/**
 * aks-http-app-routing: the legacy HTTP application routing add-on exposes services on public
 * DNS without TLS and is not meant for production.
 */
import { propertyRule } from './support';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

export default propertyRule({
  id: 'aks-http-app-routing',
  description: 'AKS clusters should not enable the HTTP application routing add-on.',
  category: 'network',
  severity: 'info',
  tags: ['PSRule:Azure.AKS.HttpAppRouting'],
  resourceTypes: [MANAGED_CLUSTERS],
  path: 'properties.addonProfiles.httpApplicationRouting.enabled',
  insecure: [true],
  absent: 'secure',
  secureValue: 'false',
  message: 'Cluster {{resource}} enables the HTTP application routing add-on (enabled is {{value}}), which publishes services on a public DNS zone without TLS; disable it and use the application routing (web app routing) add-on or an ingress controller with TLS.',
  avm: { module: AVM_AKS, param: 'httpApplicationRoutingEnabled' },
});
