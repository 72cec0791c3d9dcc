/**
 * stg-trusted-services-bypass: with the firewall on, Azure ML, AI Foundry, AI Search indexers
 * and backup reach the account as trusted services; `bypass: 'None'` breaks them and pushes
 * teams to open the firewall instead.
 */
import { propertyRule } from './support';
import type { ResourceView } from './support';
import type { BicepValue } from '../../languages/bicep';
import { AVM_STORAGE, STORAGE_ACCOUNTS, knownEnum } from './parts/platform';

function lacksAzureServices(v: BicepValue): boolean {
  return typeof v === 'string' && !/azureservices/i.test(v);
}

function withAzureServices(sa: ResourceView): string | undefined {
  const v = sa.value(sa.module ? 'params.networkAcls.bypass' : 'properties.networkAcls.bypass');
  if (typeof v !== 'string' || /^\s*none\s*$/i.test(v) || v.trim() === '') return "'AzureServices'";
  if (!/^[A-Za-z, ]{1,60}$/.test(v)) return "'AzureServices'";
  return `'${v.trim()}, AzureServices'`;
}

export default propertyRule({
  id: 'stg-trusted-services-bypass',
  description: "Storage account firewalls should let trusted Azure services through (networkAcls.bypass should include 'AzureServices').",
  category: 'network',
  severity: 'info',
  tags: ['CKV_AZURE_36'],
  resourceTypes: [STORAGE_ACCOUNTS],
  when: (sa) => knownEnum(sa, 'properties.networkAcls.defaultAction', 'Deny'),
  path: 'properties.networkAcls.bypass',
  insecure: lacksAzureServices,
  absent: 'secure',
  secureValue: withAzureServices,
  fixTitle: "Add 'AzureServices' to bypass",
  message: "Storage account {{resource}} denies by default but does not let trusted Azure services through (networkAcls.bypass is {{value}}), which breaks Azure ML, AI Foundry and AI Search access; include 'AzureServices'.",
  avm: {
    module: AVM_STORAGE,
    param: 'networkAcls.bypass',
    // the module denies by default unless told 'Allow'
    insecure: (v, m) => lacksAzureServices(v) && !knownEnum(m, 'params.networkAcls.defaultAction', 'Allow'),
    secureValue: "'AzureServices'",
  },
});
