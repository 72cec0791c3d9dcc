import rule from '../../../server/src/rules/bicep/def-workload-plans';
import { ruleTester } from '../../helpers/ruleTester';

const plan = (sym: string, name: string, tier: string) => `resource ${sym} 'Microsoft.Security/pricings@2024-01-01' = {\n  name: '${name}'\n  properties: {\n    pricingTier: '${tier}'\n  }\n}\n`;
const HEAD = "targetScope = 'subscription'\n\n";

ruleTester(rule, {
  valid: [
    { name: 'standard', code: HEAD + plan('kv', 'KeyVaults', 'Standard') },
    { name: 'other plan Free (not a workload plan)', code: HEAD + plan('dns', 'Dns', 'Free') },
    { name: 'unknown tier', code: `${HEAD}param tier string\nresource kv 'Microsoft.Security/pricings@2024-01-01' = {\n  name: 'KeyVaults'\n  properties: {\n    pricingTier: tier\n  }\n}\n` },
    { name: 'AVM with plans on', code: `${HEAD}module sc 'br/public:avm/ptn/security/security-center:0.2.0' = {\n  params: {\n    defenderPlans: [\n      {\n        name: 'StorageAccounts'\n        pricingTier: 'Standard'\n      }\n    ]\n  }\n}\n` },
  ],
  invalid: [
    { name: 'Key Vault plan Free', code: HEAD + plan('kv', 'KeyVaults', 'Free'), errors: [{ messageId: 'free', line: 6, text: "'Free'", message: 'plan KeyVaults' }], output: HEAD + plan('kv', 'KeyVaults', 'Standard') },
    {
      name: 'loop: one finding naming the Free plans',
      code: `${HEAD}var plans = [\n  {\n    name: 'StorageAccounts'\n    tier: 'Free'\n  }\n  {\n    name: 'Containers'\n    tier: 'Free'\n  }\n  {\n    name: 'Arm'\n    tier: 'Standard'\n  }\n]\nresource p 'Microsoft.Security/pricings@2024-01-01' = [for x in plans: {\n  name: x.name\n  properties: {\n    pricingTier: x.tier\n  }\n}]\n`,
      errors: [{ line: 20, message: 'plan StorageAccounts, Containers' }],
    },
    { name: 'AVM module without defenderPlans (all Free)', code: `${HEAD}module sc 'br/public:avm/ptn/security/security-center:0.2.0' = {\n  params: {\n    location: 'westeurope'\n  }\n}\n`, errors: [{ messageId: 'avmDefault', line: 4 }] },
    {
      name: 'AVM module with a Free plan',
      code: `${HEAD}module sc 'br/public:avm/ptn/security/security-center:0.2.0' = {\n  params: {\n    defenderPlans: [\n      {\n        name: 'Containers'\n        pricingTier: 'Free'\n      }\n    ]\n  }\n}\n`,
      errors: [{ messageId: 'free', line: 8, text: "'Free'" }],
      output: `${HEAD}module sc 'br/public:avm/ptn/security/security-center:0.2.0' = {\n  params: {\n    defenderPlans: [\n      {\n        name: 'Containers'\n        pricingTier: 'Standard'\n      }\n    ]\n  }\n}\n`,
    },
  ],
});
