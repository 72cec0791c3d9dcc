/**
 * bicep-secure-param-default: a `@secure()` param with a hard-coded default puts the secret in
 * the template, where the secure marker no longer protects it.
 */
import { defineRule } from '../../engine/rule';
import type { Expr, Node } from '../../languages/bicep';
import { childrenOf } from '../../languages/bicep/visit';
import { removeParamDefaultFix, clip } from './support';

/** Allowed defaults: '' / {} / null, an expression calling newGuid(), or a reference to another secure param. */
function allowedDefault(e: Expr, isSecureParam: (name: string) => boolean): boolean {
  if (e.kind === 'Null') return true;
  if (e.kind === 'String' && e.exprs.length === 0 && (e.segments[0] ?? '') === '') return true;
  if (e.kind === 'Object' && e.items.length === 0) return true;
  if (e.kind === 'Parens' && e.expr) return allowedDefault(e.expr, isSecureParam);
  // another secure param, or a member of a secure object param
  let base: Expr = e;
  while (base.kind === 'Member' || base.kind === 'Index' || base.kind === 'NonNull') base = base.kind === 'NonNull' ? base.expr : base.object;
  if (base.kind === 'Var' && isSecureParam(base.name)) return true;
  // newGuid() anywhere in the expression
  const stack: Node[] = [e];
  let n = 0;
  while (stack.length && n++ < 5000) {
    const x = stack.pop() as Node;
    if (x.kind === 'Call' && (x as Expr & { kind: 'Call' }).name.name.toLowerCase() === 'newguid') return true;
    for (const c of childrenOf(x)) stack.push(c as Node);
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'bicep-secure-param-default',
    description: 'Secure params should not have a hard-coded default value.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: "Secure param {{name}} has a hard-coded default value: it is stored in the template in clear text, and every deployment that does not pass a value uses this known secret. Remove the default (or use '' or newGuid()) and pass the value at deployment.",
    },
    tags: ['CWE-798', 'bicep:secure-parameter-default', 'CKV_AZURE_131'],
  },
  create(context) {
    const doc = context.document;
    return {
      bicepParam(p) {
        if (!p.secure || !p.defaultValue) return;
        const isSecureParam = (name: string) => {
          const s = p.model.param(name);
          return s !== undefined && s !== p && s.secure;
        };
        if (allowedDefault(p.defaultValue, isSecureParam)) return;
        const fix = removeParamDefaultFix(doc, p, 'Remove insecure default value');
        context.report({
          span: { start: p.defaultValue.start, end: p.defaultValue.end },
          messageId: 'insecure',
          data: { name: clip(p.name) },
          fixes: fix ? [fix] : [],
        });
      },
    };
  },
});
