/**
 * policy-assignment-descriptors: policy assignments should say what they are for and who assigned
 * them, so that exemptions and changes can be reviewed.
 */
import { defineRule } from '../../engine/rule';
import { insertPropertyEdit } from '../../languages/bicep';
import { isResourceOfType, locatePath, propertyState, relevantForTypes } from './support';
import { layoutLines, snippetFix } from './parts/snippets';

const FIELDS = [
  { path: 'properties.displayName', label: 'displayName', value: "'${1:Display name}'" },
  { path: 'properties.description', label: 'description', value: "'${2:What this assignment enforces and why}'" },
  { path: 'properties.metadata.assignedBy', label: 'metadata.assignedBy', value: "'${3:Platform team}'" },
] as const;

export default defineRule({
  meta: {
    id: 'policy-assignment-descriptors',
    description: 'Policy assignments should set displayName, description and metadata.assignedBy.',
    category: 'governance',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: 'Policy assignment {{resource}} does not set {{fields}}, so reviewers cannot tell what it enforces or who owns it.',
    },
    tags: ['PSRule:Azure.Policy.AssignmentDescriptors', 'PSRule:Azure.Policy.AssignmentAssignedBy'],
  },
  relevant: relevantForTypes(['Microsoft.Authorization/policyAssignments']),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Authorization/policyAssignments'])) return;
        const missing = FIELDS.filter((f) => {
          const st = propertyState(r, f.path);
          return st.kind === 'absent' || (st.kind === 'values' && st.options.every((o) => o.value === ''));
        });
        if (missing.length === 0) return;
        // one snippet edit: the missing top-level properties together (metadata only when it is absent)
        let fix;
        const props = locatePath(r.body, 'properties');
        const metaWritten = !!locatePath(r.body, 'properties.metadata').property;
        const absentHere = missing.filter((f) => !locatePath(r.body, f.path).property);
        if (r.body && absentHere.length === missing.length && (!metaWritten || !absentHere.some((f) => f.label === 'metadata.assignedBy'))) {
          const [first, ...rest] = absentHere;
          if (first) {
            const extra = rest.map((f) => (f.label === 'metadata.assignedBy' ? layoutLines(doc, ['metadata: {', `  assignedBy: ${f.value}`, '}']).split(doc.eol).join('\n') : `${f.label}: ${f.value}`));
            const firstPath = first.label === 'metadata.assignedBy' && !metaWritten ? 'properties.metadata' : first.path;
            const firstValue = first.label === 'metadata.assignedBy' && !metaWritten ? layoutLines(doc, ['{', `  assignedBy: ${first.value}`, '}']).split(doc.eol).join('\n') : first.value;
            const e = insertPropertyEdit(doc.text, r.body, firstPath, [firstValue, ...extra].join('\n'));
            fix = e ? snippetFix(doc, 'Add the missing descriptors', [e]) : undefined;
          }
        }
        const key = props.property?.key;
        context.report({ span: key ? { start: key.start, end: key.end } : r.nameSpan, messageId: 'missing', data: { resource: r.name, fields: missing.map((f) => f.label).join(', ') }, fixes: fix ? [fix] : [] });
      },
    };
  },
});
