/**
 * app-auth: internet-facing apps (inference APIs, chat front ends) should require sign-in with
 * App Service authentication unless they authenticate callers themselves.
 */
import { defineRule } from '../../engine/rule';
import type { ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, isResourceOfType, propertyState, relatedForOrigins, valueFix, relevantForTypes } from './support';
import { WEB_SITES, siteConfigChildren } from './parts/paasCommon';
import { addChildResourcesFix } from './parts/snippets';
import { childrenViaModule } from './parts/graph';

export default defineRule({
  meta: {
    id: 'app-auth',
    description: 'Internet-facing App Service and Functions apps should enable App Service authentication (authsettingsV2).',
    category: 'identity',
    severity: 'info',
    confidence: 'medium',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: 'App {{resource}} is reachable from the internet and has no App Service authentication (authsettingsV2), so every request reaches the code unauthenticated; enable it with an identity provider, unless the app checks tokens itself.',
      disabled: 'App Service authentication of {{resource}} is turned off (platform.enabled is false); enable it unless the app checks tokens itself.',
    },
    tags: ['CKV_AZURE_13', 'CKV_AZURE_56', 'ASB-IM-1'],
  },
  relevant: relevantForTypes([WEB_SITES]),
  create(context) {
    const doc = context.document;

    const isPublic = (r: ResourceSymbol): boolean => {
      const st = propertyState(r, 'properties.publicNetworkAccess');
      if (st.kind === 'absent') return true;
      if (st.kind !== 'values') return false;
      return st.options.some((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'enabled');
    };

    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [WEB_SITES]) || !isPublic(r)) return;
        const auth = siteConfigChildren(r, 'authsettingsV2');
        if (auth.length === 0 && childrenViaModule(r, ['microsoft.web/sites/config'])) return;
        // the legacy `authsettings` config also counts as configured
        if (auth.length === 0 && siteConfigChildren(r, 'authsettings').length > 0) return;
        if (auth.length === 0) {
          const fix = addChildResourcesFix(doc, r, [{
            type: 'Microsoft.Web/sites/config',
            symbol: `${r.name}Auth`,
            nameText: "'authsettingsV2'",
            bodyLines: [
              'properties: {',
              '  platform: {',
              '    enabled: true',
              '  }',
              '  globalValidation: {',
              '    requireAuthentication: true',
              "    unauthenticatedClientAction: '${1:Return401}'",
              '  }',
              '  identityProviders: {',
              '    azureActiveDirectory: {',
              '      enabled: true',
              '      registration: {',
              "        clientId: '${2:00000000-0000-0000-0000-000000000000}'",
              "        openIdIssuer: '\\${environment().authentication.loginEndpoint}\\${tenant().tenantId}/v2.0'",
              '      }',
              '    }',
              '  }',
              '}',
            ],
          }], 'Add App Service authentication with Microsoft Entra ID');
          context.report({ span: r.nameSpan, messageId: 'missing', data: { resource: r.name }, fixes: fix ? [fix] : [] });
          return;
        }
        for (const c of auth) {
          const st = propertyState(c, 'properties.platform.enabled');
          if (st.kind !== 'values') continue;
          const option = st.options.find((o) => o.value === false || o.value === 'false');
          if (!option) continue;
          const span = anchorSpan(st.location, c.nameSpan);
          const fix = valueFix(doc, st.location, option, { title: 'Set platform.enabled to true', valueText: 'true' });
          context.report({ span, messageId: 'disabled', data: { resource: r.name }, related: relatedForOrigins(doc, option.origins, { valueText: 'false', exclude: [span] }), fixes: fix ? [fix] : [] });
        }
      },
    };
  },
});
