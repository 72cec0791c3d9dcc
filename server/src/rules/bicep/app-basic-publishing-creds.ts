/**
 * app-basic-publishing-creds: FTP and SCM (Kudu) basic authentication lets anyone with the
 * publishing profile deploy code; deployments should use Microsoft Entra ID.
 */
import { defineRule } from '../../engine/rule';
import type { BicepValue } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, propertyState, relatedForOrigins, relevantForTypes, valueFix } from './support';
import { AVM_WEB_SITE, WEB_SITES } from './parts/paasCommon';
import { childName, childrenOfType, childrenViaModule } from './parts/graph';
import { addChildResourcesFix } from './parts/snippets';

const POLICIES = 'microsoft.web/sites/basicpublishingcredentialspolicies';
const SLOT_POLICIES = 'microsoft.web/sites/slots/basicpublishingcredentialspolicies';

export default defineRule({
  meta: {
    id: 'app-basic-publishing-creds',
    description: 'App Service and Functions apps should disable basic authentication for FTP and SCM publishing.',
    category: 'identity',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: 'App {{resource}} does not disable basic publishing credentials for {{which}}, so anyone holding the publishing profile can deploy code; add basicPublishingCredentialsPolicies with allow: false.',
      allowed: 'Publishing credentials policy {{resource}} allows basic authentication (allow is true); set allow: false and deploy with Microsoft Entra ID.',
      avm: 'App module {{resource}} does not set basicPublishingCredentialsPolicies, so basic authentication for FTP and SCM publishing stays on; pass ftp and scm with allow: false.',
    },
    tags: ['ASB-IM-1'],
  },
  relevant: relevantForTypes([WEB_SITES, POLICIES, SLOT_POLICIES], { avmModules: [AVM_WEB_SITE] }),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing) return;
        if (isResourceOfType(r, [WEB_SITES])) {
          const have = new Set(childrenOfType(r, POLICIES).filter((c) => !c.existing).map((c) => (childName(c) ?? '').toLowerCase()));
          const missing = ['ftp', 'scm'].filter((n) => !have.has(n));
          if (missing.length === 0 || childrenViaModule(r, [POLICIES])) return;
          const fix = addChildResourcesFix(
            doc,
            r,
            missing.map((n) => ({ type: 'Microsoft.Web/sites/basicPublishingCredentialsPolicies', symbol: `${r.name}${n[0]?.toUpperCase()}${n.slice(1)}BasicAuth`, nameText: `'${n}'`, bodyLines: ['properties: {', '  allow: false', '}'] })),
            'Disable basic publishing credentials',
          );
          context.report({ span: r.nameSpan, messageId: 'missing', data: { resource: r.name, which: missing.map((m) => m.toUpperCase()).join(' and ') }, fixes: fix ? [fix] : [] });
          return;
        }
        if (!isResourceOfType(r, [POLICIES, SLOT_POLICIES])) return;
        const st = propertyState(r, 'properties.allow');
        if (st.kind !== 'values') return;
        const option = st.options.find((o) => o.value === true || o.value === 'true');
        if (!option) return;
        const span = anchorSpan(st.location, r.nameSpan);
        const fix = valueFix(doc, st.location, option, { title: 'Set allow to false', valueText: 'false' });
        context.report({ span, messageId: 'allowed', data: { resource: r.name }, related: relatedForOrigins(doc, option.origins, { valueText: 'true', exclude: [span] }), fixes: fix ? [fix] : [] });
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_WEB_SITE)) return;
        const st = propertyState(m, 'params.basicPublishingCredentialsPolicies');
        if (st.kind === 'absent' && !st.explicitNull) {
          context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'avm', data: { resource: m.name } });
          return;
        }
        if (st.kind !== 'values') return;
        for (const o of st.options) {
          if (!Array.isArray(o.value)) continue;
          for (const item of o.value as readonly BicepValue[]) {
            if (item && typeof item === 'object' && !Array.isArray(item) && (item as { readonly [k: string]: BicepValue }).allow === true) {
              context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'allowed', data: { resource: `basicPublishingCredentialsPolicies of module ${m.name}` } });
              return;
            }
          }
        }
      },
    };
  },
});
