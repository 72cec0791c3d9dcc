/**
 * app-remote-debug: remote debugging opens extra ports and lets a debugger attach to production
 * code; it should be off.
 */
import { propertyRule } from './support';
import { AVM_WEB_SITE, SITE_CONFIG_TYPES, SITE_TYPES, siteSettingPath } from './parts/paasCommon';

export default propertyRule({
  id: 'app-remote-debug',
  description: 'App Service and Functions apps should have remote debugging turned off.',
  category: 'network',
  severity: 'warning',
  tags: ['PSRule:Azure.AppService.RemoteDebug', 'CKV_AZURE_72', 'CKV_AZURE_155', 'TA-000002'],
  resourceTypes: [...SITE_TYPES, ...SITE_CONFIG_TYPES],
  path: siteSettingPath('remoteDebuggingEnabled'),
  insecure: [true],
  absent: 'secure',
  secureValue: 'false',
  message: 'App {{resource}} has remote debugging enabled (remoteDebuggingEnabled is {{value}}), which opens debugger ports and lets a debugger attach to the running code; set it to false.',
  avm: { module: AVM_WEB_SITE, param: 'siteConfig.remoteDebuggingEnabled' },
});
