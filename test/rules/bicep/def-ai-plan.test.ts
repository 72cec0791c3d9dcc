import rule from '../../../server/src/rules/bicep/def-ai-plan';
import { ruleTester } from '../../helpers/ruleTester';

const plan = (sym: string, name: string, tier: string) => `resource ${sym} 'Microsoft.Security/pricings@2024-01-01' = {\n  name: '${name}'\n  properties: {\n    pricingTier: '${tier}'\n  }\n}\n`;
const HEAD = "targetScope = 'subscription'\n\n";

ruleTester(rule, {
  valid: [
    { name: 'AI plan on', code: HEAD + plan('ai', 'AI', 'Standard') },
    { name: 'AI plan among others', code: `${HEAD}${plan('storage', 'StorageAccounts', 'Standard')}\n${plan('ai', 'AI', 'Standard')}` },
    { name: 'no Defender configuration at all', code: "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {\n  name: 'sa'\n  location: 'westeurope'\n}\n" },
    { name: 'plans from a param (unknown names)', code: `${HEAD}param plans array\nresource p 'Microsoft.Security/pricings@2024-01-01' = [for n in plans: {\n  name: n\n  properties: {\n    pricingTier: 'Standard'\n  }\n}]\n` },
    { name: 'AVM module with AI on', code: `${HEAD}module sc 'br/public:avm/ptn/security/security-center:0.2.0' = {\n  params: {\n    defenderPlans: [\n      {\n        name: 'AI'\n        pricingTier: 'Standard'\n      }\n    ]\n  }\n}\n` },
  ],
  invalid: [
    { name: 'AI plan Free', code: HEAD + plan('ai', 'AI', 'Free'), errors: [{ messageId: 'free', line: 6, text: "'Free'" }], output: HEAD + plan('ai', 'AI', 'Standard') },
    {
      name: 'plans configured, AI missing',
      code: `${HEAD}${plan('storage', 'StorageAccounts', 'Standard')}`,
      errors: [{ messageId: 'missing', line: 3, text: 'storage' }],
      output: `${HEAD}${plan('storage', 'StorageAccounts', 'Standard')}\nresource defenderForAi 'Microsoft.Security/pricings@2024-01-01' = {\n  name: 'AI'\n  properties: {\n    pricingTier: 'Standard'\n  }\n}\n`,
    },
    {
      name: 'loop over plan names with a Free AI item',
      code: `${HEAD}var plans = [\n  {\n    name: 'KeyVaults'\n    tier: 'Standard'\n  }\n  {\n    name: 'AI'\n    tier: 'Free'\n  }\n]\nresource p 'Microsoft.Security/pricings@2024-01-01' = [for x in plans: {\n  name: x.name\n  properties: {\n    pricingTier: x.tier\n  }\n}]\n`,
      errors: [{ messageId: 'free', line: 16, text: 'x.tier' }],
    },
    { name: 'AVM module without AI', code: `${HEAD}module sc 'br/public:avm/ptn/security/security-center:0.2.0' = {\n  params: {\n    defenderPlans: [\n      {\n        name: 'KeyVaults'\n        pricingTier: 'Standard'\n      }\n    ]\n  }\n}\n`, errors: [{ messageId: 'missing', line: 3 }] },
  ],
});
