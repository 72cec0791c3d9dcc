/**
 * app-cors-wildcard: a CORS policy allowing every origin lets any web page call the app's API
 * from a user's browser.
 */
import type { BicepValue } from '../../languages/bicep';
import { locatePath, propertyRule } from './support';
import { AVM_WEB_SITE, SITE_CONFIG_TYPES, SITE_TYPES, siteSettingPath } from './parts/paasCommon';
import { snippetFix } from './parts/snippets';
import { withExtraFixes } from './parts/withFixes';

const corsPath = siteSettingPath('cors.allowedOrigins');

function hasWildcard(v: BicepValue): boolean {
  return Array.isArray(v) && (v as readonly BicepValue[]).some((o) => o === '*');
}

export default withExtraFixes(
  propertyRule({
    id: 'app-cors-wildcard',
    description: "App Service and Functions apps should list allowed CORS origins explicitly instead of allowing '*'.",
    category: 'network',
    severity: 'warning',
    tags: ['CKV_AZURE_57', 'CKV_AZURE_62', 'TA-000006'],
    resourceTypes: [...SITE_TYPES, ...SITE_CONFIG_TYPES],
    path: corsPath,
    insecure: hasWildcard,
    absent: 'secure',
    fix: 'none',
    message: "App {{resource}} allows cross-origin requests from any web site (cors.allowedOrigins contains '*'); list the origins that need access.",
    avm: { module: AVM_WEB_SITE, param: 'siteConfig.cors.allowedOrigins' },
  }),
  (doc, r) => {
    // replace a literal '*' item with an explicit origin (snippet)
    const path = r.typeLower?.endsWith('/config') ? 'properties.cors.allowedOrigins' : 'properties.siteConfig.cors.allowedOrigins';
    const arr = locatePath(r.body, path).property?.value;
    if (!arr || arr.kind !== 'Array') return [];
    const star = arr.items.find((i) => i.kind === 'String' && i.exprs.length === 0 && i.segments[0] === '*');
    if (!star) return [];
    return [snippetFix(doc, "Replace '*' with an explicit origin", [{ start: star.start, end: star.end, newText: "'${1:https://www.contoso.com}'" }], 'unsafe')];
  },
  'unsafe',
);
