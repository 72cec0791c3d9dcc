import rule from '../../../server/src/rules/bicep/acr-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { acr, avmRegistry as avm } from './fixtures';

const existing = "resource acr 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {\n  name: 'crcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: acr("    publicNetworkAccess: 'Disabled'") },
    { name: 'enabled but deny by default', code: acr("    publicNetworkAccess: 'Enabled'\n    networkRuleSet: {\n      defaultAction: 'Deny'\n      ipRules: [\n        {\n          action: 'Allow'\n          value: '203.0.113.0/24'\n        }\n      ]\n    }") },
    { name: 'Basic SKU (no network rules available)', code: acr("    adminUserEnabled: false", 'Basic') },
    { name: 'existing registry', code: existing },
    { name: 'AVM module with private endpoints', code: avm("    privateEndpoints: [\n      {\n        subnetResourceId: '/subscriptions/x/subnets/pe'\n      }\n    ]") },
    { name: 'AVM module Enabled with its default Deny', code: avm("    publicNetworkAccess: 'Enabled'") },
  ],
  invalid: [
    {
      name: 'Enabled without network rules',
      code: acr("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 8, text: "'Enabled'" }],
      output: acr("    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'absent with Allow',
      code: acr("    networkRuleSet: {\n      defaultAction: 'Allow'\n    }"),
      errors: [{ messageId: 'absent', line: 7, text: 'properties' }],
      output: acr("    networkRuleSet: {\n      defaultAction: 'Allow'\n    }\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'AVM module left open (no private endpoints, no IP rules)',
      code: avm("    acrSku: 'Premium'"),
      errors: [{ messageId: 'absent', line: 2 }],
      output: avm("    acrSku: 'Premium'\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'AVM module Enabled with Allow',
      code: avm("    publicNetworkAccess: 'Enabled'\n    networkRuleSetDefaultAction: 'Allow'"),
      errors: [{ messageId: 'insecure', line: 4, text: "'Enabled'" }],
      output: avm("    publicNetworkAccess: 'Disabled'\n    networkRuleSetDefaultAction: 'Allow'"),
    },
  ],
});
