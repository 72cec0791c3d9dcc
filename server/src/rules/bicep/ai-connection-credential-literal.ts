/**
 * ai-connection-credential-literal: credentials of Azure ML / AI Foundry connections (API keys,
 * PATs, SAS tokens, passwords, client secrets) should never be literals or plain params.
 */
import { defineRule } from '../../engine/rule';
import type { ObjectExpr, ObjectProperty } from '../../languages/bicep';
import { isResourceOfType, judgeSensitiveValue, locatePath, clip, relevantForTypes } from './support';
import { CONNECTION_TYPES } from './parts/amlCommon';

/** Credential fields that are identifiers, not secrets. */
const NOT_SECRET = new Set(['clientid', 'tenantid', 'username', 'resourceid', 'accesskeyid', 'authurl', 'scope', 'scopes', 'audience', 'developertoken_name', 'keyname', 'authtype', 'credentialstype']);

export default defineRule({
  meta: {
    id: 'ai-connection-credential-literal',
    description: 'Azure ML and AI Foundry connection credentials should not be hard-coded or passed through params without @secure().',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      insecure: 'Connection {{resource}} sets credentials.{{property}} from {{source}}: the secret is stored in the deployment history and visible to anyone who can read it. Use a @secure() param (better: authType AAD and no credential), and rotate the secret if it was committed.',
    },
    tags: ['CWE-798', 'ASB-IM-8'],
  },
  relevant: relevantForTypes(CONNECTION_TYPES),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, CONNECTION_TYPES)) return;
        const creds = locatePath(r.body, 'properties.credentials').property?.value;
        if (!creds || creds.kind !== 'Object') return;
        const stack: { obj: ObjectExpr; prefix: string }[] = [{ obj: creds, prefix: '' }];
        let guard = 0;
        while (stack.length && guard++ < 200) {
          const { obj, prefix } = stack.pop() as { obj: ObjectExpr; prefix: string };
          for (const p of obj.properties as readonly ObjectProperty[]) {
            if (!p.name || !p.value) continue;
            if (p.value.kind === 'Object') {
              stack.push({ obj: p.value, prefix: `${prefix}${clip(p.name)}.` });
              continue;
            }
            if (NOT_SECRET.has(p.name.toLowerCase())) continue;
            const judged = judgeSensitiveValue(doc, r.model, p.value, `${clip(r.name)}${p.name[0]?.toUpperCase()}${p.name.slice(1)}`);
            if (!judged) continue;
            context.report({
              span: { start: p.value.start, end: p.value.end },
              messageId: 'insecure',
              data: { resource: clip(r.name), property: `${prefix}${clip(p.name)}`, source: judged.source },
              related: judged.related,
              fixes: judged.fixes,
            });
          }
        }
      },
    };
  },
});
