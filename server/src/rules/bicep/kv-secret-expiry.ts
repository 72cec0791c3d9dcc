/**
 * kv-secret-expiry: secrets written by templates should expire, so that forgotten credentials
 * stop working and rotation is forced.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, insertDeclarationEdit, insertPropertyFix, isResourceOfType, propertyState, uniqueSymbolName, relevantForTypes } from './support';
import { KV_SECRETS } from './parts/platform';

type MessageId = 'absent';

function expiryFix(doc: Parameters<typeof insertDeclarationEdit>[0], r: ResourceSymbol): Fix[] {
  const name = uniqueSymbolName(doc, 'secretExpiry');
  const prop = insertPropertyFix(doc, r.body, 'properties.attributes.exp', name, 'x');
  const edit = prop?.edits[0];
  if (!edit) return [];
  const decl = insertDeclarationEdit(doc, `@description('Expiry of the secrets (seconds since epoch): 90 days after the deployment.')${doc.eol}param ${name} int = dateTimeToEpoch(dateTimeAdd(utcNow(), 'P90D'))`);
  if (decl.start > r.decl.start && decl.start < r.decl.end) return [];
  return [{ title: 'Expire the secret 90 days after the deployment', edits: [decl, edit], safety: 'unsafe' }];
}

export default defineRule<MessageId>({
  meta: {
    id: 'kv-secret-expiry',
    description: 'Key Vault secrets should have an expiration date.',
    category: 'secrets',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'unsafe',
    messages: {
      absent: 'Secret {{resource}} has no expiration date (attributes.exp), so it stays valid forever; set attributes.exp (seconds since epoch) and rotate the secret before it expires.',
    },
    tags: ['CKV_AZURE_41', 'ASB-IM-8'],
  },
  relevant: relevantForTypes([KV_SECRETS]),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, [KV_SECRETS])) return;
        const state = propertyState(r, 'properties.attributes.exp');
        if (state.kind !== 'absent') return;
        context.report({
          span: anchorSpan(state.location, { start: r.nameSpan.start, end: r.nameSpan.end }),
          messageId: 'absent',
          data: { resource: r.name },
          fixes: state.explicitNull ? [] : expiryFix(doc, r),
        });
      },
    };
  },
});
