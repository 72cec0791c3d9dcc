import rule from '../../../server/src/rules/bicep/aks-managed-identity';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'system-assigned', code: aks('    enableRBAC: true') },
    { name: "service principal 'msi'", code: aks("    servicePrincipalProfile: {\n      clientId: 'msi'\n    }", '') },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module with an identity', code: avm('    managedIdentities: {\n      systemAssigned: true\n    }') },
    { name: 'AVM module without identity params (no service principal either)', code: avm("    skuTier: 'Standard'") },
  ],
  invalid: [
    {
      name: 'service principal',
      code: `@secure()\nparam spSecret string\n${aks("    servicePrincipalProfile: {\n      clientId: '00000000-0000-0000-0000-000000000000'\n      secret: spSecret\n    }", '')}`,
      errors: [{ messageId: 'absent', line: 3, text: 'aks' }],
      output: `@secure()\nparam spSecret string\n${aks("    servicePrincipalProfile: {\n      clientId: '00000000-0000-0000-0000-000000000000'\n      secret: spSecret\n    }", '').replace("    }\n  }\n}", "    }\n  }\n  identity: {\n    type: 'SystemAssigned'\n  }\n}")}`,
    },
    {
      name: "type 'None'",
      code: aks('    enableRBAC: true', "  identity: {\n    type: 'None'\n  }\n"),
      errors: [{ messageId: 'insecure', line: 5, text: "'None'" }],
      output: aks('    enableRBAC: true'),
    },
    {
      name: 'AVM module with a service principal profile',
      code: avm("    aksServicePrincipalProfile: {\n      clientId: 'x'\n    }"),
      errors: [{ messageId: 'absent', line: 2 }],
      output: avm("    aksServicePrincipalProfile: {\n      clientId: 'x'\n    }\n    managedIdentities: {\n      systemAssigned: true\n    }"),
    },
  ],
});
