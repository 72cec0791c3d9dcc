import rule from '../../../server/src/rules/bicep/aks-http-app-routing';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'absent', code: aks('    enableRBAC: true') },
    { name: 'false', code: aks('    addonProfiles: {\n      httpApplicationRouting: {\n        enabled: false\n      }\n    }') },
    { name: 'existing cluster', code: existing },
  ],
  invalid: [
    {
      name: 'true',
      code: aks('    addonProfiles: {\n      httpApplicationRouting: {\n        enabled: true\n      }\n    }'),
      errors: [{ messageId: 'insecure', line: 11, text: 'true' }],
      output: aks('    addonProfiles: {\n      httpApplicationRouting: {\n        enabled: false\n      }\n    }'),
    },
    {
      name: 'AVM module passing true',
      code: avm('    httpApplicationRoutingEnabled: true'),
      errors: [{ line: 5 }],
      output: avm('    httpApplicationRoutingEnabled: false'),
    },
  ],
});
