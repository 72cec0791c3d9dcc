/**
 * pe-missing-for-paas: a PaaS resource with public network access disabled and no private
 * endpoint in the deployment is unreachable — or reachable only through an endpoint someone
 * adds by hand later. Cross-resource: looks at the whole file and at the local modules it calls.
 */
import { defineRule } from '../../engine/rule';
import { getBicep } from '../../languages/bicep';
import type { ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, propertyState, sameEnum } from './support';
import { exposedByOutput, privateEndpointIndex } from './parts/graph';
import { PRIVATE_LINK, addPrivateEndpointFix } from './parts/snippets';

/** The PaaS types of the Bicep rule tables that take private endpoints. */
const PAAS = new Set([
  'microsoft.machinelearningservices/workspaces',
  'microsoft.machinelearningservices/registries',
  'microsoft.cognitiveservices/accounts',
  'microsoft.search/searchservices',
  'microsoft.storage/storageaccounts',
  'microsoft.keyvault/vaults',
  'microsoft.containerregistry/registries',
  'microsoft.documentdb/databaseaccounts',
  'microsoft.sql/servers',
  'microsoft.datafactory/factories',
  'microsoft.web/sites',
  'microsoft.purview/accounts',
]);

function publicDisabled(r: ResourceSymbol): boolean {
  const st = propertyState(r, 'properties.publicNetworkAccess');
  return st.kind === 'values' && !st.incomplete && st.options.length > 0 && st.options.every((o) => sameEnum(o.value, 'Disabled'));
}

export default defineRule({
  meta: {
    id: 'pe-missing-for-paas',
    description: 'PaaS resources with public network access disabled should have a private endpoint in the same deployment.',
    category: 'network',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: '{{label}} {{resource}} disables public network access, but no private endpoint in this deployment targets it, so clients cannot reach it; add a private endpoint (group id {{groupId}}) with its private DNS zone.',
    },
    tags: ['CKV_AZURE_243', 'PSRule:Azure.AI.PrivateEndpoints', 'ASB-NS-2'],
  },
  create(context) {
    const doc = context.document;
    return {
      documentEnd() {
        if (doc.kind !== 'bicep') return;
        const { model } = getBicep(doc);
        let index: ReturnType<typeof privateEndpointIndex> | undefined; // built only when a resource needs it
        for (const r of model.resources) {
          if (r.existing || !r.typeLower || !PAAS.has(r.typeLower)) continue;
          // a hub's project shares the hub's private endpoint
          if (r.typeLower === 'microsoft.machinelearningservices/workspaces' && sameEnum(knownKind(r), 'Project')) continue;
          if (!publicDisabled(r) || (index ??= privateEndpointIndex(doc)).has(r)) continue;
          // a module file that hands the resource to its caller: the caller may create the endpoint
          if (index.size === 0 && exposedByOutput(r)) continue;
          const facts = PRIVATE_LINK[r.typeLower];
          const st = propertyState(r, 'properties.publicNetworkAccess');
          const fix = addPrivateEndpointFix(doc, r);
          context.report({
            span: anchorSpan(st.location, r.nameSpan),
            messageId: 'missing',
            data: { resource: r.name, label: capitalise(facts?.label ?? 'Resource'), groupId: `'${facts?.groupIds[0] ?? '?'}'` },
            fixes: fix ? [fix] : [],
          });
        }
      },
    };
  },
});

function knownKind(r: ResourceSymbol): string | undefined {
  const st = propertyState(r, 'kind');
  return st.kind === 'values' && st.options.length === 1 && typeof st.options[0]?.value === 'string' ? (st.options[0].value as string) : undefined;
}

function capitalise(s: string): string {
  return s.length ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
