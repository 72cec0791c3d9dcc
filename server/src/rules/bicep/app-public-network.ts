/**
 * app-public-network: apps that serve as internal inference backends or orchestrators should
 * not be reachable from the internet.
 */
import { propertyRule } from './support';
import { AVM_WEB_SITE, SITE_TYPES, offerPrivateEndpoint } from './parts/paasCommon';
import { privateEndpointIndexOf } from './parts/graph';

export default offerPrivateEndpoint(
  propertyRule({
    id: 'app-public-network',
    description: 'App Service and Functions apps that serve internal backends should disable public network access.',
    category: 'network',
    severity: 'warning',
    // many apps are meant to be public: the template cannot tell
    confidence: 'medium',
    tags: ['CKV_AZURE_222', 'ASB-NS-2'],
    resourceTypes: SITE_TYPES,
    path: 'properties.publicNetworkAccess',
    insecure: ['Enabled'],
    // absent: public, unless a private endpoint in the file targets the app (the platform then closes public access)
    absent: (r) => (r.resource && privateEndpointIndexOf(r.resource.model).has(r.resource) ? 'secure' : 'insecure'),
    secureValue: "'Disabled'",
    message: "App {{resource}} is reachable from the internet (publicNetworkAccess is {{value}}); if it is an internal backend, set it to 'Disabled' and reach it through a private endpoint.",
    absentMessage: "App {{resource}} does not set publicNetworkAccess and has no private endpoint here, so it is reachable from the internet; if it is an internal backend, set publicNetworkAccess: 'Disabled' and add a private endpoint.",
    avm: { module: AVM_WEB_SITE, param: 'publicNetworkAccess' },
  }),
);
