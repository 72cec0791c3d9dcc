/**
 * sql-admin-password-literal: the SQL administrator password must not be written in the
 * template or passed through a plain param (it lands in the deployment history).
 */
import { defineRule } from '../../engine/rule';
import { isAvmModule, isResourceOfType, judgeSensitiveValue, locatePath, relevantForTypes } from './support';
import { AVM_SQL, SQL_SERVERS } from './parts/paasCommon';

export default defineRule({
  meta: {
    id: 'sql-admin-password-literal',
    description: 'The Azure SQL administrator password should come from a @secure() param or Key Vault, not a literal or a plain param.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: 'The administrator password of SQL server {{resource}} is set from {{source}}: it is stored in the template or the deployment history in clear text. Pass it through a @secure() param (or Key Vault), rotate it if it was committed, and prefer Microsoft Entra-only authentication.',
    },
    tags: ['CWE-798', 'bicep:use-secure-value-for-secure-inputs', 'PSRule:Azure.Deployment.SecureValue'],
  },
  relevant: relevantForTypes([SQL_SERVERS], { avmModules: [AVM_SQL] }),
  create(context) {
    const doc = context.document;
    const check = (name: string, value: Parameters<typeof judgeSensitiveValue>[2], model: Parameters<typeof judgeSensitiveValue>[1]) => {
      if (!value) return;
      const judged = judgeSensitiveValue(doc, model, value, 'administratorLoginPassword');
      if (!judged) return;
      context.report({ span: { start: value.start, end: value.end }, messageId: 'insecure', data: { resource: name, source: judged.source }, related: judged.related, fixes: judged.fixes });
    };
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [SQL_SERVERS])) return;
        check(r.name, locatePath(r.body, 'properties.administratorLoginPassword').property?.value, r.model);
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_SQL)) return;
        check(m.name, locatePath(m.body, 'params.administratorLoginPassword').property?.value, m.model);
      },
    };
  },
});
