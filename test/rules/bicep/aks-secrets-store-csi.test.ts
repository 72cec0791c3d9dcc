import rule from '../../../server/src/rules/bicep/aks-secrets-store-csi';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'enabled with rotation', code: aks("    addonProfiles: {\n      azureKeyvaultSecretsProvider: {\n        enabled: true\n        config: {\n          enableSecretRotation: 'true'\n        }\n      }\n    }") },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module with both', code: avm('    enableKeyvaultSecretsProvider: true\n    enableSecretRotation: true') },
  ],
  invalid: [
    {
      name: 'enabled without rotation',
      code: aks('    addonProfiles: {\n      azureKeyvaultSecretsProvider: {\n        enabled: true\n      }\n    }'),
      errors: [{ line: 10, text: 'azureKeyvaultSecretsProvider', message: 'enableSecretRotation is not set' }],
      output: aks("    addonProfiles: {\n      azureKeyvaultSecretsProvider: {\n        enabled: true\n        config: {\n          enableSecretRotation: 'true'\n        }\n      }\n    }"),
    },
    {
      name: 'absent',
      code: aks('    enableRBAC: true'),
      errors: [{ line: 7 }],
      output: aks("    enableRBAC: true\n    addonProfiles: {\n      azureKeyvaultSecretsProvider: {\n        enabled: true\n        config: {\n          enableSecretRotation: 'true'\n        }\n      }\n    }"),
    },
    {
      name: 'AVM module with the driver but no rotation',
      code: avm('    enableKeyvaultSecretsProvider: true'),
      errors: [{ line: 2, message: 'enableSecretRotation is not set' }],
      output: avm('    enableKeyvaultSecretsProvider: true\n    enableSecretRotation: true'),
    },
  ],
});
