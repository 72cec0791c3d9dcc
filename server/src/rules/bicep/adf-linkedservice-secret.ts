/**
 * adf-linkedservice-secret: Data Factory linked services should read credentials from Key Vault
 * (or use the factory's managed identity), not carry passwords, keys or connection strings with
 * secrets in the template.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { BicepModel, Expr, ObjectExpr } from '../../languages/bicep';
import { isAvmModule, isResourceOfType, judgeSensitiveValue, locatePath, sameEnum, relevantForTypes } from './support';
import { AVM_DATA_FACTORY } from './parts/paasCommon';
import { layoutLines, snippetFix } from './parts/snippets';

const LINKED_SERVICES = 'Microsoft.DataFactory/factories/linkedServices';
/** Properties that are secrets themselves. */
const SECRET_FIELDS = ['password', 'accountKey', 'servicePrincipalKey', 'sasToken', 'clientSecret', 'accessKey', 'secretAccessKey', 'apiKey'];
/** Properties that may embed a secret (flagged only when the written value does). */
const CONNECTION_FIELDS = ['connectionString', 'sasUri'];
const EMBEDDED_SECRET = /(?:^|;)\s*(?:AccountKey|Password|Pwd|SharedAccessKey|SharedAccessSignature)\s*=\s*[^;\s]|[?&]sig=[^&\s]/i;

export default defineRule({
  meta: {
    id: 'adf-linkedservice-secret',
    description: 'Data Factory linked services should reference Key Vault secrets or use managed identity instead of credentials in the template.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      secret: 'Linked service {{resource}} sets {{property}} from {{source}}: the credential is stored in the template or the deployment history. Reference a Key Vault secret (AzureKeyVaultSecret) or use the factory\'s managed identity.',
    },
    tags: ['CWE-798', 'ASB-IM-8'],
  },
  relevant: relevantForTypes([LINKED_SERVICES], { avmModules: [AVM_DATA_FACTORY] }),
  create(context) {
    const doc = context.document;

    const keyVaultFix = (value: Expr, name: string): Fix | undefined => {
      const lines = ['{', "  type: 'AzureKeyVaultSecret'", '  store: {', "    referenceName: '${1:KeyVaultLinkedService}'", "    type: 'LinkedServiceReference'", '  }', `  secretName: '\${2:${name}}'`, '}'];
      let indent = '';
      for (let i = doc.text.lastIndexOf('\n', value.start - 1) + 1; i < value.start && (doc.text[i] === ' ' || doc.text[i] === '\t'); i++) indent += doc.text[i];
      const text = layoutLines(doc, lines, indent).slice(indent.length);
      return snippetFix(doc, 'Reference a Key Vault secret', [{ start: value.start, end: value.end, newText: text }], 'unsafe');
    };

    /** Check the typeProperties object of one linked service. */
    const check = (model: BicepModel, owner: string, typeProps: ObjectExpr | undefined) => {
      if (!typeProps) return;
      for (const field of [...SECRET_FIELDS, ...CONNECTION_FIELDS]) {
        const prop = locatePath(typeProps, field).property;
        const raw = prop?.value;
        if (!raw) continue;
        // `{ type: 'SecureString', value: x }` carries the secret in `value`; AzureKeyVaultSecret is fine
        let value: Expr | undefined = raw;
        if (raw.kind === 'Object') {
          const t = locatePath(raw, 'type').property?.value;
          const tv = t && t.kind === 'String' && t.exprs.length === 0 ? t.segments[0] : undefined;
          if (!sameEnum(tv, 'SecureString')) continue;
          value = locatePath(raw, 'value').property?.value;
          if (!value) continue;
        }
        if (CONNECTION_FIELDS.includes(field)) {
          const ev = model.evaluator.evaluate(value);
          const options = ev.kind === 'known' ? [ev.value] : ev.kind === 'oneOf' ? ev.options.map((o) => o.value) : [];
          if (!options.some((v) => typeof v === 'string' && EMBEDDED_SECRET.test(v))) continue;
        }
        const judged = judgeSensitiveValue(doc, model, value, field);
        if (!judged) continue;
        const kv = keyVaultFix(raw, field);
        context.report({
          span: { start: value.start, end: value.end },
          messageId: 'secret',
          data: { resource: owner, property: field, source: judged.source },
          related: judged.related,
          fixes: [...(kv ? [kv] : []), ...judged.fixes],
        });
      }
    };

    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [LINKED_SERVICES])) return;
        const tp = locatePath(r.body, 'properties.typeProperties').property?.value;
        check(r.model, r.name, tp?.kind === 'Object' ? tp : undefined);
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_DATA_FACTORY)) return;
        const list = locatePath(m.body, 'params.linkedServices').property?.value;
        if (!list || list.kind !== 'Array') return;
        for (const item of list.items) {
          if (item.kind !== 'Object') continue;
          const tp = locatePath(item, 'typeProperties').property?.value;
          const n = locatePath(item, 'name').property?.value;
          const name = n?.kind === 'String' && n.exprs.length === 0 ? `'${n.segments[0]}' of module ${m.name}` : `of module ${m.name}`;
          check(m.model, name, tp?.kind === 'Object' ? tp : undefined);
        }
      },
    };
  },
});
