import rule from '../../../server/src/rules/bicep/sql-min-tls';
import { ruleTester } from '../../helpers/ruleTester';
import { sql } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: '1.2', code: sql("    minimalTlsVersion: '1.2'") },
    { name: '1.3', code: sql("    minimalTlsVersion: '1.3'") },
    { name: 'absent: a blank minimum is TLS 1.2 now', code: sql('') },
    { name: 'unknown', code: `param tls string\n${sql('    minimalTlsVersion: tls')}` },
    { name: 'existing', code: "resource sql 'Microsoft.Sql/servers@2023-08-01' existing = {\n  name: 'sql'\n}\n" },
    { name: 'AVM default 1.2', code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n  }\n}\n" },
  ],
  invalid: [
    { name: '1.0', code: sql("    minimalTlsVersion: '1.0'"), errors: [{ messageId: 'insecure', line: 6, text: "'1.0'" }], output: sql("    minimalTlsVersion: '1.2'") },
    { name: 'None', code: sql("    minimalTlsVersion: 'None'"), errors: [{ messageId: 'insecure' }], output: sql("    minimalTlsVersion: '1.2'") },
    {
      name: 'param default',
      code: `param tls string = '1.1'\n${sql('    minimalTlsVersion: tls')}`,
      errors: [{ line: 7, related: ["Default of param tls: '1.1'"] }],
      output: `param tls string = '1.2'\n${sql('    minimalTlsVersion: tls')}`,
    },
    {
      name: 'AVM 1.1',
      code: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    minimalTlsVersion: '1.1'\n  }\n}\n",
      errors: [{ line: 4 }],
      output: "module sql 'br/public:avm/res/sql/server:0.20.0' = {\n  params: {\n    name: 'sql'\n    minimalTlsVersion: '1.2'\n  }\n}\n",
    },
  ],
});
