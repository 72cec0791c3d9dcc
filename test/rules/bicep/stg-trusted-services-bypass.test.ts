import rule from '../../../server/src/rules/bicep/stg-trusted-services-bypass';
import { ruleTester } from '../../helpers/ruleTester';
import { avmStorageAccount as avm, sa } from './fixtures';

const existing = "resource sa 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {\n  name: 'stcontoso'\n}\n";

ruleTester(rule, {
  valid: [
    { name: 'AzureServices', code: sa("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices'\n    }") },
    { name: 'combined', code: sa("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'Logging, Metrics, AzureServices'\n    }") },
    { name: 'bypass absent (default AzureServices)', code: sa("    networkAcls: {\n      defaultAction: 'Deny'\n    }") },
    { name: 'None while allowing everything (firewall off)', code: sa("    networkAcls: {\n      defaultAction: 'Allow'\n      bypass: 'None'\n    }") },
    { name: 'existing account', code: existing },
  ],
  invalid: [
    {
      name: 'None with Deny',
      code: sa("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'None'\n    }"),
      errors: [{ messageId: 'insecure', line: 11, text: "'None'" }],
      output: sa("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices'\n    }"),
      fixTitles: ["Add 'AzureServices' to bypass"],
    },
    {
      name: 'Logging only: the fix keeps it',
      code: sa("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'Logging'\n    }"),
      errors: [{ messageId: 'insecure', line: 11 }],
      output: sa("    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'Logging, AzureServices'\n    }"),
    },
    {
      name: 'AVM module with None (the module denies by default)',
      code: avm("    networkAcls: {\n      bypass: 'None'\n    }"),
      errors: [{ line: 5, text: "'None'" }],
      output: avm("    networkAcls: {\n      bypass: 'AzureServices'\n    }"),
    },
  ],
});
