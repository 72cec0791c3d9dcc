/**
 * adf-managed-vnet: without a managed virtual network, a data factory's Azure integration
 * runtime reaches data stores over public endpoints and can copy data anywhere.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { getBicep, insertPropertyEdit } from '../../languages/bicep';
import type { ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, propertyState, sameEnum, relevantForTypes } from './support';
import { AVM_DATA_FACTORY, DATA_FACTORIES } from './parts/paasCommon';
import { childrenOfType, childrenViaModule } from './parts/graph';
import { addChildResourcesFix, layoutLines } from './parts/snippets';

const MANAGED_VNETS = 'microsoft.datafactory/factories/managedvirtualnetworks';
const RUNTIMES = 'microsoft.datafactory/factories/integrationruntimes';

export default defineRule({
  meta: {
    id: 'adf-managed-vnet',
    description: 'Data factories should run their Azure integration runtime in a managed virtual network.',
    category: 'network',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      factory: 'Data factory {{resource}} has no managed virtual network, so its Azure integration runtime reaches data stores over public endpoints and can send data to any destination; add managedVirtualNetworks/default and an integration runtime that uses it.',
      runtime: 'Integration runtime {{resource}} is a managed (Azure) runtime outside the managed virtual network; reference it with managedVirtualNetwork: { referenceName: \'default\', type: \'ManagedVirtualNetworkReference\' }.',
      avm: 'Data factory module {{resource}} is not given a managedVirtualNetwork, so its Azure integration runtime reaches data stores over public endpoints.',
    },
    tags: ['ASB-NS-1'],
  },
  relevant: relevantForTypes([DATA_FACTORIES, RUNTIMES], { avmModules: [AVM_DATA_FACTORY] }),
  create(context) {
    const doc = context.document;

    const factoryFix = (f: ResourceSymbol): Fix | undefined =>
      addChildResourcesFix(doc, f, [
        { type: 'Microsoft.DataFactory/factories/managedVirtualNetworks', symbol: `${f.name}ManagedVnet`, nameText: "'default'", bodyLines: ['properties: {}'] },
        {
          type: 'Microsoft.DataFactory/factories/integrationRuntimes',
          symbol: `${f.name}ManagedRuntime`,
          nameText: "'AutoResolveIntegrationRuntime'",
          bodyLines: [
            'properties: {',
            "  type: 'Managed'",
            '  managedVirtualNetwork: {',
            `    referenceName: ${f.name}ManagedVnet.name`,
            "    type: 'ManagedVirtualNetworkReference'",
            '  }',
            '  typeProperties: {',
            '    computeProperties: {',
            "      location: 'AutoResolve'",
            '    }',
            '  }',
            '}',
          ],
        },
      ], 'Add a managed virtual network and integration runtime');

    return {
      bicepResource(r) {
        if (r.existing) return;
        if (isResourceOfType(r, [DATA_FACTORIES])) {
          if (childrenOfType(r, MANAGED_VNETS).length > 0 || childrenViaModule(r, [MANAGED_VNETS])) return;
          const fix = factoryFix(r);
          // the symbol name used by the integration runtime must be the one the fix declares
          const ok = fix && fix.edits.some((e) => e.newText.includes(`resource ${r.name}ManagedVnet `));
          context.report({ span: r.nameSpan, messageId: 'factory', data: { resource: r.name }, fixes: fix && ok ? [fix] : [] });
          return;
        }
        if (!isResourceOfType(r, [RUNTIMES])) return;
        const type = propertyState(r, 'properties.type');
        if (type.kind !== 'values' || !type.options.every((o) => sameEnum(o.value, 'Managed'))) return;
        const vnet = propertyState(r, 'properties.managedVirtualNetwork');
        if (vnet.kind !== 'absent') return;
        // offer the reference only when the factory of this file has a managed virtual network
        const { model } = getBicep(doc);
        const hasVnet = model.resources.some((x) => !x.existing && x.typeLower === MANAGED_VNETS);
        const lines = ['{', "  referenceName: 'default'", "  type: 'ManagedVirtualNetworkReference'", '}'];
        const e = hasVnet && r.body ? insertPropertyEdit(doc.text, r.body, 'properties.managedVirtualNetwork', layoutLines(doc, lines).split(doc.eol).join('\n')) : undefined;
        context.report({ span: anchorSpan(vnet.location, r.nameSpan), messageId: 'runtime', data: { resource: r.name }, fixes: e ? [{ title: 'Use the managed virtual network', edits: [e], safety: 'safe' }] : [] });
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_DATA_FACTORY)) return;
        const st = propertyState(m, 'params.managedVirtualNetwork');
        if (st.kind !== 'absent' || st.explicitNull) return;
        context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'avm', data: { resource: m.name } });
      },
    };
  },
});
