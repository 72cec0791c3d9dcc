import rule from '../../../server/src/rules/bicep/srch-public-network';
import { ruleTester } from '../../helpers/ruleTester';
import { avmSearchService as avm, srch } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'disabled', code: srch("    publicNetworkAccess: 'disabled'") },
    { name: 'Disabled, other casing', code: srch("    publicNetworkAccess: 'Disabled'") },
    { name: 'secured by perimeter', code: srch("    publicNetworkAccess: 'securedByPerimeter'") },
    { name: 'unknown', code: `param pna string\n${srch('    publicNetworkAccess: pna')}` },
    { name: 'existing service', code: "resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {\n  name: 'srch-contoso'\n}\n" },
    { name: 'AVM module passing Disabled', code: avm("    publicNetworkAccess: 'Disabled'") },
  ],
  invalid: [
    {
      name: 'literal enabled',
      code: srch("    publicNetworkAccess: 'enabled'"),
      errors: [{ messageId: 'insecure', line: 8, text: "'enabled'" }],
      output: srch("    publicNetworkAccess: 'disabled'"),
      fixTitles: ["Set publicNetworkAccess to 'disabled'"],
    },
    {
      name: 'absent',
      code: srch('    replicaCount: 1'),
      errors: [{ messageId: 'absent', line: 7, text: 'properties' }],
      output: srch("    replicaCount: 1\n    publicNetworkAccess: 'disabled'"),
    },
    {
      name: 'from a param default',
      code: `param pna string = 'Enabled'\n${srch('    publicNetworkAccess: pna')}`,
      errors: [{ line: 9, text: 'pna', related: ["Default of param pna: 'Enabled'"] }],
      output: `param pna string = 'disabled'\n${srch('    publicNetworkAccess: pna')}`,
    },
    {
      name: 'AVM module default is Enabled',
      code: avm("    sku: 'standard'"),
      errors: [{ messageId: 'absent', line: 2, text: 'params' }],
      output: avm("    sku: 'standard'\n    publicNetworkAccess: 'Disabled'"),
    },
    {
      name: 'AVM module passing Enabled',
      code: avm("    publicNetworkAccess: 'Enabled'"),
      errors: [{ messageId: 'insecure', line: 4, text: "'Enabled'" }],
      output: avm("    publicNetworkAccess: 'Disabled'"),
    },
  ],
});
