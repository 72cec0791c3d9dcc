/**
 * bicep-secure-input-insecure-value: properties the resource providers treat as sensitive
 * (passwords, secret values, shared keys) must get their value from a @secure() param, a Key
 * Vault reference or a runtime value — not from a literal or a plain param.
 */
import { defineRule } from '../../engine/rule';
import { judgeSensitiveValue, locatePath, clip } from './support';

/** Sensitive properties by resource type (lower-cased type → dotted paths from the body). */
const SENSITIVE: Readonly<Record<string, readonly string[]>> = {
  'microsoft.keyvault/vaults/secrets': ['properties.value'],
  'microsoft.sql/servers': ['properties.administratorLoginPassword'],
  'microsoft.sql/managedinstances': ['properties.administratorLoginPassword'],
  'microsoft.dbforpostgresql/flexibleservers': ['properties.administratorLoginPassword'],
  'microsoft.dbforpostgresql/servers': ['properties.administratorLoginPassword'],
  'microsoft.dbformysql/flexibleservers': ['properties.administratorLoginPassword'],
  'microsoft.dbformysql/servers': ['properties.administratorLoginPassword'],
  'microsoft.synapse/workspaces': ['properties.sqlAdministratorLoginPassword'],
  'microsoft.compute/virtualmachines': ['properties.osProfile.adminPassword'],
  'microsoft.compute/virtualmachinescalesets': ['properties.virtualMachineProfile.osProfile.adminPassword'],
  'microsoft.containerservice/managedclusters': ['properties.servicePrincipalProfile.secret', 'properties.windowsProfile.adminPassword'],
  'microsoft.network/connections': ['properties.sharedKey'],
  'microsoft.machinelearningservices/workspaces/computes': [
    'properties.properties.userAccountCredentials.adminUserPassword',
    'properties.properties.administratorAccount.password',
    'properties.properties.administratorAccount.privateKeyData',
  ],
};

export default defineRule({
  meta: {
    id: 'bicep-secure-input-insecure-value',
    description: 'Sensitive resource properties such as passwords and secret values should come from @secure() params or Key Vault, not literals or plain params.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: '{{property}} of {{resource}} is set from {{source}}: the secret is stored in the template or the deployment history in clear text. Pass it through a @secure() param or a Key Vault reference, and rotate it if it was committed.',
    },
    tags: ['CWE-798', 'bicep:use-secure-value-for-secure-inputs', 'PSRule:Azure.Deployment.SecureValue'],
  },
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !r.typeLower) return;
        const paths = SENSITIVE[r.typeLower];
        if (!paths) return;
        for (const path of paths) {
          const prop = locatePath(r.body, path).property;
          if (!prop?.value) continue;
          const name = path.slice(path.lastIndexOf('.') + 1);
          const judged = judgeSensitiveValue(doc, r.model, prop.value, name);
          if (!judged) continue;
          context.report({
            span: { start: prop.value.start, end: prop.value.end },
            messageId: 'insecure',
            data: { resource: clip(r.name), property: clip(name), source: judged.source },
            related: judged.related,
            fixes: judged.fixes,
          });
        }
      },
    };
  },
});
