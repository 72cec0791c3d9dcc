/**
 * Azure ML YAML documents checked against Bulwark's bundled schema of their kind (offline;
 * enums case-insensitive, quoted scalars and ${{…}} bindings accepted, as the CLI does).
 */
import { defineRule } from '../../engine/rule';
import { validateAzureML } from '../../languages/azureml/validate';

export default defineRule({
  meta: {
    id: 'azureml-schema',
    description: 'Azure ML YAML files should match the schema of their kind, or the Azure ML CLI rejects them.',
    category: 'schema',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['azureml'],
    fixable: false,
    messages: {
      invalid: '{{problem}}',
    },
  },
  create(context) {
    return {
      azuremlDocument(d) {
        for (const p of validateAzureML(context.document, d.kind)) {
          context.report({ span: p.span, messageId: 'invalid', data: { problem: p.message } });
        }
      },
    };
  },
});
