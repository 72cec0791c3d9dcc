/**
 * app-managed-identity: apps that call Azure OpenAI, Search, Storage or Key Vault should do so
 * with a managed identity rather than keys in app settings.
 */
import { propertyRule } from './support';
import { AVM_WEB_SITE, SITE_TYPES, avmHasIdentity, hasManagedIdentityType } from './parts/paasCommon';
import { addUserAssignedIdentityFix } from './parts/snippets';
import { withExtraFixes } from './parts/withFixes';

export default withExtraFixes(
  propertyRule({
    id: 'app-managed-identity',
    description: 'App Service and Functions apps should use a managed identity to reach other Azure services.',
    category: 'identity',
    severity: 'warning',
    tags: ['PSRule:Azure.AppService.ManagedIdentity', 'CKV_AZURE_71', 'TA-000007', 'ASB-IM-3'],
    resourceTypes: SITE_TYPES,
    path: 'identity.type',
    insecure: (v) => !hasManagedIdentityType(v),
    absent: 'insecure',
    secureValue: "'SystemAssigned'",
    fixTitle: 'Use a system-assigned identity',
    message: 'App {{resource}} has no managed identity (identity type is {{value}}), so it needs keys or connection strings to call Azure OpenAI, Search, Storage or Key Vault; use a system- or user-assigned identity.',
    absentMessage: 'App {{resource}} has no managed identity, so it needs keys or connection strings to call Azure OpenAI, Search, Storage or Key Vault; add a system- or user-assigned identity.',
    avm: { module: AVM_WEB_SITE, param: 'managedIdentities', insecure: (v) => !avmHasIdentity(v), absent: 'insecure', secureValue: '{\n  systemAssigned: true\n}' },
  }),
  (doc, r) => [addUserAssignedIdentityFix(doc, r)],
);
