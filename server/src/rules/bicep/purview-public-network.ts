/**
 * purview-public-network: the Purview account (the catalog of where sensitive AI data lives) and
 * its managed ingestion resources should not be reachable from the public internet.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { setPropertyEdit } from '../../languages/bicep';
import type { ResourceSymbol } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, propertyState, relatedForOrigins, relevantForTypes } from './support';
import type { PropertyState } from './support';
import { AVM_PURVIEW, PURVIEW, offerPrivateEndpoint } from './parts/paasCommon';

const PROPS = ['publicNetworkAccess', 'managedResourcesPublicNetworkAccess'] as const;

/** Insecure: 'Enabled' / 'NotSpecified' / absent (the service then allows public access). */
function open(st: PropertyState): boolean {
  if (st.kind === 'absent') return true;
  if (st.kind !== 'values') return false;
  return st.options.some((o) => o.value === null || (typeof o.value === 'string' && /^(enabled|notspecified)$/i.test(o.value)));
}

export default offerPrivateEndpoint(
  defineRule({
    meta: {
      id: 'purview-public-network',
      description: 'Microsoft Purview accounts should disable public network access for the account and its managed resources.',
      category: 'network',
      severity: 'warning',
      confidence: 'high',
      appliesTo: ['bicep'],
      fixable: 'safe',
      messages: {
        open: "Purview account {{resource}} is reachable from the public internet ({{which}}); set publicNetworkAccess and managedResourcesPublicNetworkAccess to 'Disabled' and use private endpoints.",
        avm: "Purview module {{resource}} opens {{which}} to the public internet; pass 'Disabled'.",
      },
      tags: ['ASB-NS-2'],
    },
    relevant: relevantForTypes([PURVIEW], { avmModules: [AVM_PURVIEW] }),
    create(context) {
      const doc = context.document;
      const fixFor = (r: ResourceSymbol, states: readonly PropertyState[]): Fix | undefined => {
        if (!r.body) return undefined;
        // both properties in one edit when neither is written (two inserts into the same object would collide)
        const edits: TextEdit[] = [];
        const missing = PROPS.filter((_, i) => states[i]?.kind === 'absent' && !states[i]?.location.property);
        const present = PROPS.filter((_, i) => open(states[i] as PropertyState) && states[i]?.location.property);
        for (const p of present) {
          const e = setPropertyEdit(doc.text, r.body, `properties.${p}`, "'Disabled'");
          if (e) edits.push(e);
        }
        if (missing.length) {
          const [first, ...rest] = missing;
          const value = ["'Disabled'", ...rest.map((p) => `${p}: 'Disabled'`)].join('\n');
          const e = setPropertyEdit(doc.text, r.body, `properties.${first}`, value);
          if (e) edits.push(e);
        }
        if (edits.length === 0) return undefined;
        const sorted = edits.sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) if ((sorted[i] as TextEdit).start < (sorted[i - 1] as TextEdit).end) return undefined;
        return { title: "Set publicNetworkAccess and managedResourcesPublicNetworkAccess to 'Disabled'", edits: sorted, safety: 'safe' };
      };
      return {
        bicepResource(r) {
          if (r.existing || !isResourceOfType(r, [PURVIEW])) return;
          const states = PROPS.map((p) => propertyState(r, `properties.${p}`));
          const openOnes = PROPS.filter((_, i) => open(states[i] as PropertyState));
          if (openOnes.length === 0) return;
          const st = states[0] as PropertyState;
          const which = openOnes
            .map((p) => {
              const s = states[PROPS.indexOf(p)] as PropertyState;
              const enabled = s.kind === 'values' && s.options.some((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'enabled');
              return `${p} is ${enabled ? 'enabled' : 'not specified'}`;
            })
            .join(', ');
          const anchorState = (states.find((s) => open(s) && s.location.property) ?? st) as PropertyState;
          const span = anchorSpan(anchorState.location, r.nameSpan);
          const option = anchorState.kind === 'values' ? anchorState.options[0] : undefined;
          const fix = fixFor(r, states);
          context.report({ span, messageId: 'open', data: { resource: r.name, which }, related: option ? relatedForOrigins(doc, option.origins, { exclude: [span] }) : [], fixes: fix ? [fix] : [] });
        },
        bicepModule(m) {
          if (!isAvmModule(m, AVM_PURVIEW)) return;
          for (const p of PROPS) {
            const st = propertyState(m, `params.${p}`);
            if (st.kind !== 'values' || !st.options.some((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'enabled')) continue;
            const prop = st.location.property;
            context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'avm', data: { resource: m.name, which: p }, fixes: prop?.value && prop.value.kind === 'String' ? [{ title: `Set ${p} to 'Disabled'`, edits: [{ start: prop.value.start, end: prop.value.end, newText: "'Disabled'" }], safety: 'safe' }] : [] });
          }
        },
      };
    },
  }),
);
