import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/policy-assignment-descriptors';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const pa = (props: string) => `resource pa 'Microsoft.Authorization/policyAssignments@2025-03-01' = {\n  name: 'pa'\n  properties: {\n    policyDefinitionId: 'def'\n${props}\n  }\n}\n`;
const ALL = "    displayName: 'Deny public AI endpoints'\n    description: 'Blocks public network access on AI services.'\n    metadata: {\n      assignedBy: 'Platform team'\n    }";

ruleTester(rule, {
  valid: [
    { name: 'all descriptors', code: pa(ALL) },
    { name: 'from params', code: `param n string\nparam d string\nparam m object\n${pa('    displayName: n\n    description: d\n    metadata: m')}` },
  ],
  invalid: [
    {
      name: 'none',
      code: pa("    enforcementMode: 'Default'"),
      errors: [{ messageId: 'missing', line: 3, text: 'properties', message: 'displayName, description, metadata.assignedBy' }],
      output: pa("    enforcementMode: 'Default'\n    displayName: '${1:Display name}'\n    description: '${2:What this assignment enforces and why}'\n    metadata: {\n      assignedBy: '${3:Platform team}'\n    }"),
    },
    {
      name: 'assignedBy missing from written metadata (no fix)',
      code: pa("    displayName: 'x'\n    description: 'y'\n    metadata: {\n      category: 'AI'\n    }"),
      errors: [{ message: 'does not set metadata.assignedBy' }],
    },
  ],
});

it('policy-assignment-descriptors: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: pa("    enforcementMode: 'Default'"), title: 'Add the missing descriptors' });
});
