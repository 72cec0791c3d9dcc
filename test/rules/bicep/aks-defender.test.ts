import rule from '../../../server/src/rules/bicep/aks-defender';
import { ruleTester } from '../../helpers/ruleTester';
import { aks, avmManagedCluster as avm } from './fixtures';

const existing = "resource aks 'Microsoft.ContainerService/managedClusters@2025-05-01' existing = {\n  name: 'aks-contoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'enabled', code: `param law string\n${aks('    securityProfile: {\n      defender: {\n        logAnalyticsWorkspaceResourceId: law\n        securityMonitoring: {\n          enabled: true\n        }\n      }\n    }')}` },
    { name: 'existing cluster', code: existing },
    { name: 'AVM module with the profile', code: avm('    securityProfile: {\n      defender: {\n        securityMonitoring: {\n          enabled: true\n        }\n      }\n    }') },
  ],
  invalid: [
    { name: 'absent (no fix: a workspace is needed)', code: aks('    enableRBAC: true'), errors: [{ messageId: 'absent', line: 7 }] },
    { name: 'disabled', code: aks('    securityProfile: {\n      defender: {\n        securityMonitoring: {\n          enabled: false\n        }\n      }\n    }'), errors: [{ messageId: 'insecure', line: 12, text: 'false' }] },
    { name: 'AVM module without securityProfile', code: avm("    skuTier: 'Standard'"), errors: [{ messageId: 'absent', line: 2 }] },
  ],
});
