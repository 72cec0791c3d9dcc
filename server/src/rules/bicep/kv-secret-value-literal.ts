/**
 * kv-secret-value-literal: the value of a Key Vault secret written by a template must come
 * from a @secure() param or a runtime value, never a literal or a plain param (it would be
 * stored in the template and the deployment history).
 */
import { defineRule } from '../../engine/rule';
import type { Expr, ModuleSymbol, ResourceSymbol } from '../../languages/bicep';
import { isAvmModule, isResourceOfType, judgeSensitiveValue, locatePath, relevantForTypes } from './support';
import { arrayItems, writtenAt } from './parts/arrayItems';
import { AVM_KEY_VAULT, KV_SECRETS } from './parts/platform';

/** Names that suggest a credential (bounded, linear). */
const SECRETISH = /key|secret|passw|pwd|token|credential|connection|sas|cert/i;

export default defineRule({
  meta: {
    id: 'kv-secret-value-literal',
    description: 'Key Vault secret values should come from @secure() params or runtime values, not literals or plain params.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: 'The value of secret {{resource}} is set from {{source}}: it is stored in clear text in the template and the deployment history. Pass it through a @secure() param (or generate it at runtime), and rotate it if it was committed.',
    },
    tags: ['CWE-798', 'bicep:use-secure-value-for-secure-inputs', 'PSRule:Azure.Deployment.SecureValue'],
  },
  relevant: relevantForTypes([KV_SECRETS], { avmModules: [AVM_KEY_VAULT] }),
  create(context) {
    const doc = context.document;
    const judge = (sym: ResourceSymbol | ModuleSymbol, value: Expr | undefined, label: string, secretName: string) => {
      if (!value) return;
      const judged = judgeSensitiveValue(doc, sym.model, value, 'secretValue');
      if (!judged) return;
      // configuration values (API versions, model or index names) are sometimes kept as secrets:
      // lower the confidence when nothing in the names suggests a credential
      const names = [secretName, ...judged.flow.insecureParams.map((p) => p.name)];
      const credential = names.some((n) => SECRETISH.test(n)) || judged.flow.literals.length > 0 && judged.flow.insecureParams.length === 0 && SECRETISH.test(label);
      context.report({
        confidence: credential ? 'high' : 'medium',
        span: { start: value.start, end: value.end },
        messageId: 'insecure',
        data: { resource: label, source: judged.source },
        related: judged.related,
        fixes: judged.fixes,
      });
    };
    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, [KV_SECRETS])) return;
        const n = locatePath(r.body, 'name').property?.value;
        judge(r, locatePath(r.body, 'properties.value').property?.value, r.name, n && n.kind === 'String' ? n.segments.join('') : r.name);
      },
      bicepModule(m) {
        // the AVM vault module takes secrets as `secrets: [{ name, value }]` (value is @secure() there)
        if (doc.kind !== 'bicep' || !isAvmModule(m, AVM_KEY_VAULT)) return;
        for (const item of arrayItems(m, 'params.secrets').items) {
          const name = writtenAt(item.object, 'name');
          const label = name && name.kind === 'String' && name.exprs.length === 0 ? `'${name.segments[0] ?? ''}' of module ${m.name}` : `of module ${m.name}`;
          judge(m, writtenAt(item.object, 'value'), label, name && name.kind === 'String' ? name.segments.join('') : '');
        }
      },
    };
  },
});
