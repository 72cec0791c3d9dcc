/**
 * app-https-only: App Service and Functions apps serving inference APIs should redirect plain
 * HTTP to HTTPS.
 */
import { propertyRule } from './support';
import { AVM_WEB_SITE, SITE_TYPES } from './parts/paasCommon';

export default propertyRule({
  id: 'app-https-only',
  description: 'App Service and Functions apps should accept HTTPS only.',
  category: 'encryption',
  severity: 'error',
  tags: ['PSRule:Azure.AppService.UseHTTPS', 'CKV_AZURE_14', 'CKV_AZURE_70', 'CKV_AZURE_153', 'TA-000004', 'ASB-DP-3'],
  resourceTypes: SITE_TYPES,
  path: 'properties.httpsOnly',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'App {{resource}} accepts plain HTTP (httpsOnly is {{value}}), so requests, API keys and tokens can travel unencrypted; set httpsOnly: true.',
  absentMessage: 'App {{resource}} does not set httpsOnly, so it accepts plain HTTP (the default is false); set httpsOnly: true.',
  avm: { module: AVM_WEB_SITE, param: 'httpsOnly' },
});
