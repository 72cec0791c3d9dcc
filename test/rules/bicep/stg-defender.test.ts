import rule from '../../../server/src/rules/bicep/stg-defender';
import { ruleTester } from '../../helpers/ruleTester';

const settings = (props: string) => `resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: 'stcontoso'
}

resource defender 'Microsoft.Security/defenderForStorageSettings@2022-12-01-preview' = {
  scope: sa
  name: 'current'
  properties: {
${props}
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: 'everything on', code: settings('    isEnabled: true\n    overrideSubscriptionLevelSettings: true\n    malwareScanning: {\n      onUpload: {\n        isEnabled: true\n        capGBPerMonth: 5000\n      }\n    }\n    sensitiveDataDiscovery: {\n      isEnabled: true\n    }') },
    { name: 'sub-settings absent', code: settings('    isEnabled: true') },
    { name: 'no settings resource: the subscription plan decides', code: "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' = {\n  name: 'st'\n}\n" },
  ],
  invalid: [
    {
      name: 'Defender off',
      code: settings('    isEnabled: false\n    overrideSubscriptionLevelSettings: true'),
      errors: [{ line: 9, text: 'false', message: 'Microsoft Defender for Storage is turned off' }],
      output: settings('    isEnabled: true\n    overrideSubscriptionLevelSettings: true'),
      fixTitles: ['Set isEnabled to true'],
    },
    {
      name: 'malware scanning and data discovery off',
      code: settings('    isEnabled: true\n    malwareScanning: {\n      onUpload: {\n        isEnabled: false\n      }\n    }\n    sensitiveDataDiscovery: {\n      isEnabled: false\n    }'),
      errors: [{ line: 12, message: 'Malware scanning on upload' }, { line: 16, message: 'Sensitive data discovery' }],
      output: settings('    isEnabled: true\n    malwareScanning: {\n      onUpload: {\n        isEnabled: true\n      }\n    }\n    sensitiveDataDiscovery: {\n      isEnabled: true\n    }'),
    },
    {
      name: 'from a param default',
      code: `param defenderOn bool = false\n${settings('    isEnabled: defenderOn')}`,
      errors: [{ line: 10, text: 'defenderOn', related: ['Default of param defenderOn: false'] }],
      output: `param defenderOn bool = true\n${settings('    isEnabled: defenderOn')}`,
    },
  ],
});
