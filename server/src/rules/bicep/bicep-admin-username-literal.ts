/**
 * bicep-admin-username-literal: a hard-coded administrator user name is half of a credential
 * that every deployment of the template shares; make it a param.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { ObjectExpr, ObjectProperty } from '../../languages/bicep';
import { insertDeclarationEdit, uniqueSymbolName, clip } from './support';

export default defineRule({
  meta: {
    id: 'bicep-admin-username-literal',
    description: 'Administrator user names should not be hard-coded in resource properties.',
    category: 'secrets',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      literal: '{{property}} of {{resource}} is a hard-coded string: every deployment shares the same, guessable administrator name. Take it from a param.',
    },
    tags: ['bicep:adminusername-should-not-be-literal', 'PSRule:Azure.Deployment.AdminUsername'],
    optionsSchema: {
      type: 'object',
      properties: {
        propertyNames: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: "Property names to check (case-insensitive); default ['adminUsername']. Add 'administratorLogin' for SQL and PostgreSQL." },
      },
      additionalProperties: false,
    },
    defaultOptions: { propertyNames: ['adminUsername'] },
  },
  create(context) {
    const doc = context.document;
    const names = new Set((Array.isArray(context.options['propertyNames']) ? (context.options['propertyNames'] as string[]) : ['adminUsername']).map((n) => n.toLowerCase()));
    return {
      bicepResource(r) {
        if (r.existing || !r.body) return;
        const stack: ObjectExpr[] = [r.body];
        let guard = 0;
        while (stack.length && guard++ < 2000) {
          const obj = stack.pop() as ObjectExpr;
          for (const p of obj.properties as readonly ObjectProperty[]) {
            const v = p.value;
            if (!v) continue;
            if (v.kind === 'Object') stack.push(v);
            else if (v.kind === 'Array') for (const it of v.items) if (it.kind === 'Object') stack.push(it);
            if (!p.name || !names.has(p.name.toLowerCase())) continue;
            if (v.kind !== 'String' || v.exprs.length > 0 || (v.segments[0] ?? '') === '') continue;
            const paramName = uniqueSymbolName(doc, p.name);
            const literal = doc.text.slice(v.start, v.end);
            const fix: Fix = {
              title: `Move the value to a new param ${paramName}`,
              edits: [insertDeclarationEdit(doc, `param ${paramName} string = ${literal}`), { start: v.start, end: v.end, newText: paramName }],
              safety: 'safe',
            };
            context.report({ span: { start: v.start, end: v.end }, messageId: 'literal', data: { resource: clip(r.name), property: clip(p.name) }, fixes: [fix] });
          }
        }
      },
    };
  },
});
