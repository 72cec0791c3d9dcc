/**
 * sql-entra-only: Azure SQL servers should accept Microsoft Entra ID authentication only, so
 * that no SQL login (and no password) can reach the data.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { ResourceSymbol } from '../../languages/bicep';
import { insertPropertyEdit } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, locatePath, propertyState, relatedForOrigins, valueFix, relevantForTypes } from './support';
import type { PropertyState } from './support';
import { AVM_SQL, SQL_SERVERS } from './parts/paasCommon';
import { childrenOfType } from './parts/graph';
import { layoutLines, snippetFix } from './parts/snippets';

const AAD_ONLY_CHILD = 'microsoft.sql/servers/azureadonlyauthentications';

type Verdict = 'on' | 'off' | 'absent' | 'unknown';

function verdict(st: PropertyState): Verdict {
  if (st.kind === 'absent') return 'absent';
  if (st.kind === 'unknown' || st.incomplete) return 'unknown';
  if (st.options.every((o) => o.value === true || o.value === 'true')) return 'on';
  return st.options.some((o) => o.value === false || o.value === 'false') ? 'off' : 'unknown';
}

export default defineRule({
  meta: {
    id: 'sql-entra-only',
    description: 'Azure SQL servers should use Microsoft Entra-only authentication instead of SQL logins.',
    category: 'identity',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      off: 'SQL server {{resource}} turns Microsoft Entra-only authentication off (azureADOnlyAuthentication is false), so SQL logins with passwords are accepted; set it to true.',
      absent: 'SQL server {{resource}} has a SQL administrator login and does not enforce Microsoft Entra-only authentication, so password logins are accepted; add an Entra administrator with azureADOnlyAuthentication: true.',
    },
    tags: ['PSRule:Azure.SQL.AAD', 'PSRule:Azure.SQL.AADOnly', 'CKV2_AZURE_27', 'ASB-IM-1'],
  },
  relevant: relevantForTypes([SQL_SERVERS], { avmModules: [AVM_SQL] }),
  create(context) {
    const doc = context.document;

    /** An Entra administrator block with Entra-only on, as a snippet. */
    const addAdministrators = (r: ResourceSymbol): Fix | undefined => {
      if (!r.body) return undefined;
      const lines = [
        '{',
        "  administratorType: 'ActiveDirectory'",
        "  principalType: '${1:Group}'",
        "  login: '${2:sql-admins}'",
        "  sid: '${3:00000000-0000-0000-0000-000000000000}'",
        '  tenantId: subscription().tenantId',
        '  azureADOnlyAuthentication: true',
        '}',
      ];
      const e = insertPropertyEdit(doc.text, r.body, 'properties.administrators', layoutLines(doc, lines).split(doc.eol).join('\n'));
      return e ? snippetFix(doc, 'Add a Microsoft Entra administrator with Entra-only authentication', [e]) : undefined;
    };

    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [SQL_SERVERS])) return;
        // a separate azureADOnlyAuthentications child with true settles it
        for (const c of childrenOfType(r, AAD_ONLY_CHILD)) {
          if (c.existing) continue;
          if (verdict(propertyState(c, 'properties.azureADOnlyAuthentication')) === 'on') return;
        }
        const st = propertyState(r, 'properties.administrators.azureADOnlyAuthentication');
        const v = verdict(st);
        if (v === 'on' || v === 'unknown') return;
        if (v === 'off' && st.kind === 'values') {
          const option = st.options.find((o) => o.value === false || o.value === 'false') ?? st.options[0];
          const span = anchorSpan(st.location, r.nameSpan);
          const fix = option ? valueFix(doc, st.location, option, { title: 'Set azureADOnlyAuthentication to true', valueText: 'true' }) : undefined;
          context.report({ span, messageId: 'off', data: { resource: r.name }, related: option ? relatedForOrigins(doc, option.origins, { valueText: 'false', exclude: [span] }) : [], fixes: fix ? [fix] : [] });
          return;
        }
        // absent: only when SQL authentication is configured (an administrator login is written)
        const login = locatePath(r.body, 'properties.administratorLogin');
        const loginState = propertyState(r, 'properties.administratorLogin');
        if (!login.property || loginState.kind === 'absent') return;
        const admins = locatePath(r.body, 'properties.administrators');
        let fix: Fix | undefined;
        if (admins.property?.value?.kind === 'Object' && r.body) {
          const e = insertPropertyEdit(doc.text, r.body, 'properties.administrators.azureADOnlyAuthentication', 'true');
          fix = e ? { title: 'Set azureADOnlyAuthentication to true', edits: [e], safety: 'safe' } : undefined;
        } else if (!admins.property) fix = addAdministrators(r);
        context.report({ span: anchorSpan(login, r.nameSpan), messageId: 'absent', data: { resource: r.name }, fixes: fix ? [fix] : [] });
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_SQL)) return;
        const st = propertyState(m, 'params.administrators.azureADOnlyAuthentication');
        const v = verdict(st);
        if (v === 'off' && st.kind === 'values') {
          const option = st.options.find((o) => o.value === false || o.value === 'false') ?? st.options[0];
          const fix = option ? valueFix(doc, st.location, option, { title: 'Set azureADOnlyAuthentication to true', valueText: 'true' }) : undefined;
          context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'off', data: { resource: m.name }, fixes: fix ? [fix] : [] });
          return;
        }
        if (v !== 'absent') return;
        const login = locatePath(m.body, 'params.administratorLogin');
        if (!login.property || locatePath(m.body, 'params.administrators').property) return;
        context.report({ span: anchorSpan(login, m.nameSpan), messageId: 'absent', data: { resource: m.name } });
      },
    };
  },
});
