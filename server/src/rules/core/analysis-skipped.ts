/**
 * Files the engine does not analyse: above the size or line-length limits, or binary.
 * Reported once per file as information so that silence is never mistaken for safety.
 */
import { defineRule } from '../../engine/rule';

export default defineRule({
  meta: {
    id: 'analysis-skipped',
    description: 'Files should be small enough to analyse; a skipped file is reported so that silence is not mistaken for safety.',
    category: 'syntax',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep', 'bicepparam', 'azureml', 'github-workflow', 'github-action', 'azure-pipelines', 'yaml', 'json'],
    fixable: false,
    messages: {},
  },
  create: () => ({}),
});
