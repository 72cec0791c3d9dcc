/**
 * Parse errors of Bicep, YAML and JSON documents. The engine reports them through this
 * rule so that they carry an id, a level the user can change, and a docs page.
 */
import { defineRule } from '../../engine/rule';

export default defineRule({
  meta: {
    id: 'syntax-error',
    description: 'Files should parse: a syntax error hides everything after it from every other check.',
    category: 'syntax',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep', 'bicepparam', 'azureml', 'github-workflow', 'github-action', 'azure-pipelines', 'yaml', 'json'],
    fixable: false,
    messages: {},
  },
  create: () => ({}),
});
