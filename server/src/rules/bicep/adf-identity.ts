/**
 * adf-identity: a data factory needs a managed identity to reach Key Vault and data stores
 * without stored credentials.
 */
import { propertyRule } from './support';
import { AVM_DATA_FACTORY, DATA_FACTORIES, avmHasIdentity, hasManagedIdentityType } from './parts/paasCommon';
import { addUserAssignedIdentityFix } from './parts/snippets';
import { withExtraFixes } from './parts/withFixes';

export default withExtraFixes(
  propertyRule({
    id: 'adf-identity',
    description: 'Data factories should have a managed identity so that linked services can authenticate without stored credentials.',
    category: 'identity',
    severity: 'warning',
    tags: ['ASB-IM-3'],
    resourceTypes: [DATA_FACTORIES],
    path: 'identity.type',
    insecure: (v) => !hasManagedIdentityType(v),
    absent: 'insecure',
    secureValue: "'SystemAssigned'",
    fixTitle: 'Use a system-assigned identity',
    message: 'Data factory {{resource}} has no managed identity (identity type is {{value}}), so its linked services need stored keys, passwords or connection strings; use a system- or user-assigned identity.',
    absentMessage: 'Data factory {{resource}} has no managed identity, so its linked services need stored keys, passwords or connection strings; add a system- or user-assigned identity.',
    avm: { module: AVM_DATA_FACTORY, param: 'managedIdentities', insecure: (v) => !avmHasIdentity(v), absent: 'insecure', secureValue: '{\n  systemAssigned: true\n}' },
  }),
  (doc, r) => [addUserAssignedIdentityFix(doc, r)],
);
