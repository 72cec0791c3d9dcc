/**
 * cosmos-network-filter: a Cosmos DB account that stays reachable from public networks should
 * at least restrict who can reach it (IP rules or virtual network rules).
 */
import { defineRule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import type { BicepValue, ModuleSymbol, ResourceSymbol } from '../../languages/bicep';
import { insertPropertyEdit, replaceValueEdit } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, locatePath, propertyState, sameEnum, relevantForTypes } from './support';
import type { PropertyState } from './support';
import { AVM_COSMOS, COSMOS } from './parts/paasCommon';
import { layoutLines, paramRef, snippetFix } from './parts/snippets';

type Verdict = 'open' | 'filtered' | 'unknown';

/** Public access is on (absent = Enabled): 'open'; off / perimeter: 'filtered'; can't tell: 'unknown'. */
function publicVerdict(st: PropertyState): Verdict {
  if (st.kind === 'absent') return 'open';
  if (st.kind === 'unknown' || st.incomplete) return 'unknown';
  return st.options.some((o) => o.value === null || sameEnum(o.value, 'Enabled')) ? 'open' : 'filtered';
}

/** A list of rules: non-empty known array → filtered; absent / empty → open. */
function listVerdict(st: PropertyState): Verdict {
  if (st.kind === 'absent') return 'open';
  if (st.kind === 'unknown' || st.incomplete) return 'unknown';
  return st.options.every((o) => Array.isArray(o.value) && (o.value as readonly BicepValue[]).length > 0) ? 'filtered' : st.options.some((o) => !Array.isArray(o.value) && o.value !== null) ? 'unknown' : 'open';
}

function flagVerdict(st: PropertyState): Verdict {
  if (st.kind === 'absent') return 'open';
  if (st.kind === 'unknown' || st.incomplete) return 'unknown';
  return st.options.every((o) => o.value === true || o.value === 'true') ? 'filtered' : 'open';
}

export default defineRule({
  meta: {
    id: 'cosmos-network-filter',
    description: 'Cosmos DB accounts with public network access should restrict it with IP or virtual network rules.',
    category: 'network',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      open: 'Cosmos DB account {{resource}} is reachable from every public network: it has public network access and neither ipRules nor enabled virtualNetworkRules; disable public access, or add IP rules or virtual network rules.',
    },
    tags: ['CKV_AZURE_99', 'ASB-NS-2'],
  },
  relevant: relevantForTypes([COSMOS], { avmModules: [AVM_COSMOS] }),
  create(context) {
    const doc = context.document;

    const fixFor = (r: ResourceSymbol): Fix | undefined => {
      if (!r.body) return undefined;
      const subnet = paramRef(doc, 'allowedSubnetId', 'Resource id of a subnet (with the Microsoft.AzureCosmosDB service endpoint) allowed to reach the account.', 1);
      const rules = layoutLines(doc, ['[', '  {', `    id: ${subnet.ref}`, '    ignoreMissingVNetServiceEndpoint: false', '  }', ']']).split(doc.eol).join('\n');
      const edits: TextEdit[] = [];
      const flag = locatePath(r.body, 'properties.isVirtualNetworkFilterEnabled').property;
      const list = locatePath(r.body, 'properties.virtualNetworkRules').property;
      if (list) return undefined; // written but empty / computed: leave it to the author
      if (flag) {
        const e = replaceValueEdit(doc.text, flag, 'true');
        const add = insertPropertyEdit(doc.text, r.body, 'properties.virtualNetworkRules', rules);
        if (!e || !add) return undefined;
        edits.push(e, add);
      } else {
        const e = insertPropertyEdit(doc.text, r.body, 'properties.isVirtualNetworkFilterEnabled', `true\nvirtualNetworkRules: ${rules}`);
        if (!e) return undefined;
        edits.push(e);
      }
      if (subnet.edit) edits.push(subnet.edit);
      return snippetFix(doc, 'Allow only a virtual network subnet', edits);
    };

    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [COSMOS])) return;
        const pna = propertyState(r, 'properties.publicNetworkAccess');
        if (publicVerdict(pna) !== 'open') return;
        const ip = listVerdict(propertyState(r, 'properties.ipRules'));
        if (ip !== 'open') return;
        const flag = propertyState(r, 'properties.isVirtualNetworkFilterEnabled');
        const fv = flagVerdict(flag);
        if (fv === 'unknown') return;
        if (fv === 'filtered' && listVerdict(propertyState(r, 'properties.virtualNetworkRules')) !== 'open') return;
        const fix = fixFor(r);
        context.report({ span: anchorSpan(flag.location, r.nameSpan), messageId: 'open', data: { resource: r.name }, fixes: fix ? [fix] : [] });
      },
      bicepModule(m: ModuleSymbol) {
        if (!isAvmModule(m, AVM_COSMOS)) return;
        const st = propertyState(m, 'params.networkRestrictions.publicNetworkAccess');
        if (st.kind !== 'values' || st.incomplete || !st.options.every((o) => sameEnum(o.value, 'Enabled'))) return;
        if (listVerdict(propertyState(m, 'params.networkRestrictions.ipRules')) !== 'open') return;
        if (listVerdict(propertyState(m, 'params.networkRestrictions.virtualNetworkRules')) !== 'open') return;
        context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'open', data: { resource: m.name } });
      },
    };
  },
});
