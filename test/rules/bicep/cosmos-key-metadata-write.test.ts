import rule from '../../../server/src/rules/bicep/cosmos-key-metadata-write';
import { ruleTester } from '../../helpers/ruleTester';
import { cosmosAccount as acct } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'blocked', code: acct('    disableKeyBasedMetadataWriteAccess: true') },
    { name: 'unknown', code: `param x bool\n${acct('    disableKeyBasedMetadataWriteAccess: x')}` },
    { name: 'existing', code: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {\n  name: 'cosmos'\n}\n" },
    { name: 'AVM default', code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'literal false',
      code: acct('    disableKeyBasedMetadataWriteAccess: false'),
      errors: [{ messageId: 'insecure', line: 6, text: 'false' }],
      output: acct('    disableKeyBasedMetadataWriteAccess: true'),
    },
    {
      name: 'absent',
      code: acct(''),
      errors: [{ messageId: 'absent', text: 'properties' }],
      output: acct('    disableKeyBasedMetadataWriteAccess: true'),
    },
    {
      name: 'param default',
      code: `param allowKeys bool = false\n${acct('    disableKeyBasedMetadataWriteAccess: allowKeys')}`,
      errors: [{ line: 7, related: ['Default of param allowKeys: false'] }],
      output: `param allowKeys bool = true\n${acct('    disableKeyBasedMetadataWriteAccess: allowKeys')}`,
    },
    {
      name: 'AVM module passing false',
      code: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n    disableKeyBasedMetadataWriteAccess: false\n  }\n}\n",
      errors: [{ line: 4 }],
      output: "module cosmos 'br/public:avm/res/document-db/database-account:0.15.0' = {\n  params: {\n    name: 'cosmos'\n    disableKeyBasedMetadataWriteAccess: true\n  }\n}\n",
    },
  ],
});
