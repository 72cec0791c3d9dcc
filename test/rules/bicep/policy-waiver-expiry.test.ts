import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/policy-waiver-expiry';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';

const ex = (props: string) => `resource ex 'Microsoft.Authorization/policyExemptions@2022-07-01-preview' = {\n  name: 'ex'\n  properties: {\n    policyAssignmentId: 'pa'\n${props}\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'waiver with expiry', code: ex("    exemptionCategory: 'Waiver'\n    expiresOn: '2026-12-31T00:00:00Z'") },
    { name: 'mitigated (no expiry needed)', code: ex("    exemptionCategory: 'Mitigated'") },
    { name: 'unknown category', code: `param c string\n${ex('    exemptionCategory: c')}` },
    { name: 'AVM waiver with expiry', code: "module ex 'br/public:avm/ptn/authorization/policy-exemption:0.1.0' = {\n  params: {\n    name: 'ex'\n    policyAssignmentId: 'pa'\n    exemptionCategory: 'Waiver'\n    expiresOn: '2026-12-31T00:00:00Z'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'waiver without expiry',
      code: ex("    exemptionCategory: 'Waiver'"),
      errors: [{ messageId: 'absent', line: 3, text: 'properties' }],
      output: ex("    exemptionCategory: 'Waiver'\n    expiresOn: '${1:2026-12-31T23:59:59Z}'"),
      fixTitles: ['Add an expiry date'],
    },
    { name: 'AVM waiver without expiry', code: "module ex 'br/public:avm/ptn/authorization/policy-exemption:0.1.0' = {\n  params: {\n    name: 'ex'\n    policyAssignmentId: 'pa'\n    exemptionCategory: 'Waiver'\n  }\n}\n", errors: [{ messageId: 'absent', line: 2 }] },
  ],
});

it('policy-waiver-expiry: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: ex("    exemptionCategory: 'Waiver'"), title: 'Add an expiry date' });
});
