import rule from '../../../server/src/rules/bicep/stg-firewall-default';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'deny by default', code: sa("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices'\n    }") },
    { name: 'public access disabled', code: sa("    publicNetworkAccess: 'Disabled'") },
    { name: 'existing account', code: existing },
    { name: 'AVM module default (Deny)', code: avm("    skuName: 'Standard_LRS'") },
    { name: 'AVM module with Allow but public access disabled', code: avm("    publicNetworkAccess: 'Disabled'\n    networkAcls: {\n      defaultAction: 'Allow'\n    }") },
  ],
  invalid: [
    {
      name: 'literal Allow',
      code: sa("    networkAcls: {\n      defaultAction: 'Allow'\n    }"),
      errors: [{ messageId: 'insecure', line: 10, text: "'Allow'" }],
      output: sa("    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
    {
      name: 'absent networkAcls',
      code: sa("    minimumTlsVersion: 'TLS1_2'"),
      errors: [{ messageId: 'absent', line: 8, text: 'properties' }],
      output: sa("    minimumTlsVersion: 'TLS1_2'\n    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
    {
      name: 'from a var',
      code: `var acls = {\n  defaultAction: 'Allow'\n}\n${sa('    networkAcls: acls')}`,
      errors: [{ line: 12, text: 'acls' }],
      output: `var acls = {\n  defaultAction: 'Deny'\n}\n${sa('    networkAcls: acls')}`,
    },
    {
      name: 'AVM module passing Allow',
      code: avm("    networkAcls: {\n      defaultAction: 'Allow'\n    }"),
      errors: [{ line: 5, text: "'Allow'" }],
      output: avm("    networkAcls: {\n      defaultAction: 'Deny'\n    }"),
    },
  ],
});
