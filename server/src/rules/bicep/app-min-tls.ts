/**
 * app-min-tls: App Service and Functions apps should refuse TLS 1.0 and 1.1.
 */
import { propertyRule } from './support';
import { AVM_WEB_SITE, SITE_CONFIG_TYPES, SITE_TYPES, siteSettingPath } from './parts/paasCommon';

export default propertyRule({
  id: 'app-min-tls',
  description: 'App Service and Functions apps should require TLS 1.2 or later.',
  category: 'encryption',
  severity: 'error',
  tags: ['PSRule:Azure.AppService.MinTLS', 'CKV_AZURE_15', 'TA-000005', 'ASB-DP-3'],
  resourceTypes: [...SITE_TYPES, ...SITE_CONFIG_TYPES],
  path: siteSettingPath('minTlsVersion'),
  insecure: ['1.0', '1.1'],
  // the platform default is TLS 1.2
  absent: 'secure',
  secureValue: "'1.2'",
  message: "App {{resource}} accepts outdated TLS versions (minTlsVersion is {{value}}); set it to '1.2' or later.",
  avm: { module: AVM_WEB_SITE, param: 'siteConfig.minTlsVersion' },
});
