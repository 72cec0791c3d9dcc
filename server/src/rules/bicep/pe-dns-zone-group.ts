/**
 * pe-dns-zone-group: a private endpoint without a private DNS zone group leaves clients resolving
 * the service's public address, so traffic bypasses the endpoint (or fails).
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { getBicep } from '../../languages/bicep';
import type { ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, avmRef, isAvmModule, locatePath, propertyState } from './support';
import { AVM_PRIVATE_ENDPOINT, PRIVATE_ENDPOINTS, childrenOfType, childrenViaModule, connectionObjects, referencedResources, referencedTypes } from './parts/graph';
import { addDnsZoneGroupFix, zonesFor } from './parts/snippets';

const ZONE_GROUPS = 'microsoft.network/privateendpoints/privatednszonegroups';

export default defineRule({
  meta: {
    id: 'pe-dns-zone-group',
    description: 'Private endpoints should have a private DNS zone group so that clients resolve the private address.',
    category: 'network',
    severity: 'info',
    confidence: 'medium',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: 'Private endpoint {{resource}} has no private DNS zone group, so clients keep resolving the public address of {{target}} and bypass the endpoint (unless DNS is registered by policy or a custom DNS server); add a privateDnsZoneGroups child linking the private DNS zone.',
      avmItem: 'Private endpoint {{resource}} has no privateDnsZoneGroup, so clients keep resolving the public address of the service (unless DNS is registered by policy); add privateDnsZoneGroup with the private DNS zone.',
    },
    tags: ['ASB-NS-2'],
  },
  create(context) {
    const doc = context.document;

    const fixFor = (pe: ResourceSymbol): Fix | undefined => {
      const conn = connectionObjects(locatePath(pe.body, 'properties.privateLinkServiceConnections').property?.value)[0]
        ?? connectionObjects(locatePath(pe.body, 'properties.manualPrivateLinkServiceConnections').property?.value)[0];
      const id = conn ? locatePath(conn, 'properties.privateLinkServiceId').property?.value : undefined;
      const types = [...referencedTypes(pe.model, id)];
      const target = [...referencedResources(pe.model, id)][0];
      const groups = conn ? locatePath(conn, 'properties.groupIds').property?.value : undefined;
      const first = groups?.kind === 'Array' ? groups.items[0] : undefined;
      const groupId = first?.kind === 'String' && first.exprs.length === 0 ? first.segments[0] : undefined;
      const zones = types.length === 1 ? zonesFor(types[0] as string, groupId, target) : undefined;
      return addDnsZoneGroupFix(doc, pe, zones ?? ["'${9:privatelink.example.com}'"]);
    };

    return {
      documentEnd() {
        if (doc.kind !== 'bicep') return;
        const { model } = getBicep(doc);
        for (const pe of model.resources) {
          if (pe.existing || pe.typeLower !== PRIVATE_ENDPOINTS) continue;
          if (childrenOfType(pe, ZONE_GROUPS).length > 0 || childrenViaModule(pe, [ZONE_GROUPS])) continue;
          const conn = locatePath(pe.body, 'properties.privateLinkServiceConnections').property?.value ?? locatePath(pe.body, 'properties.manualPrivateLinkServiceConnections').property?.value;
          const id = connectionObjects(conn)[0] ? locatePath(connectionObjects(conn)[0], 'properties.privateLinkServiceId').property?.value : undefined;
          const target = [...referencedResources(model, id)][0];
          const fix = fixFor(pe);
          context.report({ span: pe.nameSpan, messageId: 'missing', data: { resource: pe.name, target: target ? target.name : 'the service' }, fixes: fix ? [fix] : [] });
        }
        for (const m of model.modules) {
          if (isAvmModule(m, AVM_PRIVATE_ENDPOINT)) {
            const st = propertyState(m, 'params.privateDnsZoneGroup');
            if (st.kind === 'absent' && !st.explicitNull) context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'avmItem', data: { resource: m.name } });
            continue;
          }
          // AVM resource modules: `privateEndpoints: [ { subnetResourceId, … } ]` items without privateDnsZoneGroup
          const ref = avmRef(m);
          if (!ref || !ref.module.startsWith('avm/res/')) continue;
          const list = locatePath(m.body, 'params.privateEndpoints').property?.value;
          if (!list || list.kind !== 'Array') continue;
          for (const item of list.items) {
            if (item.kind !== 'Object' || item.items.some((i) => i.kind === 'Spread')) continue;
            if (locatePath(item, 'privateDnsZoneGroup').property) continue;
            context.report({ span: { start: item.open, end: item.open + 1 }, messageId: 'avmItem', data: { resource: `of module ${m.name}` } });
          }
        }
      },
    };
  },
});
