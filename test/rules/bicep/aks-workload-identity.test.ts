import rule from '../../../server/src/rules/bicep/aks-workload-identity';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'both enabled', code: aks('    oidcIssuerProfile: {\n      enabled: true\n    }\n    securityProfile: {\n      workloadIdentity: {\n        enabled: true\n      }\n    }') },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module with both', code: avm('    enableOidcIssuerProfile: true\n    securityProfile: {\n      workloadIdentity: {\n        enabled: true\n      }\n    }') },
  ],
  invalid: [
    {
      name: 'neither',
      code: aks('    enableRBAC: true'),
      errors: [{ line: 7, message: 'oidcIssuerProfile.enabled is not set, securityProfile.workloadIdentity.enabled is not set' }],
      output: aks('    enableRBAC: true\n    oidcIssuerProfile: {\n      enabled: true\n    }\n    securityProfile: {\n      workloadIdentity: {\n        enabled: true\n      }\n    }'),
    },
    {
      name: 'OIDC on, workload identity missing next to a defender profile',
      code: aks('    oidcIssuerProfile: {\n      enabled: true\n    }\n    securityProfile: {\n      imageCleaner: {\n        enabled: true\n      }\n    }'),
      errors: [{ line: 12, text: 'securityProfile' }],
      output: aks('    oidcIssuerProfile: {\n      enabled: true\n    }\n    securityProfile: {\n      imageCleaner: {\n        enabled: true\n      }\n      workloadIdentity: {\n        enabled: true\n      }\n    }'),
    },
    {
      name: 'from a param default (unsafe fix overwrites the reference)',
      code: `param oidc bool = false\n${aks('    oidcIssuerProfile: {\n      enabled: oidc\n    }\n    securityProfile: {\n      workloadIdentity: {\n        enabled: true\n      }\n    }')}`,
      errors: [{ line: 11, text: 'oidc', related: ['Default of param oidc: false'] }],
      output: `param oidc bool = false\n${aks('    oidcIssuerProfile: {\n      enabled: true\n    }\n    securityProfile: {\n      workloadIdentity: {\n        enabled: true\n      }\n    }')}`,
    },
    {
      name: 'AVM module defaults',
      code: avm("    skuTier: 'Standard'"),
      errors: [{ line: 2 }],
      output: avm("    skuTier: 'Standard'\n    enableOidcIssuerProfile: true\n    securityProfile: {\n      workloadIdentity: {\n        enabled: true\n      }\n    }"),
    },
  ],
});
