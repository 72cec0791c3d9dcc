/**
 * app-ftps: plain FTP deployment sends credentials and code in clear text; apps should disable
 * FTP (or allow FTPS only).
 */
import { propertyRule } from './support';
import { AVM_WEB_SITE, SITE_CONFIG_TYPES, SITE_TYPES, siteSettingElsewhere, siteSettingPath } from './parts/paasCommon';

export default propertyRule({
  id: 'app-ftps',
  description: 'App Service and Functions apps should disable FTP or allow FTPS only.',
  category: 'encryption',
  severity: 'warning',
  tags: ['PSRule:Azure.AppService.WebSecureFtp', 'CKV_AZURE_78', 'TA-000003', 'ASB-DP-3'],
  resourceTypes: [...SITE_TYPES, ...SITE_CONFIG_TYPES],
  path: siteSettingPath('ftpsState'),
  insecure: ['AllAllowed'],
  // absent on a site: the platform default allows plain FTP, unless a config/web child sets it
  absent: (r) => (r.resource && SITE_TYPES.some((t) => t.toLowerCase() === r.resource?.typeLower) && !siteSettingElsewhere(r, 'ftpsState') ? 'insecure' : 'secure'),
  secureValue: "'Disabled'",
  message: "App {{resource}} allows plain FTP (ftpsState is {{value}}), which sends deployment credentials and code in clear text; set ftpsState to 'Disabled' (or 'FtpsOnly').",
  absentMessage: "App {{resource}} does not set siteConfig.ftpsState, so plain FTP may be allowed; set ftpsState: 'Disabled' (or 'FtpsOnly').",
  avm: { module: AVM_WEB_SITE, param: 'siteConfig.ftpsState' },
});
